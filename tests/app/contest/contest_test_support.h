#pragma once
// Shared by the contest-mode tests: a self-signed certificate made with the openssl command
// line, and a contestant account on a real server.
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <string>

#include "server_process.h"

namespace verdict::tests {

// Writes DIR/cert.pem and DIR/key.pem for 127.0.0.1; returns the certificate's SHA-256 (hex,
// lower case, no colons), or "" when openssl failed.
inline QString makeSelfSignedCertificate(const QString& dir) {
    QProcess openssl;
    openssl.start("openssl",
                  {"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                   "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1", "-keyout", dir + "/key.pem",
                   "-out", dir + "/cert.pem"});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        return {};
    openssl.start("openssl",
                  {"x509", "-in", dir + "/cert.pem", "-noout", "-fingerprint", "-sha256"});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        return {};
    const QString line = QString::fromLatin1(openssl.readAllStandardOutput()).trimmed();
    return line.section('=', 1).remove(':').toLower();
}

// Starts `server` with TLS on a fresh self-signed certificate kept in `certs`.
inline bool startWithSelfSignedCertificate(ServerProcess& server, const QTemporaryDir& certs,
                                           QString& fingerprint) {
    fingerprint = makeSelfSignedCertificate(certs.path());
    if (fingerprint.size() != 64)
        return false;
    server.addArguments({"--tls-cert", (certs.path() + "/cert.pem").toStdString(), "--tls-key",
                         (certs.path() + "/key.pem").toStdString()});
    return server.start();
}

constexpr const char* kContestantPassword = "contestant-password-7";

// Creates the user `name` (password kContestantPassword) through the admin account.
inline bool addContestant(ServerProcess& server, const std::string& name) {
    auto admin = server.admin();
    return admin &&
           admin->post("/api/v1/users", {{"username", name}, {"password", kContestantPassword}});
}

inline QString urlOf(const ServerProcess& server) {
    return QString::fromStdString(server.address().toString());
}

}  // namespace verdict::tests
