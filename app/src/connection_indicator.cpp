#include "verdict/app/connection_indicator.h"

namespace verdict::app {

ConnectionIndicator::ConnectionIndicator(QWidget* parent) : QLabel(parent) {
    setTextFormat(Qt::RichText);
    setState(ConnectionState::Starting);
}

void ConnectionIndicator::setState(ConnectionState state, const QString& detail) {
    m_state = state;
    QString colour;
    QString word;
    switch (state) {
        case ConnectionState::Starting:
            colour = QStringLiteral("#d9a000");
            word = tr("Connecting…");
            break;
        case ConnectionState::Connected:
            colour = QStringLiteral("#2e9d4a");
            word = tr("Connected");
            break;
        case ConnectionState::Failed:
            colour = QStringLiteral("#d03b3b");
            word = tr("Not connected");
            break;
    }
    setText(
        QStringLiteral("<span style=\"color:%1\">●</span> %2").arg(colour, word.toHtmlEscaped()));
    setToolTip(detail);
}

}  // namespace verdict::app
