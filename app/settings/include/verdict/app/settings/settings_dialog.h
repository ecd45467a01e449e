#pragma once
// The Settings dialog: a form over Settings (OK / Cancel / Apply / Restore Defaults).

#include "verdict/app/settings/settings.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <utility>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QLabel;
class QSpinBox;

namespace verdict::app {

class SettingsDialog : public QDialog {
    Q_OBJECT
  public:
    // Shows settings' values; nothing is stored before OK or Apply.
    explicit SettingsDialog(Settings* settings, QWidget* parent = nullptr);

    // The languages offered for new buffers, as (id, display name); the server's list.
    void setLanguageChoices(const QList<std::pair<QString, QString>>& choices);

    Settings::Values formValues() const;
    void showValues(const Settings::Values& values);

  public slots:
    // Stores the form; false when Settings refused a value (the form then shows what is stored).
    bool apply();
    void accept() override;
    // Fills the form with the defaults; OK or Apply stores them.
    void showDefaults();

  private:
    QWidget* buildAppearance();
    QWidget* buildEditor();
    QWidget* buildJudge();
    void buildButtons();
    void updateRestartNote();

    Settings* m_settings;
    QComboBox* m_theme = nullptr;
    QComboBox* m_uiLanguage = nullptr;
    QLabel* m_restartNote = nullptr;
    QFontComboBox* m_fontFamily = nullptr;
    QSpinBox* m_fontSize = nullptr;
    QSpinBox* m_tabWidth = nullptr;
    QSpinBox* m_autosaveDelay = nullptr;
    QComboBox* m_defaultLanguage = nullptr;
    QCheckBox* m_confirmSubmit = nullptr;
    QCheckBox* m_companionEnabled = nullptr;
    // The family shown by showValues() and what the font box made of it: an alias such as
    // "Monospace" is not in the box's list, and must survive an OK that did not touch the font.
    QString m_shownFamily;
    QString m_boxFamilyShown;
    QSpinBox* m_companionPort = nullptr;
};

}  // namespace verdict::app
