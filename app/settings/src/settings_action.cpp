#include "verdict/app/settings/settings_action.h"

#include "verdict/app/settings/settings_dialog.h"

namespace verdict::app {

SettingsAction::SettingsAction(Settings* settings, QWidget* window)
    : QAction(tr("&Settings…"), window), m_settings(settings), m_window(window) {
    setObjectName(QStringLiteral("settingsAction"));
    setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    setMenuRole(QAction::PreferencesRole);
    setStatusTip(tr("Change the theme, the editor font, the language and other preferences"));
    connect(this, &QAction::triggered, this, &SettingsAction::openDialog);
}

void SettingsAction::setLanguageChoices(const QList<std::pair<QString, QString>>& choices) {
    m_choices = choices;
    if (m_dialog != nullptr)
        m_dialog->setLanguageChoices(choices);
}

void SettingsAction::openDialog() {
    if (m_dialog == nullptr) {
        m_dialog = new SettingsDialog(m_settings, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (!m_choices.isEmpty())
            m_dialog->setLanguageChoices(m_choices);
        m_dialog->open();
    }
    m_dialog->raise();
    m_dialog->activateWindow();
}

}  // namespace verdict::app
