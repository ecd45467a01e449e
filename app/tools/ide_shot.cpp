// verdict-ide-shot: starts the IDE with its local server, opens a problem, submits a solution,
// waits for the final verdict and saves the window as a PNG (the README's screenshot).
// Usage: verdict-ide-shot FILE [PROBLEM [LANGUAGE SOURCE_FILE]]
#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QListView>
#include <QTimer>
#include <cstdio>

#include "verdict/app/local_server.h"
#include "verdict/app/main_window.h"
#include "verdict/app/problem_list_model.h"
#include "verdict/app/submissions_model.h"
#include "verdict/editor/code_editor.h"

using namespace verdict::app;

namespace {

constexpr char kSolution[] = "# A plus B\na, b = map(int, input().split())\nprint(a + b)\n";

QString readSource(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

}  // namespace

int main(int argc, char** argv) {
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("verdict"));
    QApplication::setApplicationName(QStringLiteral("verdict-ide"));
    const QStringList args = application.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: verdict-ide-shot FILE [PROBLEM [LANGUAGE SOURCE]]\n");
        return 2;
    }
    const QString shot = args[1];
    const QString problem = args.value(2, QStringLiteral("aplusb"));
    const QString language = args.value(3, QStringLiteral("python3"));
    const QString source = args.size() > 4 ? readSource(args[4]) : QString(kSolution);
    LocalServer server;
    MainWindow window(&server);
    window.show();
    auto save = [&] {
        window.grab().save(shot);
        server.stop();
        application.quit();
    };
    QObject::connect(&server, &LocalServer::failed, &application,
                     [&] { QTimer::singleShot(500, save); });
    QObject::connect(window.problems(), &QAbstractItemModel::modelReset, &window, [&] {
        const int row = window.problems()->rowOf(problem);
        window.problemList()->setCurrentIndex(window.problems()->index(row));
        // Submits once the problem and the languages have arrived.
        auto* poll = new QTimer(&window);
        QObject::connect(poll, &QTimer::timeout, &window, [&, poll] {
            if (window.currentProblemId() == 0 || window.languageChooser()->count() == 0)
                return;
            poll->stop();
            window.selectLanguage(language);
            window.editor()->setText(source);
            window.submitAction()->trigger();
        });
        poll->start(100);
    });
    QObject::connect(window.submissions(), &SubmissionsModel::submissionFinished, &window,
                     [&] { QTimer::singleShot(800, save); });
    QTimer::singleShot(120000, save);
    server.start();
    return application.exec();
}
