#include "verdict/app/contest/contest_connector.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>
#include <chrono>

#include "background.h"

namespace verdict::app::contest {

namespace {

constexpr std::chrono::seconds kLoginTimeout{15};

QString fromStd(const std::string& text) {
    return QString::fromStdString(text);
}

}  // namespace

ContestConnector::ContestConnector(PinStore& pins, QObject* parent)
    : QObject(parent), m_pins(pins) {}

void ContestConnector::connectTo(const QString& url, const QString& username,
                                 const QString& password) {
    if (m_busy)
        return;
    std::string why;
    auto address = client::parseServerAddress(url.trimmed().toStdString(), why);
    if (!address)
        return emit failed(tr("The server address is not valid: %1").arg(fromStd(why)));
    if (username.trimmed().isEmpty())
        return emit failed(tr("Enter your username."));
    address->pinnedSha256 = m_pins.pinnedFor(PinStore::hostPortOf(*address)).toStdString();
    m_address = *address;
    m_url = url.trimmed();
    m_username = username.trimmed();
    m_password = password;
    m_busy = true;
    QPointer<ContestConnector> self(this);
    const auto user = m_username.toStdString();
    const auto secret = m_password.toStdString();
    (void)QtConcurrent::run(&backgroundPool(), [self, target = *address, user, secret] {
        client::Client api(target, {}, kLoginTimeout);
        auto result = api.login(user, secret);
        Outcome outcome{bool(result), api.token(), result.error, api.serverCertificateSha256()};
        onUiThread([self, outcome] {
            if (self)
                self->finish(outcome);
        });
    });
}

void ContestConnector::trustAndRetry() {
    if (m_busy || m_untrustedSha256.isEmpty())
        return;
    m_pins.pin(PinStore::hostPortOf(m_address), m_untrustedSha256);
    m_untrustedSha256.clear();
    connectTo(m_url, m_username, m_password);
}

void ContestConnector::finish(const Outcome& outcome) {
    m_busy = false;
    const QString hostPort = PinStore::hostPortOf(m_address);
    const QString pinned = PinStore::normalised(fromStd(m_address.pinnedSha256));
    const QString presented = fromStd(outcome.presentedSha256);
    if (outcome.ok) {
        m_password.clear();
        return emit connected(m_address, fromStd(outcome.token), m_username);
    }
    const bool certificate = outcome.error.code == "tls" && !presented.isEmpty();
    if (certificate && pinned.isEmpty()) {
        m_untrustedSha256 = presented;  // the password is kept for trustAndRetry()
        return emit certificateUntrusted(hostPort, presented);
    }
    m_password.clear();
    if (certificate && presented != pinned)
        return emit certificateChanged(hostPort, pinned, presented);
    emit failed(describeFailure(outcome.error));
}

QString ContestConnector::describeFailure(const client::ClientError& error) const {
    const QString detail = fromStd(error.describe());
    if (error.code == "bad_credentials")
        return tr("Wrong username or password for %1.").arg(m_url);
    if (error.code == "timeout")
        return tr("%1 did not answer in time (%2).").arg(m_url, detail);
    if (error.code == "connection")
        return tr("Cannot reach %1: %2").arg(m_url, detail);
    if (error.code == "tls")
        return tr("A secure connection to %1 failed: %2").arg(m_url, detail);
    if (error.status == 429)
        return tr("Too many login attempts; wait a minute and try again (%1).").arg(detail);
    return tr("%1 refused the login: %2").arg(m_url, detail);
}

QString ContestConnector::changedCertificateWarning(const QString& hostPort, const QString& pinned,
                                                    const QString& presented) {
    return tr("The certificate of %1 has changed. You pinned SHA-256 %2, but the server now "
              "presents %3. The connection was refused: this can be an attack. If the "
              "organisers announced a new certificate, remove the old pin and connect again.")
        .arg(hostPort, PinStore::displayed(pinned), PinStore::displayed(presented));
}

}  // namespace verdict::app::contest
