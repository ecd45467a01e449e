#pragma once
// Output and input validators, include directories and statement files.
#include "package_fs.h"
#include "verdict/packages/package.h"

namespace verdict::packages {

void readValidators(const PackageFs& fs, Package& package);
void readIncludes(const PackageFs& fs, Package& package);
void readStatements(const PackageFs& fs, Package& package);

}  // namespace verdict::packages
