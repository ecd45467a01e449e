<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DiagnosticLayer</name>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>SubmissionHistory</name>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Skipped %1: unreadable or damaged</source>
        <translation>%1 übersprungen: nicht lesbar oder beschädigt</translation>
    </message>
</context>
<context>
    <name>WorkspaceStore</name>
    <message>
        <source>not valid JSON (%1 at byte %2); it may be truncated</source>
        <translation>kein gültiges JSON (%1 bei Byte %2); die Datei ist vielleicht abgeschnitten</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
    <message>
        <source>its contents do not match its name</source>
        <translation>der Inhalt passt nicht zum Namen</translation>
    </message>
    <message>
        <source>the text does not match its checksum</source>
        <translation>der Text passt nicht zu seiner Prüfsumme</translation>
    </message>
    <message>
        <source>it has no list of tests</source>
        <translation>es fehlt die Liste der Tests</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <source>Skipped %1: not valid JSON; the session starts afresh</source>
        <translation>%1 übersprungen: kein gültiges JSON; die Sitzung beginnt neu</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>verdict::app</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot zip %1: %2</source>
        <translation>%1 kann nicht gepackt werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Uploading %1 failed: %2</source>
        <translation>Hochladen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cannot create a temporary directory: %1</source>
        <translation>Temporäres Verzeichnis kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>No problems found in %1</source>
        <translation>Keine Aufgaben in %1 gefunden</translation>
    </message>
    <message>
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are unset): starting the local judge alone.</source>
        <translation>keine Anzeige gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt): Es wird nur der lokale Judge gestartet.</translation>
    </message>
    <message>
        <source>the local judge listens at %1 (user admin, password in %2/admin-password); Ctrl+C stops it.</source>
        <translation>der lokale Judge lauscht auf %1 (Benutzer admin, Passwort in %2/admin-password); Strg+C beendet ihn.</translation>
    </message>
    <message>
        <source>Time %1 s</source>
        <translation>Zeit %1 s</translation>
    </message>
    <message>
        <source>Memory %1 MiB</source>
        <translation>Speicher %1 MiB</translation>
    </message>
    <message>
        <source>Output %1 MiB</source>
        <translation>Ausgabe %1 MiB</translation>
    </message>
    <message>
        <source>Code %1 KiB</source>
        <translation>Code %1 KiB</translation>
    </message>
    <message>
        <source>Interactive</source>
        <translation>Interaktiv</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Mit Punkten</translation>
    </message>
    <message>
        <source>*This problem has no statement.*</source>
        <translation>*Diese Aufgabe hat keine Aufgabenstellung.*</translation>
    </message>
    <message>
        <source>*The statement is in %1 format, which this view does not show yet.*</source>
        <translation>*Die Aufgabenstellung liegt im Format %1 vor, das diese Ansicht noch nicht anzeigen kann.*</translation>
    </message>
    <message>
        <source>to use it from a shell: verdict login --server %1 --user admin, then verdict problems, verdict submit --problem NAME FILE.</source>
        <translation>Nutzung aus einer Shell: verdict login --server %1 --user admin, dann verdict problems, verdict submit --problem NAME DATEI.</translation>
    </message>
</context>
<context>
    <name>verdict::app::CompileLogView</name>
    <message>
        <source>The compiler&apos;s messages appear here after a compile error.</source>
        <translation>Die Meldungen des Compilers erscheinen hier nach einem Kompilierfehler.</translation>
    </message>
    <message>
        <source>Go to line %1</source>
        <translation>Zu Zeile %1 springen</translation>
    </message>
</context>
<context>
    <name>verdict::app::ConnectionIndicator</name>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
</context>
<context>
    <name>verdict::app::LocalServer</name>
    <message>
        <source>Login failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1</source>
        <translation>Das Datenverzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Starting the local judge…</source>
        <translation>Lokaler Judge wird gestartet…</translation>
    </message>
    <message>
        <source>The local judge stopped at start (exit status %1):
