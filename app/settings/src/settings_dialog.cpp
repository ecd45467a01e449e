#include "verdict/app/settings/settings_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace verdict::app {

namespace {

// A language's name in that language ("Deutsch", "русский"), so a user who cannot read the
// current one still finds theirs.
QString nativeName(const QString& language) {
    QString name = QLocale(language).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QSpinBox* spinBox(int low, int high, const QString& suffix, const QString& objectName) {
    auto* box = new QSpinBox;
    box->setRange(low, high);
    box->setSuffix(suffix);
    box->setObjectName(objectName);
    return box;
}

void selectData(QComboBox* combo, const QVariant& data) {
    const int index = combo->findData(data);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

}  // namespace

SettingsDialog::SettingsDialog(Settings* settings, QWidget* parent)
    : QDialog(parent), m_settings(settings) {
    setWindowTitle(tr("Settings"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildAppearance());
    layout->addWidget(buildEditor());
    layout->addWidget(buildJudge());
    buildButtons();
    showValues(m_settings->values());
}

QWidget* SettingsDialog::buildAppearance() {
    auto* group = new QGroupBox(tr("Appearance"));
    auto* form = new QFormLayout(group);
    m_theme = new QComboBox;
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("Follow the system"), static_cast<int>(editor::ThemeMode::System));
    m_theme->addItem(tr("Light"), static_cast<int>(editor::ThemeMode::Light));
    m_theme->addItem(tr("Dark"), static_cast<int>(editor::ThemeMode::Dark));
    form->addRow(tr("&Theme:"), m_theme);
    m_uiLanguage = new QComboBox;
    m_uiLanguage->setObjectName(QStringLiteral("uiLanguage"));
    for (const QString& language : Settings::uiLanguages())
        m_uiLanguage->addItem(language.isEmpty() ? tr("System language") : nativeName(language),
                              language);
    form->addRow(tr("&Language:"), m_uiLanguage);
    m_restartNote = new QLabel(tr("The new language is used after Verdict restarts."));
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);
    form->addRow(m_restartNote);
    connect(m_uiLanguage, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::updateRestartNote);
    return group;
}

QWidget* SettingsDialog::buildEditor() {
    auto* group = new QGroupBox(tr("Editor"));
    auto* form = new QFormLayout(group);
    m_fontFamily = new QFontComboBox;
    m_fontFamily->setObjectName(QStringLiteral("fontFamily"));
    m_fontFamily->setFontFilters(QFontComboBox::MonospacedFonts);
    form->addRow(tr("&Font:"), m_fontFamily);
    m_fontSize = spinBox(Settings::kMinFontSize, Settings::kMaxFontSize, tr(" pt"),
                         QStringLiteral("fontSize"));
    form->addRow(tr("Font &size:"), m_fontSize);
    m_tabWidth = spinBox(Settings::kMinTabWidth, Settings::kMaxTabWidth, QString(),
                         QStringLiteral("tabWidth"));
    form->addRow(tr("Ta&b width:"), m_tabWidth);
    m_autosaveDelay = spinBox(Settings::kMinAutosaveDelayMs, Settings::kMaxAutosaveDelayMs,
                              tr(" ms"), QStringLiteral("autosaveDelay"));
    m_autosaveDelay->setSingleStep(100);
    form->addRow(tr("&Autosave after:"), m_autosaveDelay);
    m_defaultLanguage = new QComboBox;
    m_defaultLanguage->setObjectName(QStringLiteral("defaultLanguage"));
    form->addRow(tr("Language of &new files:"), m_defaultLanguage);
    return group;
}

QWidget* SettingsDialog::buildJudge() {
    auto* group = new QGroupBox(tr("Judge and Competitive Companion"));
    auto* form = new QFormLayout(group);
    m_confirmSubmit = new QCheckBox(tr("As&k before submitting"));
    m_confirmSubmit->setObjectName(QStringLiteral("confirmSubmit"));
    form->addRow(m_confirmSubmit);
    m_companionEnabled = new QCheckBox(tr("&Receive problems from Competitive Companion"));
    m_companionEnabled->setObjectName(QStringLiteral("companionEnabled"));
    form->addRow(m_companionEnabled);
    m_companionPort = spinBox(Settings::kMinCompanionPort, Settings::kMaxCompanionPort, QString(),
                              QStringLiteral("companionPort"));
    form->addRow(tr("&Port:"), m_companionPort);
    connect(m_companionEnabled, &QCheckBox::toggled, m_companionPort, &QWidget::setEnabled);
    return group;
}

void SettingsDialog::buildButtons() {
    auto* buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                             QDialogButtonBox::Apply | QDialogButtonBox::RestoreDefaults);
    // Our own texts: Qt's translations of the standard buttons are not always installed.
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    buttons->button(QDialogButtonBox::Apply)->setText(tr("&Apply"));
    buttons->button(QDialogButtonBox::RestoreDefaults)->setText(tr("Restore &Defaults"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::apply);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::showDefaults);
    layout()->addWidget(buttons);
}

