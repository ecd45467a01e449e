#pragma once
// "Connect to contest server…": URL, username, password, Remember (URL and username only).
// Thin: the work is ContestConnector's. A self-signed certificate shows its fingerprint with
// "Trust and pin this certificate" / "Cancel"; a changed pinned certificate shows both
// fingerprints and is refused.
#include <QDialog>

#include "verdict/app/contest/contest_connector.h"

class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace verdict::app::contest {

class ConnectDialog : public QDialog {
    Q_OBJECT
  public:
    ConnectDialog(PinStore& pins, QSettings& settings, QWidget* parent = nullptr);

    ContestConnector& connector() { return m_connector; }

  signals:
    // Logged in; the dialog then closes with Accepted.
    void connected(const verdict::client::ServerAddress& address, const QString& token,
                   const QString& username);

  private:
    void startConnecting();
    void onConnected(const client::ServerAddress& address, const QString& token,
                     const QString& username);
    void onFailed(const QString& reason);
    void onCertificateUntrusted(const QString& hostPort, const QString& sha256);
    void onCertificateChanged(const QString& hostPort, const QString& pinned,
                              const QString& presented);
    void showCertificate(const QString& text, bool offerTrust);
    void setBusy(bool busy);

    QSettings& m_settings;
    PinStore& m_pins;
    ContestConnector m_connector;
    QString m_certificateHost;
    QLineEdit* m_url;
    QLineEdit* m_username;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QLabel* m_status;
    QGroupBox* m_certificate;
    QLabel* m_certificateText;
    QPushButton* m_trust;
    QPushButton* m_forget;
    QPushButton* m_rejectCertificate;
    QDialogButtonBox* m_buttons;
};

}  // namespace verdict::app::contest
