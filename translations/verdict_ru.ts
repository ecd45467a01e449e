<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>DiagnosticLayer</name>
    <message>
        <source>error: %1</source>
        <translation>ошибка: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
</context>
<context>
    <name>SubmissionHistory</name>
    <message>
        <source>Cannot create %1</source>
        <translation>Не удалось создать %1</translation>
    </message>
    <message>
        <source>Skipped %1: unreadable or damaged</source>
        <translation>%1 пропущен: не читается или повреждён</translation>
    </message>
</context>
<context>
    <name>WorkspaceStore</name>
    <message>
        <source>not valid JSON (%1 at byte %2); it may be truncated</source>
        <translation>некорректный JSON (%1 в байте %2); возможно, файл обрезан</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>неизвестный формат</translation>
    </message>
    <message>
        <source>its contents do not match its name</source>
        <translation>содержимое не соответствует имени</translation>
    </message>
    <message>
        <source>the text does not match its checksum</source>
        <translation>текст не соответствует контрольной сумме</translation>
    </message>
    <message>
        <source>it has no list of tests</source>
        <translation>в нём нет списка тестов</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 пропущен: %2</translation>
    </message>
    <message>
        <source>Skipped %1: not valid JSON; the session starts afresh</source>
        <translation>%1 пропущен: некорректный JSON; сеанс начинается заново</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Не удалось создать %1</translation>
    </message>
</context>
<context>
    <name>verdict::app</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Cannot zip %1: %2</source>
        <translation>Не удалось упаковать %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>Uploading %1 failed: %2</source>
        <translation>Не удалось загрузить %1: %2</translation>
    </message>
    <message>
        <source>Cannot create a temporary directory: %1</source>
        <translation>Не удалось создать временный каталог: %1</translation>
    </message>
    <message>
        <source>No problems found in %1</source>
        <translation>В %1 не найдено задач</translation>
    </message>
    <message>
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are unset): starting the local judge alone.</source>
        <translation>дисплей не найден (DISPLAY и WAYLAND_DISPLAY не заданы): запускается только локальная проверяющая система.</translation>
    </message>
    <message>
        <source>the local judge listens at %1 (user admin, password in %2/admin-password); Ctrl+C stops it.</source>
        <translation>локальная проверяющая система слушает %1 (пользователь admin, пароль в %2/admin-password); Ctrl+C останавливает её.</translation>
    </message>
    <message>
        <source>Time %1 s</source>
        <translation>Время %1 с</translation>
    </message>
    <message>
        <source>Memory %1 MiB</source>
        <translation>Память %1 МиБ</translation>
    </message>
    <message>
        <source>Output %1 MiB</source>
        <translation>Вывод %1 МиБ</translation>
    </message>
    <message>
        <source>Code %1 KiB</source>
        <translation>Код %1 КиБ</translation>
    </message>
    <message>
        <source>Interactive</source>
        <translation>Интерактивная</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>С баллами</translation>
    </message>
    <message>
        <source>*This problem has no statement.*</source>
        <translation>*У этой задачи нет условия.*</translation>
    </message>
    <message>
        <source>*The statement is in %1 format, which this view does not show yet.*</source>
        <translation>*Условие в формате %1, который этот просмотр пока не показывает.*</translation>
    </message>
    <message>
        <source>to use it from a shell: verdict login --server %1 --user admin, then verdict problems, verdict submit --problem NAME FILE.</source>
        <translation>для работы из командной строки: verdict login --server %1 --user admin, затем verdict problems, verdict submit --problem ИМЯ ФАЙЛ.</translation>
    </message>
</context>
<context>
    <name>verdict::app::CompileLogView</name>
    <message>
        <source>The compiler&apos;s messages appear here after a compile error.</source>
        <translation>Здесь появятся сообщения компилятора после ошибки компиляции.</translation>
    </message>
    <message>
        <source>Go to line %1</source>
        <translation>Перейти к строке %1</translation>
    </message>
</context>
<context>
    <name>verdict::app::ConnectionIndicator</name>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Нет подключения</translation>
    </message>
