#pragma once
// One package import, start to end, as a blocking call on a worker thread: check it with the
// package reader, zip a folder, POST /api/v1/problems?name=SHORT, and settle a taken name.
#include <QString>

namespace verdict::client {
class Client;
}

namespace verdict::app::imports {

// What to do when the short name is already on the server (409 problem_exists).
enum class ConflictPolicy {
    Rename,  // upload under the first free name-2, name-3, ... (the default)
    Fail,    // stop, and say which free name it would use
};

struct UploadRequest {
    QString path;       // a package folder, or a .zip / .kpp
    QString shortName;  // made valid with shortNameFrom(); empty: from the folder or file name
    ConflictPolicy onConflict = ConflictPolicy::Rename;
};

struct UploadOutcome {
    int id = 0;  // the server's problem id; 0 when it failed
    QString shortName;
    QString name;
    QString error;          // for people, when it failed
    QString freeShortName;  // with ConflictPolicy::Fail after a 409: the name that is free
    bool ok() const { return id > 0; }
};

// Blocking: call it off the UI thread. `api` must be logged in as an admin.
UploadOutcome uploadPackage(client::Client& api, const UploadRequest& request);

}  // namespace verdict::app::imports
