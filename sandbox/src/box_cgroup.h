#pragma once
// The cgroups of one running box: created with its limits, read for usage, killed and removed.
#include <sys/types.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "cgroup_layout.h"
#include "verdict/sandbox/failure.h"
#include "verdict/sandbox/run_options.h"
#include "verdict/sandbox/unique_fd.h"

namespace verdict::sandbox {

struct CgroupUsage {
    std::optional<std::uint64_t> cpuNs;
    std::optional<std::uint64_t> peakBytes;
    std::uint64_t oomKills = 0;
};

class BoxCgroup {
  public:
    BoxCgroup() = default;
    BoxCgroup(BoxCgroup&&) = default;
    BoxCgroup& operator=(BoxCgroup&&) = default;
    ~BoxCgroup();

    // Creates box-<slot> in every base of the plan and writes the limits. On cgroup v1 the
    // pids and cpuacct cgroups are the slot's own (slot-<slot>, kept from run to run: emptied
    // and reset before each), only the memory cgroup is new (a v1 memory cgroup keeps kernel
    // memory charged after its processes are gone, which the next peak would count).
    static Expected<BoxCgroup> create(const CgroupPlan& plan, unsigned slot, const Limits& limits);

    // On cgroup v2, the box's directory for clone3(CLONE_INTO_CGROUP); else -1.
    int intoCgroupFd() const { return m_intoDir.get(); }
    // Moves a process (before it forks the program) into every hierarchy of the box.
    Step attach(pid_t pid) const;
    std::optional<std::uint64_t> cpuNs() const;
    CgroupUsage usage() const;
    bool hasMemory() const { return !m_memoryDir.empty(); }
    bool hasPids() const { return !m_pidsDir.empty(); }
    bool hasCpu() const { return m_cpuFd.valid(); }
    // Kills every process in the box's cgroups (cgroup.kill where the kernel has it).
    void killAll() const;
    // Removes the box's cgroups; safe to call more than once.
    void remove();

  private:
    Step makeDirectories(const CgroupPlan& plan, unsigned slot);
    Step makeSlotDirectory(const std::string& base, unsigned slot, std::string& dir);
    Step writeLimits(const Limits& limits) const;

    bool m_v2Files = false;
    std::string m_memoryDir, m_pidsDir, m_cpuDir, m_unifiedPath;
    std::vector<std::string> m_created;  // in creation order; removed when the run ends
    std::vector<std::string> m_members;  // every directory init is moved into
    UniqueFd m_cpuFd;
    bool m_keptChecked = false;     // a kept cgroup was found empty
    std::uint64_t m_cpuBaseNs = 0;  // a kept cpuacct cgroup's usage before this run
    UniqueFd m_intoDir;
};

}  // namespace verdict::sandbox