</context>
<context>
    <name>verdict::app::LocalServer</name>
    <message>
        <source>Login failed: %1</source>
        <translation>Ошибка входа: %1</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1</source>
        <translation>Не удалось создать каталог данных %1</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>Не удалось запустить %1: %2</translation>
    </message>
    <message>
        <source>Starting the local judge…</source>
        <translation>Запуск локальной проверяющей системы…</translation>
    </message>
    <message>
        <source>The local judge stopped at start (exit status %1):
%2</source>
        <translation>Локальная проверяющая система завершилась при запуске (код выхода %1):
%2</translation>
    </message>
    <message>
        <source>The local judge did not start listening within %1 s.</source>
        <translation>Локальная проверяющая система не начала принимать соединения за %1 с.</translation>
    </message>
    <message>
        <source>Loading the example problems…</source>
        <translation>Загрузка примеров задач…</translation>
    </message>
    <message>
        <source>Some example problems are missing: %1</source>
        <translation>Некоторые примеры задач отсутствуют: %1</translation>
    </message>
</context>
<context>
    <name>verdict::app::MainWindow</name>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Посылки</translation>
    </message>
    <message>
        <source>Compile output</source>
        <translation>Вывод компилятора</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Judge</source>
        <translation>&amp;Проверка</translation>
    </message>
    <message>
        <source>Submit the code to the judge (%1)</source>
        <translation>Отправить код на проверку (%1)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Next problem</source>
        <translation>&amp;Следующая задача</translation>
    </message>
    <message>
        <source>&amp;Previous problem</source>
        <translation>&amp;Предыдущая задача</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>Next &amp;error</source>
        <translation>Следующая &amp;ошибка</translation>
    </message>
    <message>
        <source>Lost the events of submission %1: %2</source>
        <translation>События посылки %1 потеряны: %2</translation>
    </message>
    <message>
        <source>Request “%1” failed: %2</source>
        <translation>Запрос «%1» не выполнен: %2</translation>
    </message>
    <message>
        <source>Local judge at %1</source>
        <translation>Локальная проверяющая система: %1</translation>
    </message>
    <message>
        <source>The local judge is not running</source>
        <translation>Локальная проверяющая система не запущена</translation>
    </message>
    <message>
        <source>The local judge could not be started.</source>
        <translation>Не удалось запустить локальную проверяющую систему.</translation>
    </message>
    <message>
        <source>Not connected to a judge.</source>
        <translation>Нет подключения к проверяющей системе.</translation>
    </message>
    <message>
        <source>Choose a problem first.</source>
        <translation>Сначала выберите задачу.</translation>
    </message>
    <message>
        <source>Choose a language first.</source>
        <translation>Сначала выберите язык.</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Submission %1: %2</source>
        <translation>Посылка %1: %2</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>&amp;Заменить…</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Найти &amp;далее</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>Найти &amp;ранее</translation>
    </message>
    <message>
        <source>Select next &amp;occurrence</source>
        <translation>Выделить следующее &amp;вхождение</translation>
    </message>
    <message>
        <source>&amp;Go to line…</source>
        <translation>Перейти к &amp;строке…</translation>
    </message>
    <message>
        <source>Go to line</source>
        <translation>Перейти к строке</translation>
    </message>
    <message>
        <source>Line (1–%1):</source>
        <translation>Строка (1–%1):</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Сбросить масштаб</translation>
    </message>
    <message>
        <source>The code of submission %1 is in the editor (Ctrl+Z brings yours back).</source>
        <translation>Код посылки %1 — в редакторе (Ctrl+Z вернёт ваш).</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Тесты</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Автосохранение не удалось: %1</translation>
    </message>
    <message>
        <source>Some saved work was damaged</source>
        <translation>Часть сохранённой работы повреждена</translation>
    </message>
    <message>
        <source>These saved files could not be read and were left out; everything else was restored:

%1</source>
        <translation>Эти сохранённые файлы не удалось прочитать, они пропущены; всё остальное восстановлено:

