#pragma once
// What "Remember" in the connect dialog keeps between runs: the server URL and the username.
// Never the password.
#include <QSettings>
#include <QString>

namespace verdict::app::contest {

struct RememberedLogin {
    QString url;
    QString username;

    static RememberedLogin load(const QSettings& settings);  // empty when nothing was remembered
    void save(QSettings& settings) const;
    static void forget(QSettings& settings);
};

}  // namespace verdict::app::contest
