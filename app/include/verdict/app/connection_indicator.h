#pragma once
// The status bar's connection state: a coloured dot and a word, the reason as tooltip.
#include <QLabel>

namespace verdict::app {

enum class ConnectionState { Starting, Connected, Failed };

class ConnectionIndicator : public QLabel {
    Q_OBJECT
  public:
    explicit ConnectionIndicator(QWidget* parent = nullptr);

    void setState(ConnectionState state, const QString& detail = {});
    ConnectionState state() const { return m_state; }

  private:
    ConnectionState m_state = ConnectionState::Starting;
};

}  // namespace verdict::app
