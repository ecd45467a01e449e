#include "verdict/app/settings/settings.h"

#include <QFontDatabase>
#include <QRegularExpression>

#include <algorithm>
#include <iterator>

namespace verdict::app {

namespace {

// The names under which the values are stored; changing one loses the user's setting.
const QString kTheme = QStringLiteral("appearance/theme");
const QString kFontFamily = QStringLiteral("editor/fontFamily");
const QString kFontSize = QStringLiteral("editor/fontSize");
const QString kTabWidth = QStringLiteral("editor/tabWidth");
const QString kUiLanguage = QStringLiteral("appearance/uiLanguage");
const QString kCompanionEnabled = QStringLiteral("companion/enabled");
const QString kCompanionPort = QStringLiteral("companion/port");
const QString kAutosaveDelay = QStringLiteral("editor/autosaveDelayMs");
const QString kDefaultLanguage = QStringLiteral("editor/defaultLanguage");
const QString kConfirmSubmit = QStringLiteral("judge/confirmBeforeSubmit");

const QString kDefaultLanguageId = QStringLiteral("cpp");

QString themeName(editor::ThemeMode mode) {
    switch (mode) {
        case editor::ThemeMode::Light:
            return QStringLiteral("light");
        case editor::ThemeMode::Dark:
            return QStringLiteral("dark");
        case editor::ThemeMode::System:
            break;
    }
    return QStringLiteral("system");
}

bool inRange(int value, int low, int high) {
    return value >= low && value <= high;
}

// A stored integer, or the default when it is missing, not a number or out of range (a
// hand-edited file must not put the IDE into a state the dialog could not produce).
int readInt(const QSettings& store, const QString& name, int fallback, int low, int high) {
    bool ok = false;
    const int value = store.value(name).toInt(&ok);
    return ok && inRange(value, low, high) ? value : fallback;
}

bool isLanguageId(const QString& id) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_+.-]{0,31}$"));
    return pattern.match(id).hasMatch();
}

}  // namespace

Settings::Settings(QObject* parent)
    : QObject(parent), m_store(std::make_unique<QSettings>()), m_uiLanguageAtStart(uiLanguage()) {}

Settings::Settings(const QString& iniFile, QObject* parent)
    : QObject(parent),
      m_store(std::make_unique<QSettings>(iniFile, QSettings::IniFormat)),
      m_uiLanguageAtStart(uiLanguage()) {}

Settings::~Settings() = default;

QStringList Settings::uiLanguages() {
    return {QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN"),
            QStringLiteral("ru")};
}

QString Settings::defaultFontFamily() {
    return QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
}

Settings::Values Settings::defaults() {
    Values values;
    values.fontFamily = defaultFontFamily();
    values.defaultLanguage = kDefaultLanguageId;
    return values;
}

Settings::Values Settings::values() const {
    Values values;
    values.theme = theme();
    values.fontFamily = editorFontFamily();
    values.fontSize = editorFontSize();
    values.tabWidth = tabWidth();
    values.uiLanguage = uiLanguage();
    values.companionEnabled = companionEnabled();
    values.companionPort = companionPort();
    values.autosaveDelayMs = autosaveDelayMs();
    values.defaultLanguage = defaultLanguage();
    values.confirmBeforeSubmit = confirmBeforeSubmit();
    return values;
}

bool Settings::apply(const Values& values) {
    // Not short-circuited: a refused value must not keep the others from being stored.
    const bool results[] = {
        setTheme(values.theme),
        setEditorFontFamily(values.fontFamily),
        setEditorFontSize(values.fontSize),
        setTabWidth(values.tabWidth),
        setUiLanguage(values.uiLanguage),
        setCompanionEnabled(values.companionEnabled),
        setCompanionPort(values.companionPort),
        setAutosaveDelayMs(values.autosaveDelayMs),
        setDefaultLanguage(values.defaultLanguage),
        setConfirmBeforeSubmit(values.confirmBeforeSubmit),
    };
    return std::all_of(std::begin(results), std::end(results), [](bool ok) { return ok; });
}

editor::ThemeMode Settings::theme() const {
    const QString name = m_store->value(kTheme).toString();
    if (name == QLatin1String("light"))
        return editor::ThemeMode::Light;
    if (name == QLatin1String("dark"))
        return editor::ThemeMode::Dark;
    return editor::ThemeMode::System;
}

QString Settings::editorFontFamily() const {
    const QString family = m_store->value(kFontFamily).toString().trimmed();
    return family.isEmpty() ? defaultFontFamily() : family;
}

int Settings::editorFontSize() const {
    return readInt(*m_store, kFontSize, kDefaultFontSize, kMinFontSize, kMaxFontSize);
}

QFont Settings::editorFont() const {
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setFamily(editorFontFamily());
    font.setPointSize(editorFontSize());
    return font;
}

int Settings::tabWidth() const {
    return readInt(*m_store, kTabWidth, kDefaultTabWidth, kMinTabWidth, kMaxTabWidth);
}

QString Settings::uiLanguage() const {
    const QString language = m_store->value(kUiLanguage).toString();
    return uiLanguages().contains(language) ? language : QString();
}

