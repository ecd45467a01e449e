#include "verdict/app/import/companion_package.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QtMath>

#include "verdict/app/import/short_names.h"

namespace verdict::app::imports {

namespace {

constexpr int kMaxSlug = 48;

QString tr(const char* text) {
    return QCoreApplication::translate("verdict::app::imports", text);
}

// A YAML double-quoted scalar: JSON's string escapes are valid YAML ones.
QString yamlString(const QString& text) {
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

// Text shown literally by a Markdown renderer (no links, HTML or emphasis from a page title).
QString markdownText(const QString& text) {
    QString out;
    for (const QChar c : text) {
        if (QStringLiteral("\\`*_{}[]()#+-.!<>|~&").contains(c))
            out += '\\';
        out += c == '\n' ? QChar(' ') : c;
    }
    return out;
}

bool readTests(const QJsonValue& value, QList<CompanionTest>& tests) {
    if (!value.isArray())
        return false;
    for (const QJsonValue& test : value.toArray()) {
        const QJsonObject object = test.toObject();
        if (!object.value("input").isString() || !object.value("output").isString())
            return false;
        tests.append({object.value("input").toString(), object.value("output").toString()});
    }
    return true;
}

QString ioFile(const QJsonValue& spec) {
    const QJsonObject object = spec.toObject();
    return object.value("type").toString() == QLatin1String("file")
               ? object.value("fileName").toString()
               : QString();
}

bool writeFile(const QString& path, const QString& text, QString& error) {
    QFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0 && file.flush())
        return true;
    error = tr("Cannot write %1: %2").arg(path, file.errorString());
    return false;
}

}  // namespace

std::optional<CompanionProblem> parseCompanionProblem(const QByteArray& json, QString& error) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        error = tr("the body is not a JSON object (%1)").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    CompanionProblem problem;
    problem.name = object.value("name").toString().trimmed();
    if (problem.name.isEmpty()) {
        error = tr("the problem has no \"name\"");
        return std::nullopt;
    }
    if (!readTests(object.value("tests"), problem.tests)) {
        error = tr("\"tests\" is not a list of {input, output} strings");
        return std::nullopt;
    }
    for (const char* key : {"timeLimit", "memoryLimit"}) {
        const QJsonValue value = object.value(key);
        if (!value.isUndefined() && !value.isNull() &&
            (!value.isDouble() || value.toDouble() < 0)) {
            error = tr("\"%1\" is not a non-negative number").arg(key);
            return std::nullopt;
        }
    }
    problem.group = object.value("group").toString();
    problem.url = object.value("url").toString();
    problem.interactive = object.value("interactive").toBool();
    problem.timeMs = qRound64(object.value("timeLimit").toDouble());
    problem.memoryMb = qCeil(object.value("memoryLimit").toDouble());
    problem.inputFile = ioFile(object.value("input"));
    problem.outputFile = ioFile(object.value("output"));
    if (problem.interactive) {
        error = tr("\"%1\" is interactive: the local judge would need its interactor, which "
                   "Competitive Companion does not send")
                    .arg(problem.name);
        return std::nullopt;
    }
    if (problem.tests.isEmpty()) {
        error = tr("\"%1\" has no sample tests to judge with").arg(problem.name);
        return std::nullopt;
    }
    return problem;
}

QString companionSlug(const CompanionProblem& problem) {
    const QString slug = shortNameFrom(problem.name, kMaxSlug);
    return slug.isEmpty() ? QStringLiteral("problem") : slug;
}

QString companionProblemYaml(const CompanionProblem& problem) {
    QString yaml = QStringLiteral("problem_format_version: 2023-07-draft\n");
    yaml += QStringLiteral("name: %1\n").arg(yamlString(problem.name));
    if (!problem.group.isEmpty())
        yaml += QStringLiteral("source: %1\n").arg(yamlString(problem.group));
    if (!problem.url.isEmpty())
        yaml += QStringLiteral("source_url: %1\n").arg(yamlString(problem.url));
    if (problem.timeMs <= 0 && problem.memoryMb <= 0)
        return yaml;
    yaml += QStringLiteral("limits:\n");
    if (problem.timeMs > 0) {
        yaml +=
            QStringLiteral("  time_limit: %1\n").arg(double(problem.timeMs) / 1000.0, 0, 'g', 12);
        // Whole seconds fit the default resolution; 2.5 s needs a finer one.
        if (problem.timeMs % 1000 != 0)
            yaml += QStringLiteral("  time_resolution: 0.001\n");
    }
    if (problem.memoryMb > 0)
        yaml += QStringLiteral("  memory: %1\n").arg(problem.memoryMb);
    return yaml;
}

QString companionStatement(const CompanionProblem& problem) {
    QString text = QStringLiteral("# %1\n\n").arg(markdownText(problem.name));
    text += tr("Received from Competitive Companion. The full statement is on the original page.") +
            "\n\n";
    const QUrl url(problem.url, QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == "https" || url.scheme() == "http"))
        text += QStringLiteral("- %1 <%2>\n").arg(tr("Source:"), url.toEncoded());
    if (!problem.group.isEmpty())
        text += QStringLiteral("- %1 %2\n").arg(tr("Contest:"), markdownText(problem.group));
    if (!problem.inputFile.isEmpty())
        text += QStringLiteral("- %1\n").arg(
            tr("The original reads the file %1; here the input comes on standard input.")
                .arg(markdownText(problem.inputFile)));
    if (!problem.outputFile.isEmpty())
        text += QStringLiteral("- %1\n").arg(
            tr("The original writes the file %1; here write to standard output.")
                .arg(markdownText(problem.outputFile)));
    return text;
}

bool writeCompanionPackage(const CompanionProblem& problem, const QString& path, QString& error) {
    QDir folder(path);
    if (folder.exists() && !folder.removeRecursively()) {
        error = tr("Cannot replace %1").arg(folder.path());
        return false;
    }
    // The samples are all the test data there is: the judge runs data/sample, and the package
    // format wants a data/secret folder even when it is empty.
    if (!folder.mkpath(QStringLiteral("data/sample")) ||
        !folder.mkpath(QStringLiteral("data/secret")) ||
        !folder.mkpath(QStringLiteral("statement"))) {
        error = tr("Cannot create %1").arg(folder.path());
        return false;
    }
    const int width = qMax(2, int(QString::number(problem.tests.size()).size()));
    bool written =
        writeFile(folder.filePath("problem.yaml"), companionProblemYaml(problem), error) &&
        writeFile(folder.filePath("statement/problem.en.md"), companionStatement(problem), error);
    for (qsizetype i = 0; written && i < problem.tests.size(); ++i) {
        const QString base = folder.filePath(
            QStringLiteral("data/sample/%1").arg(i + 1, width, 10, QLatin1Char('0')));
        written = writeFile(base + ".in", problem.tests[i].input, error) &&
                  writeFile(base + ".ans", problem.tests[i].output, error);
    }
    return written;
}

}  // namespace verdict::app::imports
