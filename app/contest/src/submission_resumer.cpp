#include "verdict/app/contest/submission_resumer.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>
#include <nlohmann/json.hpp>

#include "background.h"
#include "verdict/app/json_bridge.h"
#include "verdict/client/event_stream.h"

namespace verdict::app::contest {

SubmissionResumer::SubmissionResumer(ServerSession& session, SubmissionsModel& model,
                                     QObject* parent)
    : QObject(parent), m_session(session), m_model(model) {
    connect(&session, &ServerSession::followFailed, this,
            [this](qint64 id, const QString&) { markLost(id); });
}

void SubmissionResumer::markLost(qint64 id) {
    m_lost.insert(id);
}

void SubmissionResumer::resume() {
    const auto ids = m_lost;
    for (qint64 id : ids) {
        const auto* submission = m_model.submission(id);
        if (submission == nullptr || submission->status == QLatin1String("done")) {
            m_lost.remove(id);
            continue;
        }
        m_lost.remove(id);
        follow(id, submission->lastSeq);
    }
}

void SubmissionResumer::follow(qint64 id, qint64 afterSeq) {
    QPointer<SubmissionResumer> self(this);
    const auto address = m_session.address();
    const auto token = m_session.token().toStdString();
    // Like ServerSession::follow, but resuming after `afterSeq` (the stream's after_seq).
    (void)QtConcurrent::run([self, id, afterSeq, address, token] {
        client::EventStream stream(address, token);
        auto forward = [self, id](const nlohmann::json& event) {
            const QJsonObject object = toQt(event).toObject();
            onUiThread([self, id, object] {
                if (self)
                    emit self->submissionEventReceived(id, object);
            });
        };
        auto done = stream.follow(client::Target::Submission, id, forward, afterSeq);
        if (done)
            return;
        const QString message = QString::fromStdString(done.error.describe());
        onUiThread([self, id, message] {
            if (!self)
                return;
            self->markLost(id);
            emit self->followFailed(id, message);
        });
    });
}

}  // namespace verdict::app::contest
