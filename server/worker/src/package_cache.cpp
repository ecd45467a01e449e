#include "package_cache.h"

namespace verdict::worker {

std::shared_ptr<const packages::Package> PackageCache::get(store::Id id, const std::string& path,
                                                           std::string& error) {
    std::lock_guard lock(m_mutex);
    if (auto it = m_packages.find(id); it != m_packages.end())
        return it->second;
    auto loaded = packages::loadPackage(path);
    if (!loaded.ok()) {
        error = "problem package " + path + " cannot be read";
        for (const auto& diagnostic : loaded.diagnostics.errors())
            error += "; " + diagnostic.toString();
        return nullptr;
    }
    auto package = std::make_shared<const packages::Package>(std::move(*loaded.package));
    m_packages[id] = package;
    return package;
}

}  // namespace verdict::worker
