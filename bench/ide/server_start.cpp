// The local judge's start, which the start-up figure leaves out: LocalServer::start() to ready()
// (server up, admin logged in, bundled problems uploaded or found), the first time in a fresh
// data dir and again once they are there; against verdict-server alone reaching its port file.
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <algorithm>

#include "ide_bench.h"
#include "verdict/app/local_server.h"

namespace verdict::bench::ide {

namespace {

double startLocalServer(const QString& dataDir) {
    app::LocalServer server;
    server.setDataDirectory(dataDir);
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&server, &app::LocalServer::ready, &loop, [&] {
        ok = true;
        loop.quit();
    });
    QObject::connect(&server, &app::LocalServer::failed, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    server.start();
    loop.exec();
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    server.stop();
    return ok ? ms : -1;
}

double startBareServer(const QString& dataDir) {
    const QString portFile = QDir(dataDir).filePath(QStringLiteral("bare-port"));
    QFile::remove(portFile);
    QProcess server;
    QElapsedTimer clock;
    clock.start();
    server.start(app::LocalServer::serverBinary(),
                 {"--data", dataDir, "--listen", "127.0.0.1:0", "--port-file", portFile});
    while (!QFile::exists(portFile) && clock.elapsed() < 20000)
        QThread::msleep(2);
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    server.terminate();
    server.waitForFinished(10000);
    return QFile::exists(portFile) ? ms : -1;
}

}  // namespace

QStringList measureServerStart(int runs) {
    QTemporaryDir fresh, bare;
    const double first = startLocalServer(fresh.filePath(QStringLiteral("server")));
    double again = 1e9, alone = 1e9;
    for (int i = 0; i < runs; ++i) {
        again = std::min(again, startLocalServer(fresh.filePath(QStringLiteral("server"))));
        alone = std::min(alone, startBareServer(bare.path()));
    }
    if (first < 0 || again < 0 || alone < 0)
        return {QStringLiteral("local server start: a server did not start (see its log)")};
    return {
        QStringLiteral("local judge start (LocalServer::start to ready; best of %1)").arg(runs),
        QStringLiteral("  first start, uploads the bundled problems  %1 ms").arg(first, 0, 'f', 0),
        QStringLiteral("  later starts, problems present            %1 ms").arg(again, 0, 'f', 0),
        QStringLiteral("  verdict-server alone to its port file     %1 ms").arg(alone, 0, 'f', 0),
        QStringLiteral("  ratio later start/server alone %1").arg(again / alone, 0, 'f', 2)};
}

}  // namespace verdict::bench::ide
