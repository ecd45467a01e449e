#pragma once
// Keeps unfinished submissions followed across long outages. ServerSession's follow reconnects
// by itself for a while (client::EventStream: 20 tries, about 15 s); when the server stays away
// longer it gives up (followFailed). Such a submission is remembered as lost, and resume() (on
// ConnectionMonitor::reconnected) follows it again after the last seq the model has applied,
// so no event is lost and none is sent twice.
#include <QObject>
#include <QSet>

#include "verdict/app/server_session.h"
#include "verdict/app/submissions_model.h"

namespace verdict::app::contest {

class SubmissionResumer : public QObject {
    Q_OBJECT
  public:
    // Listens to the session's followFailed.
    SubmissionResumer(ServerSession& session, SubmissionsModel& model, QObject* parent = nullptr);

    void markLost(qint64 id);
    // Follows every lost submission that is not finished yet, from the model's last seq.
    void resume();
    QList<qint64> lost() const { return m_lost.values(); }

  signals:
    // Connect to SubmissionsModel::applyEvent, like ServerSession::submissionEventReceived.
    void submissionEventReceived(qint64 id, const QJsonObject& event);
    // The resumed follow gave up too (the submission stays lost until the next resume()).
    void followFailed(qint64 id, const QString& message);

  private:
    void follow(qint64 id, qint64 afterSeq);

    ServerSession& m_session;
    SubmissionsModel& m_model;
    QSet<qint64> m_lost;
};

}  // namespace verdict::app::contest
