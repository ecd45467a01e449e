#pragma once
// Shared by the IDE tests that start the real server: a private XDG_DATA_HOME and
// XDG_CONFIG_HOME per run, so the local server's data dir (and its admin password) and the
// settings are fresh and nothing of the user's is touched.
#include <QCoreApplication>
#include <QTemporaryDir>

namespace verdict::tests {

inline void useScratchDataHome(const QTemporaryDir& home) {
    qputenv("XDG_DATA_HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (home.path() + "/config").toUtf8());  // settings, pins
    QCoreApplication::setOrganizationName("verdict");
    QCoreApplication::setApplicationName("verdict-ide-test");
}

}  // namespace verdict::tests
