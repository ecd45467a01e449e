#pragma once
// Checks that a folder or a .zip is a problem package before anything is uploaded, with the
// project's package reader, and says in plain words what is wrong when it is not.
#include <QString>

namespace verdict::app::imports {

struct PackageCheck {
    QString error;               // empty when it is a package
    QString displayName;         // the package's own name (problem.yaml), when it loads
    QString suggestedShortName;  // from the folder or file name, else from the display name
    bool isZip = false;
    bool ok() const { return error.isEmpty(); }
};

// Blocking (reads, and for a zip unpacks into a temporary directory): call it off the UI thread.
PackageCheck checkPackage(const QString& path);

}  // namespace verdict::app::imports
