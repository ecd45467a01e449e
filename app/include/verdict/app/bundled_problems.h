#pragma once
// The example problems shipped with the IDE (resources/problems) and their upload to a server.
#include <QString>
#include <QStringList>

namespace verdict::client {
class Client;
}

namespace verdict::app {

// $VERDICT_PROBLEMS_DIR, else share/verdict/problems next to the executable's bin/, else the
// source tree's resources/problems (a build tree).
QString bundledProblemsDirectory();

struct UploadReport {
    QStringList uploaded;
    QStringList present;  // already on the server (409 problem_exists)
    QString error;        // the first failure; empty when every problem is there
};

// Zips each problem folder of `directory` and uploads it as an admin, short name = folder name.
// Blocking: call it off the UI thread.
UploadReport uploadBundledProblems(client::Client& client, const QString& directory);

}  // namespace verdict::app