%2</source>
        <translation>Der lokale Judge hat sich beim Start beendet (Exit-Status %1):
%2</translation>
    </message>
    <message>
        <source>The local judge did not start listening within %1 s.</source>
        <translation>Der lokale Judge war nach %1 s noch nicht erreichbar.</translation>
    </message>
    <message>
        <source>Loading the example problems…</source>
        <translation>Beispielaufgaben werden geladen…</translation>
    </message>
    <message>
        <source>Some example problems are missing: %1</source>
        <translation>Einige Beispielaufgaben fehlen: %1</translation>
    </message>
</context>
<context>
    <name>verdict::app::MainWindow</name>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Einreichen</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Einreichungen</translation>
    </message>
    <message>
        <source>Compile output</source>
        <translation>Compilerausgabe</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Judge</source>
        <translation>&amp;Judge</translation>
    </message>
    <message>
        <source>Submit the code to the judge (%1)</source>
        <translation>Code beim Judge einreichen (%1)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Next problem</source>
        <translation>&amp;Nächste Aufgabe</translation>
    </message>
    <message>
        <source>&amp;Previous problem</source>
        <translation>&amp;Vorherige Aufgabe</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Next &amp;error</source>
        <translation>Nächster &amp;Fehler</translation>
    </message>
    <message>
        <source>Lost the events of submission %1: %2</source>
        <translation>Die Ereignisse der Einreichung %1 gingen verloren: %2</translation>
    </message>
    <message>
        <source>Request “%1” failed: %2</source>
        <translation>Anfrage „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Local judge at %1</source>
        <translation>Lokaler Judge auf %1</translation>
    </message>
    <message>
        <source>The local judge is not running</source>
        <translation>Der lokale Judge läuft nicht</translation>
    </message>
    <message>
        <source>The local judge could not be started.</source>
        <translation>Der lokale Judge konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Not connected to a judge.</source>
        <translation>Nicht mit einem Judge verbunden.</translation>
    </message>
    <message>
        <source>Choose a problem first.</source>
        <translation>Wählen Sie zuerst eine Aufgabe.</translation>
    </message>
    <message>
        <source>Choose a language first.</source>
        <translation>Wählen Sie zuerst eine Sprache.</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Wird eingereicht…</translation>
    </message>
    <message>
        <source>Submission %1: %2</source>
        <translation>Einreichung %1: %2</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>&amp;Ersetzen…</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>Select next &amp;occurrence</source>
        <translation>Nächstes &amp;Vorkommen auswählen</translation>
    </message>
    <message>
        <source>&amp;Go to line…</source>
        <translation>&amp;Gehe zu Zeile…</translation>
    </message>
    <message>
        <source>Go to line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>Line (1–%1):</source>
        <translation>Zeile (1–%1):</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>Zoom &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>The code of submission %1 is in the editor (Ctrl+Z brings yours back).</source>
        <translation>Der Code der Einreichung %1 steht im Editor (Strg+Z holt Ihren zurück).</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Some saved work was damaged</source>
        <translation>Ein Teil der gespeicherten Arbeit war beschädigt</translation>
    </message>
    <message>
        <source>These saved files could not be read and were left out; everything else was restored:

%1</source>
        <translation>Diese gespeicherten Dateien waren nicht lesbar und wurden ausgelassen; alles andere wurde wiederhergestellt:

