#pragma once
// Text shown about a problem, made from its summary (GET /api/v1/problems/{id}).
#include <QJsonObject>
#include <QString>

namespace verdict::app {

// "Time 1 s · Memory 256 MiB · Output 8 MiB · Code 128 KiB" (the time when known).
QString limitsText(const QJsonObject& problem);
// The statement as Markdown: the summary's "markdown", else a note saying what there is.
QString statementMarkdown(const QJsonObject& problem);
// An HTML statement as the package ships it ("" when the statement is not HTML).
QString statementHtml(const QJsonObject& problem);

}  // namespace verdict::app
