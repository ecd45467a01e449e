#include "verdict/app/import/companion_request.h"

#include <QCoreApplication>
#include <QList>

namespace verdict::app::imports {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("verdict::app::imports::CompanionRequest", text);
}

QByteArray reasonPhrase(int status) {
    switch (status) {
        case 200:
            return "OK";
        case 400:
            return "Bad Request";
        case 405:
            return "Method Not Allowed";
        case 411:
            return "Length Required";
        case 413:
            return "Content Too Large";
        case 431:
            return "Request Header Fields Too Large";
        case 500:
            return "Internal Server Error";
        default:
            return "Error";
    }
}

}  // namespace

CompanionRequest::State CompanionRequest::refuse(int status, const QString& reason) {
    m_status = status;
    m_reason = reason;
    m_buffer.clear();
    return m_state = State::Refused;
}

CompanionRequest::State CompanionRequest::feed(const QByteArray& bytes) {
    if (m_state != State::Incomplete)
        return m_state;
    m_buffer += bytes;
    if (m_bodyLength < 0) {
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            if (m_buffer.size() > kMaxHeaderBytes)
                return refuse(431, tr("the request's headers are over 16 KiB"));
            return m_state;
        }
        if (readHead(headEnd) == State::Refused)
            return m_state;
    }
    if (m_buffer.size() > m_bodyLength)
        return refuse(400, tr("more bytes than the Content-Length announced"));
    if (m_buffer.size() < m_bodyLength)
        return m_state;
    m_body = std::move(m_buffer);
    m_buffer.clear();
    return m_state = State::Complete;
}

CompanionRequest::State CompanionRequest::readHead(qsizetype headEnd) {
    if (headEnd > kMaxHeaderBytes)
        return refuse(431, tr("the request's headers are over 16 KiB"));
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1."))
        return refuse(400, tr("not an HTTP/1.x request line"));
    m_method = requestLine[0];
    if (m_method != "POST")
        return refuse(405, tr("method %1: Competitive Companion sends POST")
                               .arg(QString::fromLatin1(m_method.left(16))));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            return refuse(400, tr("a header line without a name"));
        const QByteArray name = lines[i].left(colon).trimmed().toLower();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        if (name == "transfer-encoding")
            return refuse(411, tr("chunked bodies are not accepted; send a Content-Length"));
        if (name != "content-length")
            continue;
        bool number = false;
        const qlonglong length = value.toLongLong(&number);
        if (!number || length < 0 || (m_bodyLength >= 0 && m_bodyLength != length))
            return refuse(400, tr("a bad Content-Length"));
        m_bodyLength = length;
    }
    if (m_bodyLength < 0)
        return refuse(411, tr("a POST without a Content-Length"));
    if (m_bodyLength > kMaxBodyBytes)
        return refuse(413, tr("a body of %1 bytes, over the 16 MiB limit").arg(m_bodyLength));
    m_buffer.remove(0, headEnd + 4);
    return m_state;
}

QByteArray httpResponse(int status, const QByteArray& body) {
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status);
    response += "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " +
                QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    return response;
}

}  // namespace verdict::app::imports