%1</translation>
    </message>
    <message>
        <source>Could not keep a copy of submission %1: %2</source>
        <translation>Von Einreichung %1 konnte keine Kopie behalten werden: %2</translation>
    </message>
    <message>
        <source>Some of your work could not be saved: see the messages.</source>
        <translation>Ein Teil Ihrer Arbeit konnte nicht gespeichert werden: siehe die Meldungen.</translation>
    </message>
    <message>
        <source>&amp;Connect to contest server…</source>
        <translation>Mit &amp;Wettbewerbsserver verbinden…</translation>
    </message>
    <message>
        <source>&amp;Back to practice (local judge)</source>
        <translation>&amp;Zurück zum Üben (lokaler Judge)</translation>
    </message>
    <message>
        <source>Verdict — practice</source>
        <translation>Verdict — Üben</translation>
    </message>
    <message>
        <source>Verdict — %1 @ %2</source>
        <translation>Verdict — %1 @ %2</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>„%1“ importiert.</translation>
    </message>
    <message>
        <source>The problem was not imported</source>
        <translation>Die Aufgabe wurde nicht importiert</translation>
    </message>
    <message>
        <source>Competitive Companion sent “%1”: it is ready to practise.</source>
        <translation>Competitive Companion hat „%1“ geschickt: Die Aufgabe ist bereit zum Üben.</translation>
    </message>
    <message>
        <source>The PDF statement could not be shown: %1</source>
        <translation>Die PDF-Aufgabenstellung konnte nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>The local judge is ready.</source>
        <translation>Der lokale Judge ist bereit.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>Mit %1 als %2 verbunden.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MiB: a source file of more than 16 MiB is not opened (no judge would take it).</source>
        <translation>%1 ist %2 MiB groß: Quelldateien über 16 MiB werden nicht geöffnet (kein Judge würde sie annehmen).</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text: open a source file.</source>
        <translation>%1 ist kein UTF-8-Text: Öffnen Sie eine Quelldatei.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&amp;Open source file…</source>
        <translation>Quelldatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a source file</source>
        <translation>Quelldatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Save source as…</source>
        <translation>Quelltext &amp;speichern unter…</translation>
    </message>
    <message>
        <source>Save the source</source>
        <translation>Quelltext speichern</translation>
    </message>
    <message>
        <source>Opened %1 (Ctrl+Z brings the previous code back).</source>
        <translation>%1 geöffnet (Strg+Z holt den vorherigen Code zurück).</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>verdict::app::ProblemView</name>
    <message>
        <source>No problem</source>
        <translation>Keine Aufgabe</translation>
    </message>
    <message>
        <source>Choose a problem on the left.</source>
        <translation>Wählen Sie links eine Aufgabe.</translation>
    </message>
    <message>
        <source>Sample %1</source>
        <translation>Beispiel %1</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Copy interaction</source>
        <translation>Interaktion kopieren</translation>
    </message>
    <message>
        <source>Copy input</source>
        <translation>Eingabe kopieren</translation>
    </message>
    <message>
        <source>Copy output</source>
        <translation>Ausgabe kopieren</translation>
    </message>
</context>
<context>
    <name>verdict::app::SettingsAction</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Change the theme, the editor font, the language and other preferences</source>
        <translation>Farbschema, Editorschrift, Sprache und weitere Einstellungen ändern</translation>
    </message>
</context>
<context>
    <name>verdict::app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The new language is used after Verdict restarts.</source>
        <translation>Die neue Sprache gilt nach einem Neustart von Verdict.</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Schriftart:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <source>Ta&amp;b width:</source>
        <translation>&amp;Tabulatorbreite:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Autosave after:</source>
        <translation>&amp;Automatisch speichern nach:</translation>
    </message>
    <message>
        <source>Language of &amp;new files:</source>
        <translation>Sprache &amp;neuer Dateien:</translation>
    </message>
    <message>
        <source>Judge and Competitive Companion</source>
        <translation>Judge und Competitive Companion</translation>
    </message>
    <message>
        <source>As&amp;k before submitting</source>
        <translation>&amp;Vor dem Einreichen nachfragen</translation>
    </message>
    <message>
        <source>&amp;Receive problems from Competitive Companion</source>
        <translation>Aufgaben von Competitive Companion &amp;empfangen</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>&amp;Standardwerte</translation>
    </message>
