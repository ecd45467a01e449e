#include "verdict/app/problem_text.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace verdict::app {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("verdict::app", text);
}

}  // namespace

QString limitsText(const QJsonObject& problem) {
    QStringList parts;
    if (const QJsonValue time = problem.value("time_limit"); time.isDouble())
        parts << tr("Time %1 s").arg(time.toDouble());
    parts << tr("Memory %1 MiB").arg(problem.value("memory_mib").toInt());
    parts << tr("Output %1 MiB").arg(problem.value("output_mib").toInt());
    parts << tr("Code %1 KiB").arg(problem.value("code_kib").toInt());
    const QJsonObject type = problem.value("type").toObject();
    if (type.value("interactive").toBool())
        parts << tr("Interactive");
    if (type.value("scoring").toBool())
        parts << tr("Scoring");
    return parts.join(QStringLiteral(" · "));
}

QString statementMarkdown(const QJsonObject& problem) {
    const QJsonValue statement = problem.value("statement");
    if (!statement.isObject())
        return tr("*This problem has no statement.*");
    const QJsonObject object = statement.toObject();
    if (QString markdown = object.value("markdown").toString(); !markdown.isEmpty()) {
        // The view shows the name above the statement: its own "# Name" heading would repeat it.
        const QString heading = QStringLiteral("# ") + problem.value("name").toString();
        if (markdown.startsWith(heading + QLatin1Char('\n')) || markdown == heading)
            markdown.remove(0, heading.size()).remove(QRegularExpression(QStringLiteral("^\\s+")));
        return markdown;
    }
    return tr("*The statement is in %1 format, which this view does not show yet.*")
        .arg(object.value("format").toString());
}

QString statementHtml(const QJsonObject& problem) {
    const QJsonObject statement = problem.value("statement").toObject();
    if (!statement.value("markdown").toString().isEmpty())
        return {};
    return statement.value("html").toString();
}

}  // namespace verdict::app
