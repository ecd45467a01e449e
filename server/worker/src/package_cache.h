#pragma once
// Problem packages loaded once per server process (reading a package with thousands of test
// cases is not free), by problem id. Thread-safe.
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "verdict/packages/package.h"
#include "verdict/store/store.h"

namespace verdict::worker {

class PackageCache {
  public:
    // The package at `path` for problem `id`; null with `error` set when it cannot be read.
    std::shared_ptr<const packages::Package> get(store::Id id, const std::string& path,
                                                 std::string& error);

  private:
    std::mutex m_mutex;
    std::map<store::Id, std::shared_ptr<const packages::Package>> m_packages;
};

}  // namespace verdict::worker