</context>
<context>
    <name>verdict::app::SubmissionsModel</name>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Compiling</source>
        <translation>Wird kompiliert</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Test %1 of %2</source>
        <translation>Test %1 von %2</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>Wrong answer</source>
        <translation>Falsche Antwort</translation>
    </message>
    <message>
        <source>Time limit exceeded</source>
        <translation>Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>Memory limit exceeded</source>
        <translation>Speicherlimit überschritten</translation>
    </message>
    <message>
        <source>Output limit exceeded</source>
        <translation>Ausgabelimit überschritten</translation>
    </message>
    <message>
        <source>Run-time error</source>
        <translation>Laufzeitfehler</translation>
    </message>
    <message>
        <source>Compilation error</source>
        <translation>Kompilierfehler</translation>
    </message>
    <message>
        <source>Judge error</source>
        <translation>Fehler des Judges</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Einreichung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>CPU time</source>
        <translation>CPU-Zeit</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
</context>
<context>
    <name>verdict::app::SubmissionsPanel</name>
    <message>
        <source>All problems</source>
        <translation>Alle Aufgaben</translation>
    </message>
    <message>
        <source>Open this code</source>
        <translation>Diesen Code öffnen</translation>
    </message>
    <message>
        <source>Put the selected submission&apos;s code back into the editor (undoable)</source>
        <translation>Den Code der ausgewählten Einreichung zurück in den Editor holen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Show the submissions of every problem, not only this one&apos;s</source>
        <translation>Die Einreichungen aller Aufgaben zeigen, nicht nur die dieser</translation>
    </message>
</context>
<context>
    <name>verdict::app::SubmitConfirmation</name>
    <message>
        <source>Submit</source>
        <translation>Einreichen</translation>
    </message>
    <message>
        <source>Submit your %1 solution of “%2” to the judge?</source>
        <translation>Ihre %1-Lösung für „%2“ beim Judge einreichen?</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Einreichen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>verdict::app::contest::ConnectDialog</name>
    <message>
        <source>Remember the server and username</source>
        <translation>Server und Benutzernamen merken</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Serverzertifikat</translation>
    </message>
    <message>
        <source>Trust and pin this certificate</source>
        <translation>Diesem Zertifikat vertrauen und es merken</translation>
    </message>
    <message>
        <source>Forget the pinned certificate</source>
        <translation>Gemerktes Zertifikat vergessen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Connect to contest server</source>
        <translation>Mit Wettbewerbsserver verbinden</translation>
    </message>
    <message>
        <source>https://contest.example.org:8443</source>
        <translation>https://contest.example.org:8443</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>Server-URL:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>The pinned certificate of %1 was forgotten.</source>
        <translation>Das gemerkte Zertifikat von %1 wurde vergessen.</translation>
    </message>
    <message>
        <source>Not connected: the certificate was not trusted.</source>
        <translation>Nicht verbunden: Dem Zertifikat wurde nicht vertraut.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <source>%1 presents a certificate that no trusted authority signed (for example a contest server&apos;s self-signed one). Its SHA-256 fingerprint is
%2
Trust it only if it matches the fingerprint the organisers published.</source>
        <translation>%1 legt ein Zertifikat vor, das keine vertrauenswürdige Stelle signiert hat (zum Beispiel das selbstsignierte eines Wettbewerbsservers). Sein SHA-256-Fingerabdruck ist
%2
Vertrauen Sie ihm nur, wenn er mit dem von den Veranstaltern veröffentlichten Fingerabdruck übereinstimmt.</translation>
    </message>
    <message>
        <source>Refused: the server&apos;s certificate changed.</source>
        <translation>Abgelehnt: Das Zertifikat des Servers hat sich geändert.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>verdict::app::contest::ConnectionMonitor</name>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Reconnecting (attempt %1)…</source>
        <translation>Verbinde erneut (Versuch %1)…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>verdict::app::contest::ConnectionStatus</name>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 @ %2</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Server clock: %1 ms from this computer&apos;s</source>
        <translation>Serveruhr: %1 ms Abweichung von der Uhr dieses Computers</translation>
    </message>
