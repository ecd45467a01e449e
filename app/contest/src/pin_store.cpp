#include "verdict/app/contest/pin_store.h"

namespace verdict::app::contest {

namespace {

const QString kGroup = QStringLiteral("contest/pinned-certificates");

// QSettings treats '/' and '\' in keys as separators; host:port has neither, but be safe.
QString keyOf(const QString& hostPort) {
    return QString::fromLatin1(hostPort.toUtf8().toPercentEncoding(":[]"));
}

}  // namespace

PinStore::PinStore(QSettings& settings) : m_settings(settings) {}

QString PinStore::pinnedFor(const QString& hostPort) const {
    return m_settings.value(kGroup + '/' + keyOf(hostPort)).toString();
}

void PinStore::pin(const QString& hostPort, const QString& sha256) {
    m_settings.setValue(kGroup + '/' + keyOf(hostPort), normalised(sha256));
    m_settings.sync();
}

void PinStore::forget(const QString& hostPort) {
    m_settings.remove(kGroup + '/' + keyOf(hostPort));
    m_settings.sync();
}

QString PinStore::hostPortOf(const client::ServerAddress& address) {
    const QString host = QString::fromStdString(address.host);
    const QString port = QString::fromStdString(address.port);
    return host.contains(':') ? QStringLiteral("[%1]:%2").arg(host, port) : host + ':' + port;
}

QString PinStore::normalised(const QString& sha256) {
    QString out;
    for (QChar c : sha256) {
        if (c != ':' && !c.isSpace())
            out += c.toLower();
    }
    return out;
}

QString PinStore::displayed(const QString& sha256) {
    const QString hex = normalised(sha256).toUpper();
    QStringList pairs;
    for (int i = 0; i < hex.size(); i += 2)
        pairs << hex.mid(i, 2);
    return pairs.join(':');
}

}  // namespace verdict::app::contest