%1</translation>
    </message>
    <message>
        <source>Could not keep a copy of submission %1: %2</source>
        <translation>Не удалось сохранить копию посылки %1: %2</translation>
    </message>
    <message>
        <source>Some of your work could not be saved: see the messages.</source>
        <translation>Часть вашей работы не удалось сохранить: см. сообщения.</translation>
    </message>
    <message>
        <source>&amp;Connect to contest server…</source>
        <translation>&amp;Подключиться к серверу соревнования…</translation>
    </message>
    <message>
        <source>&amp;Back to practice (local judge)</source>
        <translation>&amp;Вернуться к тренировке (локальная проверяющая система)</translation>
    </message>
    <message>
        <source>Verdict — practice</source>
        <translation>Verdict — тренировка</translation>
    </message>
    <message>
        <source>Verdict — %1 @ %2</source>
        <translation>Verdict — %1 @ %2</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>«%1» импортирована.</translation>
    </message>
    <message>
        <source>The problem was not imported</source>
        <translation>Задача не импортирована</translation>
    </message>
    <message>
        <source>Competitive Companion sent “%1”: it is ready to practise.</source>
        <translation>Competitive Companion прислал «%1»: задача готова к тренировке.</translation>
    </message>
    <message>
        <source>The PDF statement could not be shown: %1</source>
        <translation>Не удалось показать условие в PDF: %1</translation>
    </message>
    <message>
        <source>The local judge is ready.</source>
        <translation>Локальная проверяющая система готова.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>Подключено к %1 как %2.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MiB: a source file of more than 16 MiB is not opened (no judge would take it).</source>
        <translation>%1 занимает %2 МиБ: исходные файлы больше 16 МиБ не открываются (ни одна проверяющая система их не примет).</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text: open a source file.</source>
        <translation>%1 не является текстом в UTF-8: откройте исходный файл.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>&amp;Open source file…</source>
        <translation>&amp;Открыть исходный файл…</translation>
    </message>
    <message>
        <source>Open a source file</source>
        <translation>Открыть исходный файл</translation>
    </message>
    <message>
        <source>&amp;Save source as…</source>
        <translation>&amp;Сохранить исходный код как…</translation>
    </message>
    <message>
        <source>Save the source</source>
        <translation>Сохранить исходный код</translation>
    </message>
    <message>
        <source>Opened %1 (Ctrl+Z brings the previous code back).</source>
        <translation>Открыт %1 (Ctrl+Z вернёт прежний код).</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 сохранён.</translation>
    </message>
</context>
<context>
    <name>verdict::app::ProblemView</name>
    <message>
        <source>No problem</source>
        <translation>Задача не выбрана</translation>
    </message>
    <message>
        <source>Choose a problem on the left.</source>
        <translation>Выберите задачу слева.</translation>
    </message>
    <message>
        <source>Sample %1</source>
        <translation>Пример %1</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Взаимодействие</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Ввод</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>Copy interaction</source>
        <translation>Копировать взаимодействие</translation>
    </message>
    <message>
        <source>Copy input</source>
        <translation>Копировать ввод</translation>
    </message>
    <message>
        <source>Copy output</source>
        <translation>Копировать вывод</translation>
    </message>
</context>
<context>
    <name>verdict::app::SettingsAction</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Change the theme, the editor font, the language and other preferences</source>
        <translation>Изменить тему, шрифт редактора, язык и другие параметры</translation>
    </message>
</context>
<context>
    <name>verdict::app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Внешний вид</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>The new language is used after Verdict restarts.</source>
        <translation>Новый язык будет применён после перезапуска Verdict.</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Редактор</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Шрифт:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>&amp;Размер шрифта:</translation>
    </message>
    <message>
        <source>Ta&amp;b width:</source>
        <translation>Ширина &amp;табуляции:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <source>&amp;Autosave after:</source>
        <translation>&amp;Автосохранение через:</translation>
    </message>
    <message>
        <source>Language of &amp;new files:</source>
        <translation>Язык &amp;новых файлов:</translation>
    </message>
    <message>
        <source>Judge and Competitive Companion</source>
        <translation>Проверка и Competitive Companion</translation>
    </message>
    <message>
        <source>As&amp;k before submitting</source>
        <translation>&amp;Спрашивать перед отправкой</translation>
    </message>
    <message>
        <source>&amp;Receive problems from Competitive Companion</source>
        <translation>&amp;Получать задачи из Competitive Companion</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>&amp;По умолчанию</translation>
    </message>