</context>
<context>
    <name>verdict::app::contest::ContestClock</name>
    <message>
        <source>%1d %2:%3</source>
        <translation>%1 T %2:%3</translation>
    </message>
    <message>
        <source>%1 starts in %2</source>
        <translation>%1 beginnt in %2</translation>
    </message>
    <message>
        <source>%1: %2 left</source>
        <translation>%1: noch %2</translation>
    </message>
    <message>
        <source>%1 has ended</source>
        <translation>%1 ist beendet</translation>
    </message>
    <message>
        <source>%1
Start: %2
End: %3</source>
        <translation>%1
Beginn: %2
Ende: %3</translation>
    </message>
</context>
<context>
    <name>verdict::app::contest::ContestConnector</name>
    <message>
        <source>The server address is not valid: %1</source>
        <translation>Die Serveradresse ist ungültig: %1</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Wrong username or password for %1.</source>
        <translation>Falscher Benutzername oder falsches Passwort für %1.</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2).</source>
        <translation>%1 hat nicht rechtzeitig geantwortet (%2).</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>A secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Too many login attempts; wait a minute and try again (%1).</source>
        <translation>Zu viele Anmeldeversuche; warten Sie eine Minute und versuchen Sie es erneut (%1).</translation>
    </message>
    <message>
        <source>%1 refused the login: %2</source>
        <translation>%1 hat die Anmeldung abgelehnt: %2</translation>
    </message>
    <message>
        <source>The certificate of %1 has changed. You pinned SHA-256 %2, but the server now presents %3. The connection was refused: this can be an attack. If the organisers announced a new certificate, remove the old pin and connect again.</source>
        <translation>Das Zertifikat von %1 hat sich geändert. Gemerkt ist SHA-256 %2, der Server legt aber jetzt %3 vor. Die Verbindung wurde abgelehnt: Es kann sich um einen Angriff handeln. Wenn die Veranstalter ein neues Zertifikat angekündigt haben, vergessen Sie das alte und verbinden Sie sich erneut.</translation>
    </message>
</context>
<context>
    <name>verdict::app::imports</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the body is not a JSON object (%1)</source>
        <translation>der Inhalt ist kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>the problem has no &quot;name&quot;</source>
        <translation>die Aufgabe hat keinen „name“</translation>
    </message>
    <message>
        <source>&quot;tests&quot; is not a list of {input, output} strings</source>
        <translation>„tests“ ist keine Liste von {input, output}-Zeichenketten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a non-negative number</source>
        <translation>„%1“ ist keine nichtnegative Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is interactive: the local judge would need its interactor, which Competitive Companion does not send</source>
        <translation>„%1“ ist interaktiv: Der lokale Judge bräuchte den Interaktor, den Competitive Companion nicht mitschickt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no sample tests to judge with</source>
        <translation>„%1“ hat keine Beispieltests zum Prüfen</translation>
    </message>
    <message>
        <source>Received from Competitive Companion. The full statement is on the original page.</source>
        <translation>Von Competitive Companion empfangen. Die vollständige Aufgabenstellung steht auf der Originalseite.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Contest:</source>
        <translation>Wettbewerb:</translation>
    </message>
    <message>
        <source>The original reads the file %1; here the input comes on standard input.</source>
        <translation>Das Original liest die Datei %1; hier kommt die Eingabe über die Standardeingabe.</translation>
    </message>
    <message>
        <source>The original writes the file %1; here write to standard output.</source>
        <translation>Das Original schreibt die Datei %1; hier schreiben Sie auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>%1 kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a .zip file.</source>
        <translation>%1 ist weder ein Ordner noch eine .zip-Datei.</translation>
    </message>
    <message>
        <source>No problem.yaml and no data/ folder in %1: it is not a problem package.</source>
        <translation>Weder problem.yaml noch ein Ordner data/ in %1: Das ist kein Aufgabenpaket.</translation>
    </message>
    <message>
        <source>%1 is not a valid problem package:
%2</source>
        <translation>%1 ist kein gültiges Aufgabenpaket:
