#pragma once
// The "isolation" block of a result: the mechanisms a run really used and what was degraded.
// Expectations adapt to it (root with cgroups vs. rootless), but a degradation must be reported.
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace verdict::tests {

struct Degradation {
    std::string feature;
    std::string fallback;
    std::string reason;
};

class Isolation {
  public:
    explicit Isolation(const nlohmann::json& result);

    bool present() const { return m_present; }
    const std::string& cgroupMode() const { return m_cgroupMode; }
    bool hasCgroups() const { return m_cgroupMode != "none"; }
    bool userNamespace() const { return m_userNamespace; }
    long long boxUid() const { return m_boxUid; }
    std::optional<Degradation> degradation(std::string_view feature) const;

  private:
    bool m_present = false;
    std::string m_cgroupMode = "<missing>";
    bool m_userNamespace = false;
    long long m_boxUid = -1;
    nlohmann::json m_degraded = nlohmann::json::array();
};

bool runningAsRoot();
// True when this machine gives us a writable cgroup memory controller (v1 or v2).
bool memoryCgroupWritable();

}  // namespace verdict::tests
