#pragma once
// Walks data/ into ordered test groups and test cases.
#include "package_fs.h"
#include "verdict/packages/package.h"

namespace verdict::packages {

// Fills package.testGroups and package.testCases from data/ (package.config must be set).
void readTestData(const PackageFs& fs, Package& package);

}  // namespace verdict::packages