%2</translation>
    </message>
    <message>
        <source>%1 has no test cases: data/sample and data/secret are empty or missing.</source>
        <translation>%1 hat keine Testfälle: data/sample und data/secret sind leer oder fehlen.</translation>
    </message>
    <message>
        <source>Cannot create a temporary directory: %1</source>
        <translation>Temporäres Verzeichnis kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot zip %1: %2</source>
        <translation>%1 kann nicht gepackt werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot list the server&apos;s problems: %1</source>
        <translation>Die Aufgaben des Servers können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>A problem named &quot;%1&quot; is already on the server. Import it as &quot;%2&quot; instead?</source>
        <translation>Auf dem Server gibt es bereits eine Aufgabe namens „%1“. Stattdessen als „%2“ importieren?</translation>
    </message>
    <message>
        <source>The server refused the package %1:
%2</source>
        <translation>Der Server hat das Paket %1 abgelehnt:
%2</translation>
    </message>
    <message>
        <source>Uploading %1 failed: %2</source>
        <translation>Hochladen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cannot fetch the statement: %1</source>
        <translation>Die Aufgabenstellung kann nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>Cannot fetch the statement: %1 (HTTP %2)</source>
        <translation>Die Aufgabenstellung kann nicht abgerufen werden: %1 (HTTP %2)</translation>
    </message>
</context>
<context>
    <name>verdict::app::imports::CompanionListener</name>
    <message>
        <source>Cannot listen for Competitive Companion on 127.0.0.1:%1: %2. Another program may be using the port; choose another one in the settings (and the same one in the extension).</source>
        <translation>Auf 127.0.0.1:%1 kann nicht auf Competitive Companion gewartet werden: %2. Vielleicht belegt ein anderes Programm den Port; wählen Sie in den Einstellungen einen anderen (und denselben in der Erweiterung).</translation>
    </message>
    <message>
        <source>A Competitive Companion request was refused: %1</source>
        <translation>Eine Anfrage von Competitive Companion wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>Received &quot;%1&quot;</source>
        <translation>„%1“ empfangen</translation>
    </message>
    <message>
        <source>Competitive Companion: %1</source>
        <translation>Competitive Companion: %1</translation>
    </message>
</context>
<context>
    <name>verdict::app::imports::CompanionRequest</name>
    <message>
        <source>the request&apos;s headers are over 16 KiB</source>
        <translation>die Header der Anfrage sind größer als 16 KiB</translation>
    </message>
    <message>
        <source>more bytes than the Content-Length announced</source>
        <translation>mehr Bytes als per Content-Length angekündigt</translation>
    </message>
    <message>
        <source>not an HTTP/1.x request line</source>
        <translation>keine HTTP/1.x-Anfragezeile</translation>
    </message>
    <message>
        <source>method %1: Competitive Companion sends POST</source>
        <translation>Methode %1: Competitive Companion sendet POST</translation>
    </message>
    <message>
        <source>a header line without a name</source>
        <translation>eine Headerzeile ohne Namen</translation>
    </message>
    <message>
        <source>chunked bodies are not accepted; send a Content-Length</source>
        <translation>Inhalte in Chunks werden nicht angenommen; senden Sie eine Content-Length</translation>
    </message>
    <message>
        <source>a bad Content-Length</source>
        <translation>eine ungültige Content-Length</translation>
    </message>
    <message>
        <source>a POST without a Content-Length</source>
        <translation>ein POST ohne Content-Length</translation>
    </message>
    <message>
        <source>a body of %1 bytes, over the 16 MiB limit</source>
        <translation>ein Inhalt von %1 Bytes, über der Grenze von 16 MiB</translation>
    </message>