</context>
<context>
    <name>verdict::app::SubmissionsModel</name>
    <message>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Compiling</source>
        <translation>Компиляция</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Test %1 of %2</source>
        <translation>Тест %1 из %2</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Wrong answer</source>
        <translation>Неправильный ответ</translation>
    </message>
    <message>
        <source>Time limit exceeded</source>
        <translation>Превышено ограничение времени</translation>
    </message>
    <message>
        <source>Memory limit exceeded</source>
        <translation>Превышено ограничение памяти</translation>
    </message>
    <message>
        <source>Output limit exceeded</source>
        <translation>Превышено ограничение вывода</translation>
    </message>
    <message>
        <source>Run-time error</source>
        <translation>Ошибка выполнения</translation>
    </message>
    <message>
        <source>Compilation error</source>
        <translation>Ошибка компиляции</translation>
    </message>
    <message>
        <source>Judge error</source>
        <translation>Ошибка проверяющей системы</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 МиБ</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Посылка</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>CPU time</source>
        <translation>Время ЦП</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Память</translation>
    </message>
</context>
<context>
    <name>verdict::app::SubmissionsPanel</name>
    <message>
        <source>All problems</source>
        <translation>Все задачи</translation>
    </message>
    <message>
        <source>Open this code</source>
        <translation>Открыть этот код</translation>
    </message>
    <message>
        <source>Put the selected submission&apos;s code back into the editor (undoable)</source>
        <translation>Вернуть код выбранной посылки в редактор (можно отменить)</translation>
    </message>
    <message>
        <source>Show the submissions of every problem, not only this one&apos;s</source>
        <translation>Показать посылки по всем задачам, а не только по этой</translation>
    </message>
</context>
<context>
    <name>verdict::app::SubmitConfirmation</name>
    <message>
        <source>Submit</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>Submit your %1 solution of “%2” to the judge?</source>
        <translation>Отправить на проверку ваше решение задачи «%2» на %1?</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>verdict::app::contest::ConnectDialog</name>
    <message>
        <source>Remember the server and username</source>
        <translation>Запомнить сервер и имя пользователя</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Сертификат сервера</translation>
    </message>
    <message>
        <source>Trust and pin this certificate</source>
        <translation>Доверять этому сертификату и закрепить его</translation>
    </message>
    <message>
        <source>Forget the pinned certificate</source>
        <translation>Забыть закреплённый сертификат</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Connect to contest server</source>
        <translation>Подключение к серверу соревнования</translation>
    </message>
    <message>
        <source>https://contest.example.org:8443</source>
        <translation>https://contest.example.org:8443</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>URL сервера:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>The pinned certificate of %1 was forgotten.</source>
        <translation>Закреплённый сертификат %1 забыт.</translation>
    </message>
    <message>
        <source>Not connected: the certificate was not trusted.</source>
        <translation>Не подключено: сертификату не доверяют.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Подключено.</translation>
    </message>
    <message>
        <source>%1 presents a certificate that no trusted authority signed (for example a contest server&apos;s self-signed one). Its SHA-256 fingerprint is
%2
Trust it only if it matches the fingerprint the organisers published.</source>
        <translation>%1 предъявляет сертификат, не подписанный доверенным центром (например, самоподписанный сертификат сервера соревнования). Его отпечаток SHA-256:
%2
Доверяйте ему, только если он совпадает с отпечатком, опубликованным организаторами.</translation>
    </message>
    <message>
        <source>Refused: the server&apos;s certificate changed.</source>
        <translation>Отклонено: сертификат сервера изменился.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>verdict::app::contest::ConnectionMonitor</name>
    <message>
        <source>Connected</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <source>Reconnecting (attempt %1)…</source>
        <translation>Переподключение (попытка %1)…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
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
        <translation>Сервер: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Пользователь: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Последняя ошибка: %1</translation>
    </message>
    <message>
        <source>Server clock: %1 ms from this computer&apos;s</source>
        <translation>Часы сервера: расхождение с часами этого компьютера %1 мс</translation>
    </message>
