// MainWindow and the settings: the dialog (Ctrl+,), the theme for the whole window and the
// editor, the editor's font and tab width, the Competitive Companion port, the autosave delay.
#include <QComboBox>
#include <QMenuBar>

#include "verdict/app/import/companion_listener.h"
#include "verdict/app/main_window.h"
#include "verdict/app/settings/settings.h"
#include "verdict/app/settings/settings_action.h"
#include "verdict/app/settings/theme_controller.h"
#include "verdict/app/workspace/autosaver.h"
#include "verdict/editor/code_editor.h"

namespace verdict::app {

void MainWindow::setUpSettings() {
    m_theme = new ThemeController(this);
    m_theme->setMode(m_settings->theme());
    m_theme->attach(m_editor);
    connect(m_settings, &Settings::themeChanged, m_theme, &ThemeController::setMode);
    m_editor->setEditorFont(m_settings->editorFont());
    connect(m_settings, &Settings::editorFontChanged, m_editor, &editor::CodeEditor::setEditorFont);
    connect(m_settings, &Settings::tabWidthChanged, this, &MainWindow::applyTabWidth);
    connect(m_settings, &Settings::companionChanged, this, &MainWindow::applyCompanionSettings);
    m_settingsAction = new SettingsAction(m_settings, this);
}

void MainWindow::applyTabWidth() {
    const int width = m_settings->tabWidth();
    m_editor->setIndentationWidth(width);
    m_editor->setTabWidth(width);
}

void MainWindow::applyCompanionSettings() {
    m_companion->stop();
    m_companion->setPort(quint16(m_settings->companionPort()));
    if (m_practising && m_settings->companionEnabled())
        m_companion->start();
}

void MainWindow::offerLanguagesToSettings() {
    QList<std::pair<QString, QString>> choices;
    for (int i = 0; i < m_languages->count(); ++i)
        choices.append({m_languages->itemData(i).toString(), m_languages->itemText(i)});
    m_settingsAction->setLanguageChoices(choices);
}

}  // namespace verdict::app