</context>
<context>
    <name>verdict::app::imports::ImportActions</name>
    <message>
        <source>Import Problem &amp;Folder…</source>
        <translation>Aufgaben&amp;ordner importieren…</translation>
    </message>
    <message>
        <source>Import Problem &amp;Zip…</source>
        <translation>Aufgaben-&amp;Zip importieren…</translation>
    </message>
    <message>
        <source>Add a Kattis / ICPC problem package folder to the local judge</source>
        <translation>Einen Ordner mit einem Kattis-/ICPC-Aufgabenpaket zum lokalen Judge hinzufügen</translation>
    </message>
    <message>
        <source>Add a zipped Kattis / ICPC problem package to the local judge</source>
        <translation>Ein gepacktes Kattis-/ICPC-Aufgabenpaket zum lokalen Judge hinzufügen</translation>
    </message>
    <message>
        <source>Import a problem package folder</source>
        <translation>Ordner mit Aufgabenpaket importieren</translation>
    </message>
    <message>
        <source>Import a zipped problem package</source>
        <translation>Gepacktes Aufgabenpaket importieren</translation>
    </message>
    <message>
        <source>Problem packages (*.zip *.kpp)</source>
        <translation>Aufgabenpakete (*.zip *.kpp)</translation>
    </message>
</context>
<context>
    <name>verdict::app::imports::PackageImporter</name>
    <message>
        <source>Cannot import %1: the IDE is not connected to a judge yet.</source>
        <translation>%1 kann nicht importiert werden: Die IDE ist noch nicht mit einem Judge verbunden.</translation>
    </message>
</context>
<context>
    <name>verdict::app::imports::StatementPdfView</name>
    <message>
        <source>Open again</source>
        <translation>Erneut öffnen</translation>
    </message>
    <message>
        <source>The statement is not a PDF that can be shown.</source>
        <translation>Die Aufgabenstellung ist kein anzeigbares PDF.</translation>
    </message>
    <message>
        <source>Loading the statement…</source>
        <translation>Aufgabenstellung wird geladen…</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No program opened the PDF statement; it is saved as %1.</source>
        <translation>Kein Programm hat die PDF-Aufgabenstellung geöffnet; sie ist als %1 gespeichert.</translation>
    </message>
    <message>
        <source>The statement (a PDF) is open in the system&apos;s viewer.</source>
        <translation>Die Aufgabenstellung (ein PDF) ist im Betrachter des Systems geöffnet.</translation>
    </message>
    <message>
        <source>The statement cannot be fetched: the IDE is not connected to a judge.</source>
        <translation>Die Aufgabenstellung kann nicht abgerufen werden: Die IDE ist nicht mit einem Judge verbunden.</translation>
    </message>
</context>
<context>
    <name>verdict::app::tests_panel</name>
    <message>
        <source>The server sent no result for the run.</source>
        <translation>Der Server hat kein Ergebnis für den Lauf geschickt.</translation>
    </message>
    <message>
        <source>The judge reported “%1”.</source>
        <translation>Der Judge meldete „%1“.</translation>
    </message>
    <message>
        <source>Killed by a signal.</source>
        <translation>Durch ein Signal beendet.</translation>
    </message>
    <message>
        <source>Exit code %1.</source>
        <translation>Exit-Code %1.</translation>
    </message>
    <message>
        <source>The problem&apos;s validator flags are not understood: %1</source>
        <translation>Die Validator-Optionen der Aufgabe sind unbekannt: %1</translation>
    </message>
    <message>
        <source>This problem has its own output validator: the judge decides when you submit. Compare the output by eye.</source>
        <translation>Diese Aufgabe hat einen eigenen Ausgabe-Validator: Das Urteil fällt der Judge beim Einreichen. Vergleichen Sie die Ausgabe selbst.</translation>
    </message>
</context>
<context>
    <name>verdict::app::tests_panel::OutputDiffView</name>
    <message>
        <source>Expected output</source>
        <translation>Erwartete Ausgabe</translation>
    </message>
    <message>
        <source>Your output</source>
        <translation>Ihre Ausgabe</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Standard error / compiler</source>
        <translation>Standardfehler / Compiler</translation>
    </message>
    <message>
        <source>No expected output: nothing to compare.</source>
        <translation>Keine erwartete Ausgabe: Es gibt nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
