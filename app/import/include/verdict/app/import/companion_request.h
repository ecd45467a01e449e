#pragma once
// One HTTP/1.x request as Competitive Companion sends it (a POST with a JSON body and a
// Content-Length), assembled from TCP reads of any size. Refuses early: another method, no
// Content-Length, chunked bodies, headers over 16 KiB or a body over 16 MiB.
#include <QByteArray>
#include <QString>

namespace verdict::app::imports {

class CompanionRequest {
  public:
    static constexpr qsizetype kMaxHeaderBytes = 16 * 1024;
    static constexpr qsizetype kMaxBodyBytes = 16 * 1024 * 1024;

    enum class State { Incomplete, Complete, Refused };

    // Adds bytes read from the socket; the state after them.
    State feed(const QByteArray& bytes);
    State state() const { return m_state; }
    // When Refused: the HTTP status to answer (400, 405, 411, 413, 431) and why, for the log.
    int refusalStatus() const { return m_status; }
    const QString& refusalReason() const { return m_reason; }
    const QByteArray& method() const { return m_method; }
    // When Complete: exactly Content-Length bytes.
    const QByteArray& body() const { return m_body; }

  private:
    State readHead(qsizetype headEnd);
    State refuse(int status, const QString& reason);

    State m_state = State::Incomplete;
    QByteArray m_buffer;
    QByteArray m_method;
    QByteArray m_body;
    qsizetype m_bodyLength = -1;  // known once the head is read
    int m_status = 0;
    QString m_reason;
};

// A complete HTTP/1.1 response that closes the connection; `body` is sent as text/plain.
QByteArray httpResponse(int status, const QByteArray& body);

}  // namespace verdict::app::imports