</context>
<context>
    <name>verdict::app::contest::ContestClock</name>
    <message>
        <source>%1d %2:%3</source>
        <translation>%1 д %2:%3</translation>
    </message>
    <message>
        <source>%1 starts in %2</source>
        <translation>%1 начнётся через %2</translation>
    </message>
    <message>
        <source>%1: %2 left</source>
        <translation>%1: осталось %2</translation>
    </message>
    <message>
        <source>%1 has ended</source>
        <translation>%1 завершено</translation>
    </message>
    <message>
        <source>%1
Start: %2
End: %3</source>
        <translation>%1
Начало: %2
Конец: %3</translation>
    </message>
</context>
<context>
    <name>verdict::app::contest::ContestConnector</name>
    <message>
        <source>The server address is not valid: %1</source>
        <translation>Некорректный адрес сервера: %1</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <source>Wrong username or password for %1.</source>
        <translation>Неверное имя пользователя или пароль для %1.</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2).</source>
        <translation>%1 не ответил вовремя (%2).</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Не удаётся связаться с %1: %2</translation>
    </message>
    <message>
        <source>A secure connection to %1 failed: %2</source>
        <translation>Не удалось установить защищённое соединение с %1: %2</translation>
    </message>
    <message>
        <source>Too many login attempts; wait a minute and try again (%1).</source>
        <translation>Слишком много попыток входа; подождите минуту и попробуйте снова (%1).</translation>
    </message>
    <message>
        <source>%1 refused the login: %2</source>
        <translation>%1 отклонил вход: %2</translation>
    </message>
    <message>
        <source>The certificate of %1 has changed. You pinned SHA-256 %2, but the server now presents %3. The connection was refused: this can be an attack. If the organisers announced a new certificate, remove the old pin and connect again.</source>
        <translation>Сертификат %1 изменился. Закреплён SHA-256 %2, но сервер теперь предъявляет %3. Соединение отклонено: это может быть атака. Если организаторы объявили о новом сертификате, удалите старый закреплённый сертификат и подключитесь снова.</translation>
    </message>
</context>
<context>
    <name>verdict::app::imports</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>the body is not a JSON object (%1)</source>
        <translation>тело запроса не является объектом JSON (%1)</translation>
    </message>
    <message>
        <source>the problem has no &quot;name&quot;</source>
        <translation>у задачи нет поля «name»</translation>
    </message>
    <message>
        <source>&quot;tests&quot; is not a list of {input, output} strings</source>
        <translation>«tests» не является списком строк {input, output}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a non-negative number</source>
        <translation>«%1» не является неотрицательным числом</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is interactive: the local judge would need its interactor, which Competitive Companion does not send</source>
        <translation>«%1» — интерактивная задача: локальной проверяющей системе нужен её интерактор, а Competitive Companion его не передаёт</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no sample tests to judge with</source>
        <translation>у «%1» нет примеров для проверки</translation>
    </message>
    <message>
        <source>Received from Competitive Companion. The full statement is on the original page.</source>
        <translation>Получено из Competitive Companion. Полное условие — на исходной странице.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>Contest:</source>
        <translation>Соревнование:</translation>
    </message>
    <message>
        <source>The original reads the file %1; here the input comes on standard input.</source>
        <translation>В оригинале ввод читается из файла %1; здесь ввод поступает через стандартный ввод.</translation>
    </message>
    <message>
        <source>The original writes the file %1; here write to standard output.</source>
        <translation>В оригинале вывод пишется в файл %1; здесь выводите в стандартный вывод.</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>Не удалось заменить %1</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Не удалось создать %1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a .zip file.</source>
        <translation>%1 не является ни папкой, ни файлом .zip.</translation>
    </message>
    <message>
        <source>No problem.yaml and no data/ folder in %1: it is not a problem package.</source>
        <translation>В %1 нет ни problem.yaml, ни папки data/: это не пакет задачи.</translation>
    </message>
    <message>
        <source>%1 is not a valid problem package:
%2</source>
        <translation>%1 не является корректным пакетом задачи:
%2</translation>
    </message>
    <message>
        <source>%1 has no test cases: data/sample and data/secret are empty or missing.</source>
        <translation>В %1 нет тестов: data/sample и data/secret пусты или отсутствуют.</translation>
    </message>
    <message>
        <source>Cannot create a temporary directory: %1</source>
        <translation>Не удалось создать временный каталог: %1</translation>
    </message>
    <message>
        <source>Cannot zip %1: %2</source>
        <translation>Не удалось упаковать %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>Cannot list the server&apos;s problems: %1</source>
        <translation>Не удалось получить список задач сервера: %1</translation>
    </message>
    <message>
        <source>A problem named &quot;%1&quot; is already on the server. Import it as &quot;%2&quot; instead?</source>
        <translation>На сервере уже есть задача «%1». Импортировать её как «%2»?</translation>
    </message>
    <message>
        <source>The server refused the package %1:
%2</source>
        <translation>Сервер отклонил пакет %1:
%2</translation>
    </message>
    <message>
        <source>Uploading %1 failed: %2</source>
        <translation>Не удалось загрузить %1: %2</translation>
    </message>
    <message>
        <source>Cannot fetch the statement: %1</source>
        <translation>Не удалось получить условие: %1</translation>
    </message>
    <message>
        <source>Cannot fetch the statement: %1 (HTTP %2)</source>
        <translation>Не удалось получить условие: %1 (HTTP %2)</translation>
    </message>
</context>
<context>
    <name>verdict::app::imports::CompanionListener</name>
    <message>
        <source>Cannot listen for Competitive Companion on 127.0.0.1:%1: %2. Another program may be using the port; choose another one in the settings (and the same one in the extension).</source>
        <translation>Не удаётся принимать запросы Competitive Companion на 127.0.0.1:%1: %2. Возможно, порт занят другой программой; выберите другой порт в настройках (и тот же — в расширении).</translation>
    </message>
    <message>
        <source>A Competitive Companion request was refused: %1</source>
        <translation>Запрос Competitive Companion отклонён: %1</translation>
    </message>
    <message>
        <source>Received &quot;%1&quot;</source>
        <translation>Получено «%1»</translation>
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
        <translation>заголовки запроса больше 16 КиБ</translation>
    </message>
    <message>
        <source>more bytes than the Content-Length announced</source>
        <translation>байтов больше, чем объявлено в Content-Length</translation>
    </message>
    <message>
        <source>not an HTTP/1.x request line</source>
        <translation>это не строка запроса HTTP/1.x</translation>
    </message>
    <message>
        <source>method %1: Competitive Companion sends POST</source>
        <translation>метод %1: Competitive Companion отправляет POST</translation>
    </message>
    <message>
        <source>a header line without a name</source>
        <translation>строка заголовка без имени</translation>
    </message>
    <message>
        <source>chunked bodies are not accepted; send a Content-Length</source>
        <translation>тело по частям (chunked) не принимается; укажите Content-Length</translation>
    </message>
    <message>
        <source>a bad Content-Length</source>
        <translation>некорректный Content-Length</translation>
    </message>
    <message>
        <source>a POST without a Content-Length</source>
        <translation>POST без Content-Length</translation>
    </message>
    <message>
        <source>a body of %1 bytes, over the 16 MiB limit</source>
        <translation>тело размером %1 байт, больше предела в 16 МиБ</translation>
    </message>