void SettingsDialog::setLanguageChoices(const QList<std::pair<QString, QString>>& choices) {
    const QString current = formValues().defaultLanguage;
    m_defaultLanguage->clear();
    for (const auto& [id, name] : choices)
        m_defaultLanguage->addItem(name, id);
    if (m_defaultLanguage->findData(current) < 0)
        m_defaultLanguage->addItem(current, current);
    selectData(m_defaultLanguage, current);
}

Settings::Values SettingsDialog::formValues() const {
    Settings::Values values;
    values.theme = static_cast<editor::ThemeMode>(m_theme->currentData().toInt());
    values.uiLanguage = m_uiLanguage->currentData().toString();
    const QString boxFamily = m_fontFamily->currentFont().family();
    values.fontFamily = boxFamily == m_boxFamilyShown ? m_shownFamily : boxFamily;
    values.fontSize = m_fontSize->value();
    values.tabWidth = m_tabWidth->value();
    values.autosaveDelayMs = m_autosaveDelay->value();
    values.defaultLanguage = m_defaultLanguage->currentData().toString();
    values.confirmBeforeSubmit = m_confirmSubmit->isChecked();
    values.companionEnabled = m_companionEnabled->isChecked();
    values.companionPort = m_companionPort->value();
    return values;
}

void SettingsDialog::showValues(const Settings::Values& values) {
    selectData(m_theme, static_cast<int>(values.theme));
    selectData(m_uiLanguage, values.uiLanguage);
    m_fontFamily->setCurrentFont(QFont(values.fontFamily));
    m_shownFamily = values.fontFamily;
    m_boxFamilyShown = m_fontFamily->currentFont().family();
    m_fontSize->setValue(values.fontSize);
    m_tabWidth->setValue(values.tabWidth);
    m_autosaveDelay->setValue(values.autosaveDelayMs);
    if (m_defaultLanguage->findData(values.defaultLanguage) < 0)
        m_defaultLanguage->addItem(values.defaultLanguage, values.defaultLanguage);
    selectData(m_defaultLanguage, values.defaultLanguage);
    m_confirmSubmit->setChecked(values.confirmBeforeSubmit);
    m_companionEnabled->setChecked(values.companionEnabled);
    m_companionPort->setValue(values.companionPort);
    m_companionPort->setEnabled(values.companionEnabled);
    updateRestartNote();
}

bool SettingsDialog::apply() {
    const bool stored = m_settings->apply(formValues());
    if (!stored)
        showValues(m_settings->values());
    return stored;
}

void SettingsDialog::accept() {
    if (apply())
        QDialog::accept();
}

void SettingsDialog::showDefaults() {
    showValues(Settings::defaults());
}

void SettingsDialog::updateRestartNote() {
    m_restartNote->setVisible(m_uiLanguage->currentData().toString() !=
                              m_settings->uiLanguageAtStart());
}

}  // namespace verdict::app