bool Settings::companionEnabled() const {
    return m_store->value(kCompanionEnabled, true).toBool();
}

int Settings::companionPort() const {
    return readInt(*m_store, kCompanionPort, kDefaultCompanionPort, kMinCompanionPort,
                   kMaxCompanionPort);
}

int Settings::autosaveDelayMs() const {
    return readInt(*m_store, kAutosaveDelay, kDefaultAutosaveDelayMs, kMinAutosaveDelayMs,
                   kMaxAutosaveDelayMs);
}

QString Settings::defaultLanguage() const {
    const QString id = m_store->value(kDefaultLanguage).toString();
    return isLanguageId(id) ? id : kDefaultLanguageId;
}

bool Settings::confirmBeforeSubmit() const {
    return m_store->value(kConfirmSubmit, false).toBool();
}

bool Settings::setTheme(editor::ThemeMode mode) {
    if (mode == theme())
        return true;
    return store(kTheme, themeName(mode), Key::Theme);
}

bool Settings::setEditorFontFamily(const QString& family) {
    const QString trimmed = family.trimmed();
    if (trimmed.isEmpty())
        return false;
    if (trimmed == editorFontFamily())
        return true;
    return store(kFontFamily, trimmed, Key::EditorFont);
}

bool Settings::setEditorFontSize(int points) {
    if (!inRange(points, kMinFontSize, kMaxFontSize))
        return false;
    return points == editorFontSize() || store(kFontSize, points, Key::EditorFont);
}

bool Settings::setTabWidth(int columns) {
    if (!inRange(columns, kMinTabWidth, kMaxTabWidth))
        return false;
    return columns == tabWidth() || store(kTabWidth, columns, Key::TabWidth);
}

bool Settings::setUiLanguage(const QString& language) {
    if (!uiLanguages().contains(language))
        return false;
    return language == uiLanguage() || store(kUiLanguage, language, Key::UiLanguage);
}

bool Settings::setCompanionEnabled(bool enabled) {
    return enabled == companionEnabled() || store(kCompanionEnabled, enabled, Key::Companion);
}

bool Settings::setCompanionPort(int port) {
    if (!inRange(port, kMinCompanionPort, kMaxCompanionPort))
        return false;
    return port == companionPort() || store(kCompanionPort, port, Key::Companion);
}

bool Settings::setAutosaveDelayMs(int milliseconds) {
    if (!inRange(milliseconds, kMinAutosaveDelayMs, kMaxAutosaveDelayMs))
        return false;
    return milliseconds == autosaveDelayMs() ||
           store(kAutosaveDelay, milliseconds, Key::AutosaveDelay);
}

bool Settings::setDefaultLanguage(const QString& languageId) {
    if (!isLanguageId(languageId))
        return false;
    return languageId == defaultLanguage() ||
           store(kDefaultLanguage, languageId, Key::DefaultLanguage);
}

bool Settings::setConfirmBeforeSubmit(bool confirm) {
    return confirm == confirmBeforeSubmit() || store(kConfirmSubmit, confirm, Key::ConfirmSubmit);
}

void Settings::restoreDefaults() {
    const editor::ThemeMode oldTheme = theme();
    const QFont oldFont = editorFont();
    const int oldTabWidth = tabWidth();
    const QString oldLanguage = uiLanguage();
    const bool oldEnabled = companionEnabled();
    const int oldPort = companionPort();
    const int oldDelay = autosaveDelayMs();
    const QString oldDefaultLanguage = defaultLanguage();
    const bool oldConfirm = confirmBeforeSubmit();
    m_store->clear();
    // Announce only what the reset actually changed.
    if (oldTheme != theme())
        announce(Key::Theme);
    if (oldFont != editorFont())
        announce(Key::EditorFont);
    if (oldTabWidth != tabWidth())
        announce(Key::TabWidth);
    if (oldLanguage != uiLanguage())
        announce(Key::UiLanguage);
    if (oldEnabled != companionEnabled() || oldPort != companionPort())
        announce(Key::Companion);
    if (oldDelay != autosaveDelayMs())
        announce(Key::AutosaveDelay);
    if (oldDefaultLanguage != defaultLanguage())
        announce(Key::DefaultLanguage);
    if (oldConfirm != confirmBeforeSubmit())
        announce(Key::ConfirmSubmit);
}

void Settings::sync() {
    m_store->sync();
}

bool Settings::store(const QString& name, const QVariant& value, Key key) {
    m_store->setValue(name, value);
    announce(key);
    return true;
}

void Settings::announce(Key key) {
    switch (key) {
        case Key::Theme:
            emit themeChanged(theme());
            break;
        case Key::EditorFont:
            emit editorFontChanged(editorFont());
            break;
        case Key::TabWidth:
            emit tabWidthChanged(tabWidth());
            break;
        case Key::UiLanguage:
            emit uiLanguageChanged(uiLanguage());
            break;
        case Key::Companion:
            emit companionChanged(companionEnabled(), companionPort());
            break;
        case Key::AutosaveDelay:
            emit autosaveDelayChanged(autosaveDelayMs());
            break;
        case Key::DefaultLanguage:
        case Key::ConfirmSubmit:
            break;
    }
    emit changed(key);
}

}  // namespace verdict::app