</context>
<context>
    <name>verdict::app::imports::ImportActions</name>
    <message>
        <source>Import Problem &amp;Folder…</source>
        <translation>Импортировать &amp;папку задачи…</translation>
    </message>
    <message>
        <source>Import Problem &amp;Zip…</source>
        <translation>Импортировать &amp;zip задачи…</translation>
    </message>
    <message>
        <source>Add a Kattis / ICPC problem package folder to the local judge</source>
        <translation>Добавить папку с пакетом задачи Kattis / ICPC в локальную проверяющую систему</translation>
    </message>
    <message>
        <source>Add a zipped Kattis / ICPC problem package to the local judge</source>
        <translation>Добавить упакованный в zip пакет задачи Kattis / ICPC в локальную проверяющую систему</translation>
    </message>
    <message>
        <source>Import a problem package folder</source>
        <translation>Импорт папки с пакетом задачи</translation>
    </message>
    <message>
        <source>Import a zipped problem package</source>
        <translation>Импорт упакованного пакета задачи</translation>
    </message>
    <message>
        <source>Problem packages (*.zip *.kpp)</source>
        <translation>Пакеты задач (*.zip *.kpp)</translation>
    </message>
</context>
<context>
    <name>verdict::app::imports::PackageImporter</name>
    <message>
        <source>Cannot import %1: the IDE is not connected to a judge yet.</source>
        <translation>Не удалось импортировать %1: среда ещё не подключена к проверяющей системе.</translation>
    </message>
</context>
<context>
    <name>verdict::app::imports::StatementPdfView</name>
    <message>
        <source>Open again</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <source>The statement is not a PDF that can be shown.</source>
        <translation>Условие не является PDF, который можно показать.</translation>
    </message>
    <message>
        <source>Loading the statement…</source>
        <translation>Загрузка условия…</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Не удалось создать временную папку: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>No program opened the PDF statement; it is saved as %1.</source>
        <translation>Ни одна программа не открыла условие в PDF; оно сохранено как %1.</translation>
    </message>
    <message>
        <source>The statement (a PDF) is open in the system&apos;s viewer.</source>
        <translation>Условие (PDF) открыто в системной программе просмотра.</translation>
    </message>
    <message>
        <source>The statement cannot be fetched: the IDE is not connected to a judge.</source>
        <translation>Не удалось получить условие: среда не подключена к проверяющей системе.</translation>
    </message>
</context>
<context>
    <name>verdict::app::tests_panel</name>
    <message>
        <source>The server sent no result for the run.</source>
        <translation>Сервер не прислал результат запуска.</translation>
    </message>
    <message>
        <source>The judge reported “%1”.</source>
        <translation>Проверяющая система сообщила «%1».</translation>
    </message>
    <message>
        <source>Killed by a signal.</source>
        <translation>Завершено сигналом.</translation>
    </message>
    <message>
        <source>Exit code %1.</source>
        <translation>Код выхода %1.</translation>
    </message>
    <message>
        <source>The problem&apos;s validator flags are not understood: %1</source>
        <translation>Параметры проверяющей программы задачи не распознаны: %1</translation>
    </message>
    <message>
        <source>This problem has its own output validator: the judge decides when you submit. Compare the output by eye.</source>
        <translation>У этой задачи своя программа проверки вывода: вердикт вынесет проверяющая система после отправки. Сравните вывод сами.</translation>
    </message>
</context>
<context>
    <name>verdict::app::tests_panel::OutputDiffView</name>
    <message>
        <source>Expected output</source>
        <translation>Ожидаемый вывод</translation>
    </message>
    <message>
        <source>Your output</source>
        <translation>Ваш вывод</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Ввод</translation>
    </message>
    <message>
        <source>Standard error / compiler</source>
        <translation>Стандартный поток ошибок / компилятор</translation>
    </message>
    <message>
        <source>No expected output: nothing to compare.</source>
        <translation>Нет ожидаемого вывода: сравнивать не с чем.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Подготовка…</translation>
    </message>
</context>
<context>
    <name>verdict::app::tests_panel::TestCasesModel</name>
    <message>
        <source>Interactive: the sample is a dialogue with the judge&apos;s interactor and cannot be run as a plain test.</source>
        <translation>Интерактивная задача: пример — это диалог с интерактором проверяющей системы, его нельзя запустить как обычный тест.</translation>
    </message>
    <message>
        <source>The server cut this sample at 64 KiB: paste it in full as your own test.</source>
        <translation>Сервер обрезал этот пример до 64 КиБ: вставьте его полностью как свой тест.</translation>
    </message>
    <message>
        <source>my test %1</source>
        <translation>мой тест %1</translation>
    </message>
    <message>
        <source>cannot run</source>
        <translation>не запускается</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 КиБ</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Тест</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>ЦП</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Память</translation>
    </message>
