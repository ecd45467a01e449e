#include "verdict/app/import/package_importer.h"

#include <memory>

#include "verdict/app/server_session.h"

namespace verdict::app::imports {

PackageImporter::PackageImporter(ServerSession* session, QObject* parent)
    : QObject(parent), m_session(session) {}

void PackageImporter::importPackage(const QString& path, const QString& shortName, Then then) {
    if (!m_session || !m_session->isConnected()) {
        UploadOutcome outcome;
        outcome.error = tr("Cannot import %1: the IDE is not connected to a judge yet.").arg(path);
        // Asynchronous like every other ending, so callers see one order of events.
        ServerSession::deliver(this, [this, outcome, then] { finish(outcome, then); });
        ++m_running;
        return;
    }
    ++m_running;
    const UploadRequest request{path, shortName, m_policy};
    // Filled on the worker, read in `done` (which runs after the worker's call returned).
    auto outcome = std::make_shared<UploadOutcome>();
    QPointer<PackageImporter> self(this);
    m_session->request(
        QStringLiteral("import"),
        [request, outcome](client::Client& api) {
            *outcome = uploadPackage(api, request);
            client::Result<nlohmann::json> done;
            done.value = nlohmann::json::object();
            return done;
        },
        [self, outcome, then](const nlohmann::json&) {
            if (self)
                self->finish(*outcome, then);
        });
}

void PackageImporter::finish(const UploadOutcome& outcome, const Then& then) {
    --m_running;
    if (outcome.ok())
        emit imported(outcome.id, outcome.shortName);
    else
        emit failed(outcome.error);
    if (then)
        then(outcome);
}

}  // namespace verdict::app::imports
