#include "isolation.h"

#include <unistd.h>

#include <filesystem>

#include "host_cgroups.h"

namespace verdict::tests {

Isolation::Isolation(const nlohmann::json& result) {
    auto block = result.find("isolation");
    if (block == result.end() || !block->is_object()) {
        return;
    }
    m_present = true;
    m_cgroupMode = block->value("cgroup_mode", "<missing>");
    m_userNamespace = block->value("user_namespace", false);
    m_boxUid = block->value("box_uid", -1LL);
    m_degraded = block->value("degraded", nlohmann::json::array());
}

std::optional<Degradation> Isolation::degradation(std::string_view feature) const {
    for (const auto& entry : m_degraded) {
        if (entry.is_object() && entry.value("feature", "") == feature) {
            return Degradation{entry.value("feature", ""), entry.value("fallback", ""),
                               entry.value("reason", "")};
        }
    }
    return std::nullopt;
}

bool runningAsRoot() {
    return ::geteuid() == 0;
}

bool memoryCgroupWritable() {
    for (const auto& parent : sandboxCgroupParents()) {
        std::filesystem::path group = std::filesystem::path(parent).parent_path();
        bool memory = std::filesystem::exists(group / "memory.limit_in_bytes") ||
                      std::filesystem::exists(group / "memory.max");
        if (memory && ::access(group.c_str(), W_OK) == 0) {
            return true;
        }
    }
    return false;
}

}  // namespace verdict::tests