</context>
<context>
    <name>verdict::app::tests_panel::TestRunner</name>
    <message>
        <source>Too many runs at once: the judge asks to wait a little.</source>
        <translation>Слишком много запусков одновременно: проверяющая система просит немного подождать.</translation>
    </message>
    <message>
        <source>The judge&apos;s run queue is full: try again shortly.</source>
        <translation>Очередь запусков проверяющей системы заполнена: попробуйте чуть позже.</translation>
    </message>
    <message>
        <source>The source is over the custom-run limit of 64 KiB.</source>
        <translation>Исходный код больше предела в 64 КиБ для пользовательских запусков.</translation>
    </message>
    <message>
        <source>The input is over the custom-run limit of 1 MiB.</source>
        <translation>Ввод больше предела в 1 МиБ для пользовательских запусков.</translation>
    </message>
    <message>
        <source>The judge cannot run this language: %1</source>
        <translation>Проверяющая система не может запускать этот язык: %1</translation>
    </message>
    <message>
        <source>Not connected to a judge.</source>
        <translation>Нет подключения к проверяющей системе.</translation>
    </message>
</context>
<context>
    <name>verdict::app::tests_panel::TestsPanel</name>
    <message>
        <source> · %1 ms CPU · %2 KiB</source>
        <translation> · ЦП %1 мс · %2 КиБ</translation>
    </message>
    <message>
        <source>Run &amp;all tests</source>
        <translation>Запустить &amp;все тесты</translation>
    </message>
    <message>
        <source>Run &amp;selected tests</source>
        <translation>Запустить &amp;выбранные тесты</translation>
    </message>
    <message>
        <source>&amp;Add test</source>
        <translation>&amp;Добавить тест</translation>
    </message>
    <message>
        <source>&amp;Remove test</source>
        <translation>&amp;Удалить тест</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Edit test</source>
        <translation>Изменить тест</translation>
    </message>
    <message>
        <source>Run every sample and own test on the judge (Ctrl+R)</source>
        <translation>Запустить все примеры и свои тесты на проверяющей системе (Ctrl+R)</translation>
    </message>
    <message>
        <source>Run the selected tests on the judge (Ctrl+Shift+R)</source>
        <translation>Запустить выбранные тесты на проверяющей системе (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Leave empty to just see the output.</source>
        <translation>Оставьте пустым, чтобы просто увидеть вывод.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Ввод</translation>
    </message>
    <message>
        <source>Expected output</source>
        <translation>Ожидаемый вывод</translation>
    </message>
    <message>
        <source>Samples are read-only: add your own test.</source>
        <translation>Примеры только для чтения: добавьте свой тест.</translation>
    </message>
</context>
<context>
    <name>verdict::editor::FindBar</name>
    <message>
        <source>Match case</source>
        <translation>Учитывать регистр</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Слова целиком</translation>
    </message>
    <message>
        <source>Regular expression (\1 in the replacement)</source>
        <translation>Регулярное выражение (\1 в замене)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Заменить на</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Предыдущее совпадение (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Следующее совпадение (Enter)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <source>Replace this match and find the next</source>
        <translation>Заменить это совпадение и найти следующее</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Заменить все</translation>
    </message>
    <message>
        <source>Replace every match (one undo step)</source>
        <translation>Заменить все совпадения (отменяется за один шаг)</translation>
    </message>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation>Некорректное регулярное выражение: %1</translation>
    </message>
    <message>
        <source>Replaced 1 match</source>
        <translation>Заменено 1 совпадение</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n matches</source>
        <translation>
            <numerusform>Заменено %n совпадение</numerusform>
            <numerusform>Заменено %n совпадения</numerusform>
            <numerusform>Заменено %n совпадений</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Совпадений нет</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 совпадение</translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
</context>
</TS>
