#include "verdict/app/translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace verdict::app {

namespace {

// Where translations/CMakeLists.txt puts the compiled .qm files.
const QString kResourceDir = QStringLiteral(":/i18n");
const QString kEnglish = QStringLiteral("en");

// "de" for German, "zh_CN" for Chinese in simplified script (also "zh-Hans-SG"), ...
QString builtInFor(const QLocale& wanted, const QStringList& available) {
    for (const QString& language : available) {
        const QLocale candidate(language);
        if (candidate.language() == wanted.language() && candidate.script() == wanted.script())
            return language;
    }
    return {};
}

}  // namespace

Translator::Translator() = default;

Translator::~Translator() {
    uninstall();
}

QStringList Translator::availableLanguages() {
    QStringList languages;
    const QStringList files =
        QDir(kResourceDir).entryList({QStringLiteral("verdict_*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        languages.append(file.mid(8, file.size() - 8 - 3));
    return languages;
}

QString Translator::resolve(const QString& uiLanguage, const QStringList& systemUiLanguages) {
    const QStringList available = availableLanguages();
    if (!uiLanguage.isEmpty())
        return available.contains(uiLanguage) ? uiLanguage : kEnglish;
    // The system lists the user's languages by preference; the first one we have wins.
    for (const QString& name : systemUiLanguages) {
        const QLocale wanted(name);
        if (wanted.language() == QLocale::English)
            return kEnglish;
        const QString match = builtInFor(wanted, available);
        if (!match.isEmpty())
            return match;
    }
    return kEnglish;
}

QString Translator::install(const QString& uiLanguage) {
    uninstall();
    const QString language = resolve(uiLanguage, QLocale::system().uiLanguages());
    if (language == kEnglish)
        return kEnglish;
    auto verdict = std::make_unique<QTranslator>();
    if (!verdict->load(QStringLiteral("verdict_") + language, kResourceDir))
        return kEnglish;
    QCoreApplication::installTranslator(verdict.get());
    m_verdict = std::move(verdict);
    // Qt's own strings (standard dialogs, context menus) when the distribution installed them.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + language,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    return language;
}

void Translator::uninstall() {
    for (auto* translator : {&m_verdict, &m_qt}) {
        if (*translator && QCoreApplication::instance() != nullptr)
            QCoreApplication::removeTranslator(translator->get());
        translator->reset();
    }
}

}  // namespace verdict::app
