#pragma once
// Walks submissions/ and applies submissions.yaml and @EXPECTED_RESULTS@ tags.
#include "package_fs.h"
#include "verdict/packages/package.h"

namespace verdict::packages {

void readSubmissions(const PackageFs& fs, Package& package);

// Shell-style match of a submissions.yaml glob (with {a,b} braces, no `**`) against a path
// relative to submissions/.
bool globMatches(const std::string& glob, const std::string& path);

}  // namespace verdict::packages
