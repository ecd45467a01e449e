// Shows a CodeEditor with a C++ sample and a compiler diagnostic; with --shot saves a picture.
//   verdict-editor-preview [--theme light|dark] [--language ID] [--shot FILE]

#include "verdict/editor/code_editor.h"
#include "verdict/editor/compiler_output_parser.h"
#include "verdict/editor/templates.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

namespace {

const char* const kSample = R"(#include <bits/stdc++.h>
using namespace std;

// Sum of a sequence, with a deliberate mistake.
int main() {
    int n;
    cin >> n;
    vector<long long> a(n);
    for (auto& x : a) cin >> x;
    long long total = 0;
    for (int i = 0; i < n; ++i) {
        total += a[i];
    }
    cout << totl << "\n";  // café ✓
    return 0;
}
)";

const char* const kCompilerOutput =
    "main.cpp: In function 'int main()':\n"
    "main.cpp:14:13: error: 'totl' was not declared in this scope; did you mean 'total'?\n"
    "main.cpp:6:9: warning: unused variable 'n' [-Wunused-variable]\n";

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("theme"), QStringLiteral("light or dark"),
                      QStringLiteral("theme"), QStringLiteral("light")});
    parser.addOption({QStringLiteral("language"), QStringLiteral("a catalogue language id"),
                      QStringLiteral("id"), QStringLiteral("cpp")});
    parser.addOption(
        {QStringLiteral("shot"), QStringLiteral("save a PNG and quit"), QStringLiteral("file")});
    parser.process(app);

    verdict::editor::CodeEditor editor;
    editor.resize(900, 480);
    editor.setThemeMode(parser.value(QStringLiteral("theme")) == QLatin1String("dark")
                            ? verdict::editor::ThemeMode::Dark
                            : verdict::editor::ThemeMode::Light);
    const QString language = parser.value(QStringLiteral("language"));
    editor.setLanguage(language);
    if (language == QLatin1String("cpp")) {
        editor.setText(QString::fromUtf8(kSample));
        editor.setDiagnostics(
            verdict::editor::parseCompilerOutput(QString::fromLatin1(kCompilerOutput)));
        editor.setCursorPosition(10, 33);  // on a brace, to show the match
    } else {
        editor.setText(verdict::editor::templateFor(language));
    }
    editor.show();

    const QString shot = parser.value(QStringLiteral("shot"));
    if (!shot.isEmpty()) {
        QTimer::singleShot(300, &editor, [&editor, shot] {
            editor.grab().save(shot);
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
