#pragma once
// Installs the IDE's translation (and Qt's own, where installed) for the chosen UI language.

#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace verdict::app {

class Translator {
  public:
    Translator();
    // Removes what it installed.
    ~Translator();
    Translator(const Translator&) = delete;
    Translator& operator=(const Translator&) = delete;

    // The languages with a translation built in (e.g. "de", "ru", "zh_CN"); English is the source.
    static QStringList availableLanguages();
    // uiLanguage as Settings stores it ("" = the system's) → a built-in language or "en".
    static QString resolve(const QString& uiLanguage, const QStringList& systemUiLanguages);

    // Call after QApplication exists and before any widget is made. Replaces what an earlier
    // call installed; returns the language now shown ("en" when no translation applies).
    QString install(const QString& uiLanguage);

  private:
    void uninstall();

    std::unique_ptr<QTranslator> m_verdict;
    std::unique_ptr<QTranslator> m_qt;
};

}  // namespace verdict::app
