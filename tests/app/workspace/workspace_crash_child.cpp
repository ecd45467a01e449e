// The crash test's child: restores the workspace in argv[1], then edits two buffers, the own
// tests and the session in a loop with the Autosaver on, printing "saved N" after each save of
// version N. The test kills it with SIGKILL at random moments.
#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

#include "crash_text.h"
#include "verdict/app/workspace/autosaver.h"
#include "verdict/app/workspace/workspace.h"
#include "verdict/app/workspace/workspace_store.h"

using namespace verdict::app;
namespace crash = verdict::tests::crash;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: workspace_crash_child WORKSPACE_DIR\n");
        return 2;
    }
    WorkspaceStore store(QString::fromLocal8Bit(argv[1]));
    Workspace workspace;
    const auto loaded = store.load();
    if (!loaded.skipped.isEmpty()) {
        std::fprintf(stderr, "skipped: %s\n", qPrintable(loaded.skipped.join('\n')));
        return 3;
    }
    workspace.restore(loaded.contents);
    workspace.setServer(crash::kServer);
    int version =
        crash::versionOf(workspace.buffer(crash::kProblem, "cpp").value_or(QString())) + 1;

    Autosaver autosaver(&workspace, &store);
    autosaver.setDelay(1);
    autosaver.setMaxInterval(5);
    const auto edit = [&] {
        workspace.setCurrentProblem(crash::kProblem);
        workspace.setLastLanguage(crash::kProblem, version % 2 ? "cpp" : "python3");
        workspace.setBuffer(crash::kProblem, "cpp", crash::text(version, "cpp"), {version, 0});
        workspace.setBuffer(crash::kProblem, "python3", crash::text(version, "python3"));
        workspace.setOwnTests(crash::kProblem, crash::tests(version));
    };
    QObject::connect(&autosaver, &Autosaver::saved, [&] {
        std::printf("saved %d\n", version);
        std::fflush(stdout);
        ++version;
        edit();
    });
    QObject::connect(&autosaver, &Autosaver::saveFailed, [](const QString& message) {
        std::fprintf(stderr, "save failed: %s\n", qPrintable(message));
        QCoreApplication::exit(4);
    });
    edit();
    return app.exec();
}
