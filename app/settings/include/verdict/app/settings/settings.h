#pragma once
// The IDE's preferences: typed, validated values over QSettings, with a signal per change.

#include "verdict/editor/theme.h"

#include <QFont>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

namespace verdict::app {

class Settings : public QObject {
    Q_OBJECT
  public:
    // Which value changed (the argument of changed()).
    enum class Key {
        Theme,
        EditorFont,
        TabWidth,
        UiLanguage,
        Companion,
        AutosaveDelay,
        DefaultLanguage,
        ConfirmSubmit,
    };
    Q_ENUM(Key)

    static constexpr int kDefaultFontSize = 11;
    static constexpr int kMinFontSize = 6;
    static constexpr int kMaxFontSize = 72;
    static constexpr int kDefaultTabWidth = 4;
    static constexpr int kMinTabWidth = 1;
    static constexpr int kMaxTabWidth = 16;
    static constexpr int kDefaultCompanionPort = 10043;
    // Ports below 1024 need root on Linux, so they are refused rather than failing later.
    static constexpr int kMinCompanionPort = 1024;
    static constexpr int kMaxCompanionPort = 65535;
    static constexpr int kDefaultAutosaveDelayMs = 1000;
    static constexpr int kMinAutosaveDelayMs = 100;
    static constexpr int kMaxAutosaveDelayMs = 60000;

    // Every value at once (the dialog's form).
    struct Values {
        editor::ThemeMode theme = editor::ThemeMode::System;
        QString fontFamily;
        int fontSize = kDefaultFontSize;
        int tabWidth = kDefaultTabWidth;
        QString uiLanguage;
        bool companionEnabled = true;
        int companionPort = kDefaultCompanionPort;
        int autosaveDelayMs = kDefaultAutosaveDelayMs;
        QString defaultLanguage;
        bool confirmBeforeSubmit = false;
    };

    // The application's QSettings (organisation and application names set by main()).
    explicit Settings(QObject* parent = nullptr);
    // An INI file of its own (tests, portable setups).
    explicit Settings(const QString& iniFile, QObject* parent = nullptr);
    ~Settings() override;

    // "" (follow the system), then the languages the IDE ships translations for.
    static QStringList uiLanguages();
    static QString defaultFontFamily();
    static Values defaults();

    Values values() const;
    // Stores every valid value; false when any was refused (the others are kept).
    bool apply(const Values& values);

    editor::ThemeMode theme() const;
    QString editorFontFamily() const;
    int editorFontSize() const;
    QFont editorFont() const;
    int tabWidth() const;
    QString uiLanguage() const;
    // The UI language when this object was made (at startup: the one the translator installed).
    QString uiLanguageAtStart() const { return m_uiLanguageAtStart; }
    bool companionEnabled() const;
    int companionPort() const;
    int autosaveDelayMs() const;
    QString defaultLanguage() const;
    bool confirmBeforeSubmit() const;

    // Each setter stores and signals only a valid, different value; false when it was refused.
    bool setTheme(editor::ThemeMode mode);
    bool setEditorFontFamily(const QString& family);
    bool setEditorFontSize(int points);
    bool setTabWidth(int columns);
    bool setUiLanguage(const QString& language);
    bool setCompanionEnabled(bool enabled);
    bool setCompanionPort(int port);
    bool setAutosaveDelayMs(int milliseconds);
    bool setDefaultLanguage(const QString& languageId);
    bool setConfirmBeforeSubmit(bool confirm);

    // Removes every stored value, so each getter answers its default again.
    void restoreDefaults();
    // Writes pending changes to disk (QSettings also does this by itself, later).
    void sync();

  signals:
    void changed(verdict::app::Settings::Key key);
    void themeChanged(verdict::editor::ThemeMode mode);
    void editorFontChanged(const QFont& font);
    void tabWidthChanged(int columns);
    void uiLanguageChanged(const QString& language);
    void companionChanged(bool enabled, int port);
    void autosaveDelayChanged(int milliseconds);

  private:
    bool store(const QString& name, const QVariant& value, Key key);
    void announce(Key key);

    std::unique_ptr<QSettings> m_store;
    QString m_uiLanguageAtStart;
};

}  // namespace verdict::app