</context>
<context>
    <name>verdict::app::tests_panel::TestCasesModel</name>
    <message>
        <source>Interactive: the sample is a dialogue with the judge&apos;s interactor and cannot be run as a plain test.</source>
        <translation>Interaktiv: Das Beispiel ist ein Dialog mit dem Interaktor des Judges und lässt sich nicht als einfacher Test ausführen.</translation>
    </message>
    <message>
        <source>The server cut this sample at 64 KiB: paste it in full as your own test.</source>
        <translation>Der Server hat dieses Beispiel bei 64 KiB abgeschnitten: Fügen Sie es vollständig als eigenen Test ein.</translation>
    </message>
    <message>
        <source>my test %1</source>
        <translation>eigener Test %1</translation>
    </message>
    <message>
        <source>cannot run</source>
        <translation>nicht ausführbar</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
</context>
<context>
    <name>verdict::app::tests_panel::TestRunner</name>
    <message>
        <source>Too many runs at once: the judge asks to wait a little.</source>
        <translation>Zu viele Läufe auf einmal: Der Judge bittet, kurz zu warten.</translation>
    </message>
    <message>
        <source>The judge&apos;s run queue is full: try again shortly.</source>
        <translation>Die Warteschlange des Judges ist voll: Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The source is over the custom-run limit of 64 KiB.</source>
        <translation>Der Quelltext überschreitet die Grenze von 64 KiB für eigene Läufe.</translation>
    </message>
    <message>
        <source>The input is over the custom-run limit of 1 MiB.</source>
        <translation>Die Eingabe überschreitet die Grenze von 1 MiB für eigene Läufe.</translation>
    </message>
    <message>
        <source>The judge cannot run this language: %1</source>
        <translation>Der Judge kann diese Sprache nicht ausführen: %1</translation>
    </message>
    <message>
        <source>Not connected to a judge.</source>
        <translation>Nicht mit einem Judge verbunden.</translation>
    </message>
</context>
<context>
    <name>verdict::app::tests_panel::TestsPanel</name>
    <message>
        <source> · %1 ms CPU · %2 KiB</source>
        <translation> · %1 ms CPU · %2 KiB</translation>
    </message>
    <message>
        <source>Run &amp;all tests</source>
        <translation>&amp;Alle Tests ausführen</translation>
    </message>
    <message>
        <source>Run &amp;selected tests</source>
        <translation>&amp;Ausgewählte Tests ausführen</translation>
    </message>
    <message>
        <source>&amp;Add test</source>
        <translation>Test &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove test</source>
        <translation>Test &amp;entfernen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Edit test</source>
        <translation>Test bearbeiten</translation>
    </message>
    <message>
        <source>Run every sample and own test on the judge (Ctrl+R)</source>
        <translation>Alle Beispiele und eigenen Tests auf dem Judge ausführen (Strg+R)</translation>
    </message>
    <message>
        <source>Run the selected tests on the judge (Ctrl+Shift+R)</source>
        <translation>Die ausgewählten Tests auf dem Judge ausführen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>Leave empty to just see the output.</source>
        <translation>Leer lassen, um nur die Ausgabe zu sehen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Expected output</source>
        <translation>Erwartete Ausgabe</translation>
    </message>
    <message>
        <source>Samples are read-only: add your own test.</source>
        <translation>Beispiele sind schreibgeschützt: Fügen Sie einen eigenen Test hinzu.</translation>
    </message>
</context>
<context>
    <name>verdict::editor::FindBar</name>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Ganze Wörter</translation>
    </message>
    <message>
        <source>Regular expression (\1 in the replacement)</source>
        <translation>Regulärer Ausdruck (\1 in der Ersetzung)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace this match and find the next</source>
        <translation>Diesen Treffer ersetzen und den nächsten suchen</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Replace every match (one undo step)</source>
        <translation>Alle Treffer ersetzen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation>Ungültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>Replaced 1 match</source>
        <translation>1 Treffer ersetzt</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n matches</source>
        <translation>
            <numerusform>%n Treffer ersetzt</numerusform>
            <numerusform>%n Treffer ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
</TS>
