#include "verdict/app/local_server.h"

#include <sys/prctl.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>
#include <csignal>

#include "verdict/app/admin_password.h"
#include "verdict/app/bundled_problems.h"

namespace verdict::app {

namespace {

constexpr int kPollMs = 50;
constexpr int kStartTimeoutMs = 20000;
constexpr int kDrainSeconds = 3;

struct Prepared {
    QString token;
    QString error;
};

// Logs in and uploads the bundled problems (worker thread).
Prepared prepare(const client::ServerAddress& address, const QString& password) {
    client::Client api(address);
    auto login = api.login("admin", password.toStdString());
    if (!login)
        return {{},
                QCoreApplication::translate("verdict::app::LocalServer", "Login failed: %1")
                    .arg(QString::fromStdString(login.error.describe()))};
    UploadReport report = uploadBundledProblems(api, bundledProblemsDirectory());
    return {QString::fromStdString(api.token()), report.error};
}

}  // namespace

LocalServer::LocalServer(QObject* parent) : QObject(parent), m_dataDir(defaultDataDirectory()) {
    qRegisterMetaType<client::ServerAddress>();
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &LocalServer::pollPortFile);
}

LocalServer::~LocalServer() {
    stop();
}

QString LocalServer::serverBinary() {
    if (QString path = qEnvironmentVariable("VERDICT_SERVER_BINARY"); !path.isEmpty())
        return path;
    return QCoreApplication::applicationDirPath() + QStringLiteral("/verdict-server");
}

QString LocalServer::defaultDataDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/server");
}

void LocalServer::start() {
    if (isRunning())
        return;
    if (!QDir().mkpath(m_dataDir))
        return fail(tr("Cannot create the data directory %1").arg(m_dataDir));
    QString error;
    m_password = loadOrCreateAdminPassword(m_dataDir, error);
    if (m_password.isEmpty())
        return fail(error);
    const QDir data(m_dataDir);
    QFile::remove(data.filePath("port"));
    QFile config(data.filePath("ide-config.json"));
    if (config.open(QIODevice::WriteOnly))
        config.write(QStringLiteral("{\"drain_seconds\": %1}\n").arg(kDrainSeconds).toUtf8());
    config.close();

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("VERDICT_ADMIN_PASSWORD", m_password);
    m_process.setProcessEnvironment(environment);
    m_process.setStandardOutputFile(data.filePath("server.out"), QIODevice::Append);
    m_process.setStandardErrorFile(data.filePath("server.log"));
    // An IDE killed without quitting must not leave its judge behind: the kernel sends the
    // server SIGTERM (a clean drain) when the IDE dies. Signals the IDE blocks (headless mode
    // reads them from a signalfd) are unblocked for the server.
    m_process.setChildProcessModifier([] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        sigset_t none;
        sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr);
    });
    m_process.start(serverBinary(), {"--data", m_dataDir, "--listen", "127.0.0.1:0", "--port-file",
                                     data.filePath("port"), "--config", config.fileName()});
    if (!m_process.waitForStarted())
        return fail(tr("Cannot start %1: %2").arg(serverBinary(), m_process.errorString()));
    emit progressed(tr("Starting the local judge…"));
    m_waited.start();
    m_poll.start();
}

void LocalServer::pollPortFile() {
    QFile file(QDir(m_dataDir).filePath("port"));
    if (file.open(QIODevice::ReadOnly)) {
        const QString text = QString::fromUtf8(file.readAll());
        if (text.endsWith('\n')) {
            m_poll.stop();
            return onPortKnown(text.trimmed());
        }
    }
    if (m_process.state() == QProcess::NotRunning) {
        m_poll.stop();
        return fail(tr("The local judge stopped at start (exit status %1):\n%2")
                        .arg(m_process.exitCode())
                        .arg(logTail()));
    }
    if (m_waited.elapsed() > kStartTimeoutMs) {
        m_poll.stop();
        stop();
        fail(
            tr("The local judge did not start listening within %1 s.").arg(kStartTimeoutMs / 1000));
    }
}

void LocalServer::onPortKnown(const QString& port) {
    client::ServerAddress address;
    address.host = "127.0.0.1";
    address.port = port.toStdString();
    emit progressed(tr("Loading the example problems…"));
    auto* watcher = new QFutureWatcher<Prepared>(this);
    connect(watcher, &QFutureWatcher<Prepared>::finished, this, [this, watcher, address] {
        watcher->deleteLater();
        const Prepared prepared = watcher->result();
        if (prepared.token.isEmpty())
            return fail(prepared.error);
        // A problem that did not load leaves the others usable.
        if (!prepared.error.isEmpty())
            emit progressed(tr("Some example problems are missing: %1").arg(prepared.error));
        emit ready(address, prepared.token);
    });
    watcher->setFuture(QtConcurrent::run(prepare, address, m_password));
}

void LocalServer::stop() {
    m_poll.stop();
    if (!isRunning())
        return;
    m_process.terminate();
    if (!m_process.waitForFinished((kDrainSeconds + 5) * 1000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

void LocalServer::fail(const QString& reason) {
    emit failed(reason);
}

QString LocalServer::logTail() const {
    QFile log(QDir(m_dataDir).filePath("server.log"));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = log.readAll();
    return QString::fromUtf8(text.right(2000));
}

}  // namespace verdict::app
