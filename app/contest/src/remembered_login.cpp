#include "verdict/app/contest/remembered_login.h"

namespace verdict::app::contest {

namespace {

const QString kUrl = QStringLiteral("contest/server-url");
const QString kUsername = QStringLiteral("contest/username");

}  // namespace

RememberedLogin RememberedLogin::load(const QSettings& settings) {
    return {settings.value(kUrl).toString(), settings.value(kUsername).toString()};
}

void RememberedLogin::save(QSettings& settings) const {
    settings.setValue(kUrl, url);
    settings.setValue(kUsername, username);
    settings.sync();
}

void RememberedLogin::forget(QSettings& settings) {
    settings.remove(kUrl);
    settings.remove(kUsername);
    settings.sync();
}

}  // namespace verdict::app::contest
