#include "verdict/app/headless.h"

#include <sys/signalfd.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QSocketNotifier>
#include <csignal>
#include <cstdio>

#include "verdict/app/local_server.h"

namespace verdict::app {

namespace {

void print(const QString& text) {
    std::fprintf(stderr, "verdict-ide: %s\n", qPrintable(text));
}

QString tr(const char* text) {
    return QCoreApplication::translate("verdict::app", text);
}

// SIGINT and SIGTERM arrive as readable data on a signalfd, handled in the event loop.
int quitOnSignals(QCoreApplication& application) {
    sigset_t blocked;
    sigemptyset(&blocked);
    sigaddset(&blocked, SIGINT);
    sigaddset(&blocked, SIGTERM);
    sigprocmask(SIG_BLOCK, &blocked, nullptr);
    const int fd = signalfd(-1, &blocked, SFD_CLOEXEC);
    auto* notifier = new QSocketNotifier(fd, QSocketNotifier::Read, &application);
    QObject::connect(notifier, &QSocketNotifier::activated, &application, [fd] {
        signalfd_siginfo info{};
        (void)::read(fd, &info, sizeof info);
        QCoreApplication::quit();
    });
    return fd;
}

}  // namespace

bool hasDisplay() {
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

int runHeadless(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("verdict"));
    QCoreApplication::setApplicationName(QStringLiteral("verdict-ide"));
    print(
        tr("no display found (DISPLAY and WAYLAND_DISPLAY are unset): starting the local judge "
           "alone."));
    const int fd = quitOnSignals(application);
    LocalServer server;
    QObject::connect(&server, &LocalServer::progressed, &application, print);
    QObject::connect(
        &server, &LocalServer::ready, &application,
        [&server](const client::ServerAddress& address, const QString&) {
            const QString url = QString::fromStdString(address.toString());
            print(tr("the local judge listens at %1 (user admin, password in %2/"
                     "admin-password); Ctrl+C stops it.")
                      .arg(url, server.dataDirectory()));
            print(tr("to use it from a shell: verdict login --server %1 --user admin, then "
                     "verdict problems, verdict submit --problem NAME FILE.")
                      .arg(url));
        });
    QObject::connect(&server, &LocalServer::failed, &application, [](const QString& reason) {
        print(reason);
        QCoreApplication::exit(1);
    });
    QObject::connect(&application, &QCoreApplication::aboutToQuit, &server, &LocalServer::stop);
    server.start();
    const int status = application.exec();
    ::close(fd);
    return status;
}

}  // namespace verdict::app
