// The session part of the Workspace as JSON (session.json): small, rewritten whenever the
// current problem, a language choice, a cursor or the window layout changes.
#include <QJsonArray>
#include <QJsonObject>

#include "verdict/app/workspace/workspace.h"

namespace verdict::app {

namespace {

constexpr auto kFormat = "verdict-session-1";

}  // namespace

QJsonObject Workspace::sessionJson() const {
    QHash<QString, QJsonObject> entries;  // server -> its part of the session
    for (auto it = m_currentProblems.cbegin(); it != m_currentProblems.cend(); ++it)
        entries[it.key()]["currentProblem"] = it.value();
    QHash<QString, QJsonObject> languages;
    for (auto it = m_languages.cbegin(); it != m_languages.cend(); ++it)
        languages[it.key().server][it.key().problem] = it.value();
    for (auto it = languages.cbegin(); it != languages.cend(); ++it)
        entries[it.key()]["languages"] = it.value();
    QHash<QString, QJsonArray> cursors;
    for (auto it = m_cursors.cbegin(); it != m_cursors.cend(); ++it)
        cursors[it.key().server].append(QJsonObject{{"problem", it.key().problem},
                                                    {"language", it.key().language},
                                                    {"line", it.value().line},
                                                    {"index", it.value().index}});
    for (auto it = cursors.cbegin(); it != cursors.cend(); ++it)
        entries[it.key()]["cursors"] = it.value();
    QJsonObject servers;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it)
        servers[it.key()] = it.value();
    return {{"format", kFormat},
            {"currentServer", m_server},
            {"windowGeometry", QString::fromLatin1(m_windowGeometry.toBase64())},
            {"windowState", QString::fromLatin1(m_windowState.toBase64())},
            {"servers", servers}};
}

void Workspace::restoreSession(const QJsonObject& session) {
    m_cursors.clear();
    m_languages.clear();
    m_currentProblems.clear();
    m_server = session.value("currentServer").toString();
    m_windowGeometry =
        QByteArray::fromBase64(session.value("windowGeometry").toString().toLatin1());
    m_windowState = QByteArray::fromBase64(session.value("windowState").toString().toLatin1());
    const QJsonObject servers = session.value("servers").toObject();
    for (auto it = servers.begin(); it != servers.end(); ++it) {
        const QString server = it.key();
        const QJsonObject entry = it.value().toObject();
        if (entry.contains("currentProblem"))
            m_currentProblems.insert(server, entry.value("currentProblem").toString());
        const QJsonObject languages = entry.value("languages").toObject();
        for (auto l = languages.begin(); l != languages.end(); ++l)
            m_languages.insert({server, l.key()}, l.value().toString());
        for (const auto& value : entry.value("cursors").toArray()) {
            const QJsonObject cursor = value.toObject();
            m_cursors.insert(
                {server, cursor.value("problem").toString(), cursor.value("language").toString()},
                {cursor.value("line").toInt(), cursor.value("index").toInt()});
        }
    }
}

}  // namespace verdict::app
