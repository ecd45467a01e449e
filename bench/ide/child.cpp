// The child side of ide_bench: a fresh process that plays the IDE (or the baseline window) and
// says when it is interactive.
#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QMainWindow>
#include <QTimer>
#include <cstdio>
#include <memory>

#include "ide_bench.h"
#include "verdict/app/local_server.h"
#include "verdict/app/main_window.h"
#include "verdict/app/problem_list_model.h"
#include "verdict/app/problem_view.h"

namespace verdict::bench::ide {

namespace {

// Calls `then` once `window` has painted and the events queued behind that paint are done.
class FirstPaint : public QObject {
  public:
    FirstPaint(QWidget* window, std::function<void()> then)
        : QObject(window), m_then(std::move(then)) {
        window->installEventFilter(this);
    }
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, this, m_then);
        }
        return QObject::eventFilter(watched, event);
    }

  private:
    std::function<void()> m_then;
    bool m_seen = false;
};

void say(const QString& line) {
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// Idle: once the first problem's statement is shown, waits for the window to settle, then
// reports this process's resident memory (the server is a separate process).
void reportWhenProblemOpen(app::MainWindow* window) {
    auto* poll = new QTimer(window);
    QObject::connect(poll, &QTimer::timeout, window, [window, poll] {
        if (window->problems()->rowCount() > 0 && window->currentProblemId() == 0)
            window->problemList()->setCurrentIndex(window->problems()->index(0, 0));
        if (window->currentProblemId() == 0)
            return;
        poll->stop();
        QTimer::singleShot(3000, window, [] {
            say(QStringLiteral("rss_kib %1").arg(residentKib()));
            QApplication::quit();
        });
    });
    poll->start(50);
}

}  // namespace

int runChild(const QString& mode) {
    int argc = 1;
    char name[] = "ide_bench";
    char* argv[] = {name, nullptr};
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("verdict"));
    QApplication::setApplicationName(QStringLiteral("verdict-ide-bench"));
    std::unique_ptr<app::LocalServer> server;
    std::unique_ptr<QWidget> window;
    const bool idle = mode == QLatin1String(kChildIdle);
    if (mode == QLatin1String(kChildBaseline)) {
        auto* plain = new QMainWindow;
        plain->setCentralWidget(new QLabel(QStringLiteral("baseline")));
        plain->resize(1280, 800);
        window.reset(plain);
    } else if (mode == QLatin1String(kChildWindow) || idle) {
        if (idle)
            server = std::make_unique<app::LocalServer>();
        auto* ide = new app::MainWindow(server.get());
        if (idle)
            reportWhenProblemOpen(ide);
        window.reset(ide);
    } else {
        std::fprintf(stderr, "ide_bench: unknown child mode '%s'\n", qPrintable(mode));
        return 2;
    }
    new FirstPaint(window.get(), [idle] {
        say(QStringLiteral("ready"));
        if (idle)
            return;
        say(QStringLiteral("rss_kib %1").arg(residentKib()));
        QApplication::quit();
    });
    window->show();
    if (server)
        server->start();
    const int status = application.exec();
    window.reset();
    return status;
}

}  // namespace verdict::bench::ide
