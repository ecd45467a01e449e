#include "verdict/app/contest/connect_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "verdict/app/contest/remembered_login.h"

namespace verdict::app::contest {

ConnectDialog::ConnectDialog(PinStore& pins, QSettings& settings, QWidget* parent)
    : QDialog(parent),
      m_settings(settings),
      m_pins(pins),
      m_connector(pins),
      m_url(new QLineEdit),
      m_username(new QLineEdit),
      m_password(new QLineEdit),
      m_remember(new QCheckBox(tr("Remember the server and username"))),
      m_status(new QLabel),
      m_certificate(new QGroupBox(tr("Server certificate"))),
      m_certificateText(new QLabel),
      m_trust(new QPushButton(tr("Trust and pin this certificate"))),
      m_forget(new QPushButton(tr("Forget the pinned certificate"))),
      m_rejectCertificate(new QPushButton(tr("Cancel"))),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)) {
    setWindowTitle(tr("Connect to contest server"));
    m_url->setObjectName("url");
    m_url->setPlaceholderText(tr("https://contest.example.org:8443"));
    m_username->setObjectName("username");
    m_password->setObjectName("password");
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName("remember");
    m_status->setObjectName("status");
    m_status->setWordWrap(true);
    m_certificateText->setObjectName("certificateText");
    m_certificateText->setWordWrap(true);
    m_certificateText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trust->setObjectName("trust");
    m_forget->setObjectName("forget");
    m_rejectCertificate->setObjectName("rejectCertificate");
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));

    auto* certificateLayout = new QVBoxLayout(m_certificate);
    certificateLayout->addWidget(m_certificateText);
    auto* certificateButtons = new QHBoxLayout;
    certificateButtons->addStretch();
    certificateButtons->addWidget(m_forget);
    certificateButtons->addWidget(m_trust);
    certificateButtons->addWidget(m_rejectCertificate);
    certificateLayout->addLayout(certificateButtons);
    m_certificate->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Server URL:"), m_url);
    form->addRow(tr("Username:"), m_username);
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), m_remember);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_certificate);
    layout->addWidget(m_buttons);

    const auto remembered = RememberedLogin::load(settings);
    m_url->setText(remembered.url);
    m_username->setText(remembered.username);
    m_remember->setChecked(!remembered.url.isEmpty());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::startConnecting);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_trust, &QPushButton::clicked, this, [this] {
        m_certificate->hide();
        setBusy(true);
        m_connector.trustAndRetry();
    });
    connect(m_forget, &QPushButton::clicked, this, [this] {
        m_pins.forget(m_certificateHost);
        m_certificate->hide();
        m_status->setText(tr("The pinned certificate of %1 was forgotten.").arg(m_certificateHost));
    });
    connect(m_rejectCertificate, &QPushButton::clicked, this, [this] {
        m_certificate->hide();
        m_status->setText(tr("Not connected: the certificate was not trusted."));
    });
    connect(&m_connector, &ContestConnector::connected, this, &ConnectDialog::onConnected);
    connect(&m_connector, &ContestConnector::failed, this, &ConnectDialog::onFailed);
    connect(&m_connector, &ContestConnector::certificateUntrusted, this,
            &ConnectDialog::onCertificateUntrusted);
    connect(&m_connector, &ContestConnector::certificateChanged, this,
            &ConnectDialog::onCertificateChanged);
}

void ConnectDialog::startConnecting() {
    m_certificate->hide();
    setBusy(true);
    m_status->setText(tr("Connecting to %1…").arg(m_url->text().trimmed()));
    m_connector.connectTo(m_url->text(), m_username->text(), m_password->text());
}

void ConnectDialog::onConnected(const client::ServerAddress& address, const QString& token,
                                const QString& username) {
    setBusy(false);
    if (m_remember->isChecked())
        RememberedLogin{m_url->text().trimmed(), username}.save(m_settings);
    else
        RememberedLogin::forget(m_settings);
    m_password->clear();
    m_status->setText(tr("Connected."));
    emit connected(address, token, username);
    accept();
}

void ConnectDialog::onFailed(const QString& reason) {
    setBusy(false);
    m_status->setText(reason);
}

void ConnectDialog::onCertificateUntrusted(const QString& hostPort, const QString& sha256) {
    setBusy(false);
    m_certificateHost = hostPort;
    m_status->clear();
    showCertificate(tr("%1 presents a certificate that no trusted authority signed (for example "
                       "a contest server's self-signed one). Its SHA-256 fingerprint is\n%2\n"
                       "Trust it only if it matches the fingerprint the organisers published.")
                        .arg(hostPort, PinStore::displayed(sha256)),
                    true);
}

void ConnectDialog::onCertificateChanged(const QString& hostPort, const QString& pinned,
                                         const QString& presented) {
    setBusy(false);
    m_certificateHost = hostPort;
    m_status->setText(tr("Refused: the server's certificate changed."));
    showCertificate(ContestConnector::changedCertificateWarning(hostPort, pinned, presented),
                    false);
}

void ConnectDialog::showCertificate(const QString& text, bool offerTrust) {
    m_certificateText->setText(text);
    m_trust->setVisible(offerTrust);
    m_forget->setVisible(!offerTrust);
    m_rejectCertificate->setText(offerTrust ? tr("Cancel") : tr("Close"));
    m_certificate->show();
}

void ConnectDialog::setBusy(bool busy) {
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_url->setEnabled(!busy);
    m_username->setEnabled(!busy);
    m_password->setEnabled(!busy);
}

}  // namespace verdict::app::contest
