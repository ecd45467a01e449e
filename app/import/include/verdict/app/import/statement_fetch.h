#pragma once
// A problem's statement file as the server stores it (GET /api/v1/problems/{id}/statement):
// the bytes of a PDF, which GET /problems/{id} names but does not inline.
#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <functional>

namespace verdict::client {
class Client;
}

namespace verdict::app {
class ServerSession;
}

namespace verdict::app::imports {

struct StatementFile {
    QByteArray bytes;
    QString contentType;
    QString error;  // for people, when it could not be fetched
    bool ok() const { return error.isEmpty(); }
};

// True when a problem (GET /problems/{id}) has a PDF as its statement: no text to show, the
// file is fetched with fetchStatement() and shown in a StatementPdfView.
bool isPdfStatement(const QJsonObject& problem);

// Blocking: the statement of `problemId` in `language` ("" = the server's preference) and
// `format` ("pdf", "md", ...). Uses the client's address and token.
StatementFile fetchStatementFile(const client::Client& api, int problemId, const QString& language,
                                 const QString& format);

// Asynchronous through the session; `done` runs on the UI thread unless `context` is gone.
void fetchStatement(ServerSession* session, int problemId, const QString& language,
                    const QString& format, QObject* context,
                    std::function<void(const StatementFile&)> done);

}  // namespace verdict::app::imports
