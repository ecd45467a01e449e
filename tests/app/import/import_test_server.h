#pragma once
// The import tests' server: the real local judge (build/bin/verdict-server) in a scratch
// XDG_DATA_HOME, and a ServerSession holding its admin token, as the IDE has in practice mode.
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <nlohmann/json.hpp>

#include "app_test_env.h"
#include "verdict/app/local_server.h"
#include "verdict/app/server_session.h"
#include "verdict/client/client.h"

namespace verdict::tests {

constexpr int kServerStartMs = 120000;
constexpr int kImportMs = 30000;  // an import takes well under a second

struct ImportTestServer {
    QTemporaryDir home;
    app::LocalServer server;
    app::ServerSession session;
    client::ServerAddress address;
    QString token;

    // Starts the server and connects the session; false (with the reason) when it did not start.
    bool start(QString& error) {
        useScratchDataHome(home);
        server.setDataDirectory(app::LocalServer::defaultDataDirectory());
        QSignalSpy ready(&server, &app::LocalServer::ready);
        QSignalSpy failed(&server, &app::LocalServer::failed);
        server.start();
        if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); },
                             kServerStartMs)) {
            error = "the local server did not start in time";
            return false;
        }
        if (!failed.isEmpty()) {
            error = failed.at(0).at(0).toString();
            return false;
        }
        address = ready.at(0).at(0).value<client::ServerAddress>();
        token = ready.at(0).at(1).toString();
        session.setConnection(address, token);
        return true;
    }

    // The server's problems: short name -> id.
    QMap<QString, int> problems() {
        QMap<QString, int> names;
        client::Client api(address, token.toStdString());
        auto list = api.get("/api/v1/problems");
        if (!list)
            return names;
        for (const auto& problem : *list.value)
            names.insert(QString::fromStdString(problem["short_name"].get<std::string>()),
                         problem["id"].get<int>());
        return names;
    }

    nlohmann::json problem(int id) {
        client::Client api(address, token.toStdString());
        auto shown = api.get("/api/v1/problems/" + std::to_string(id));
        return shown ? *shown.value : nlohmann::json();
    }
};

// Copies a folder tree (a bundled problem, to import under another name).
inline bool copyTree(const QString& from, const QString& to) {
    const QDir source(from);
    if (!QDir().mkpath(to))
        return false;
    for (const QString& name : source.entryList(QDir::Files | QDir::Hidden)) {
        if (!QFile::copy(source.filePath(name), QDir(to).filePath(name)))
            return false;
    }
    for (const QString& name : source.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!copyTree(source.filePath(name), QDir(to).filePath(name)))
            return false;
    }
    return true;
}

}  // namespace verdict::tests
