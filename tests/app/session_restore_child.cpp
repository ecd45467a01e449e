// The IDE that gets killed in session_restore_test: the real window and local judge; it opens
// "pairsum", switches to C++, adds an own test, then keeps typing "// edit N" lines and prints
// "saved N" each time the autosave has put edit N on disk. The test kills it with SIGKILL.
#include <QApplication>
#include <QComboBox>
#include <QListView>
#include <QTimer>
#include <cstdio>

#include "verdict/app/local_server.h"
#include "verdict/app/main_window.h"
#include "verdict/app/problem_list_model.h"
#include "verdict/app/tests_panel/test_cases_model.h"
#include "verdict/app/tests_panel/tests_panel.h"
#include "verdict/app/workspace/autosaver.h"
#include "verdict/app/workspace/workspace.h"
#include "verdict/editor/code_editor.h"

using namespace verdict::app;

int main(int argc, char** argv) {
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("verdict"));
    QApplication::setApplicationName(QStringLiteral("verdict-ide-test"));
    LocalServer server;
    MainWindow window(&server);
    window.autosaver()->setDelay(50);
    window.show();
    int edits = 0;
    int lastTyped = 0;
    int inSnapshot = 0;  // the last edit in the text the running save took
    QTimer typing;
    typing.setInterval(20);
    QObject::connect(&typing, &QTimer::timeout, &window,
                     [&] { window.editor()->append(QStringLiteral("// edit %1\n").arg(++edits)); });
    // A save takes its snapshot when it begins (one save runs at a time); edits typed while it
    // writes go into the next one.
    QObject::connect(window.workspace(), &Workspace::snapshotRequested, &window,
                     [&] { inSnapshot = edits; });
    QObject::connect(window.autosaver(), &Autosaver::saved, &window, [&] {
        if (inSnapshot > lastTyped) {
            lastTyped = inSnapshot;
            std::printf("saved %d\n", inSnapshot);
            std::fflush(stdout);
        }
    });
    QTimer setUp;
    setUp.setInterval(50);
    QObject::connect(&setUp, &QTimer::timeout, &window, [&] {
        const int row = window.problems()->rowOf(QStringLiteral("pairsum"));
        if (row < 0 || window.languageChooser()->count() == 0)
            return;
        if (window.problemList()->currentIndex().row() != row)
            window.problemList()->setCurrentIndex(window.problems()->index(row));
        const int id = window.problems()->index(row).data(ProblemListModel::IdRole).toInt();
        if (window.currentProblemId() != id || window.testsPanel()->model()->sampleCount() == 0)
            return;
        setUp.stop();
        window.selectLanguage(QStringLiteral("cpp"));
        window.editor()->setText(QStringLiteral("// my pair sum\n"));
        window.testsPanel()->model()->addOwnTest(QStringLiteral("mine"), QStringLiteral("3 4\n"),
                                                 QStringLiteral("7\n"));
        typing.start();
    });
    setUp.start();
    server.start();
    return application.exec();
}
