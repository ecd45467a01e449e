#include "box_cgroup.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <sstream>
#include <thread>

#include "file_io.h"

namespace verdict::sandbox {

namespace {

// Kills whatever a previous run left in a cgroup directory (its supervisor died hard).
void killMembers(const std::string& dir) {
    auto procs = readSmallFile(dir + "/cgroup.procs");
    if (!procs)
        return;
    std::istringstream pids(*procs);
    pid_t pid = 0;
    while (pids >> pid)
        ::kill(pid, SIGKILL);
}

Step removeDirectory(const std::string& dir) {
    for (int attempt = 0; attempt < 200; ++attempt) {
        if (::rmdir(dir.c_str()) == 0 || errno == ENOENT)
            return std::nullopt;
        if (errno != EBUSY)
            break;
        killMembers(dir);
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return sysFailure("rmdir " + dir);
}

// mkdir that clears a stale directory of the same slot first.
Step makeFresh(const std::string& dir) {
    if (::mkdir(dir.c_str(), 0755) == 0)
        return std::nullopt;
    if (errno != EEXIST)
        return sysFailure("mkdir " + dir);
    if (auto failure = removeDirectory(dir))
        return failure;
    if (::mkdir(dir.c_str(), 0755) != 0)
        return sysFailure("mkdir " + dir);
    return std::nullopt;
}

// A kept slot cgroup holds processes only when a run's supervisor died hard and its box is still
// going down; they are killed and the run waits for them to be gone.
Step waitUntilEmpty(const std::string& dir) {
    for (int attempt = 0; attempt < 200; ++attempt) {
        auto procs = readSmallFile(dir + "/cgroup.procs");
        if (!procs)
            return sysFailure("read " + dir + "/cgroup.procs");
        if (procs->find_first_not_of(" \n") == std::string::npos)
            return std::nullopt;
        killMembers(dir);
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return Failure{"empty " + dir, EBUSY, "processes of an earlier run do not die"};
}

bool exists(const std::string& path) {
    return ::access(path.c_str(), F_OK) == 0;
}

}  // namespace

BoxCgroup::~BoxCgroup() {
    remove();
}

Step BoxCgroup::makeSlotDirectory(const std::string& base, unsigned slot, std::string& dir) {
    if (base.empty())
        return std::nullopt;  // no such controller here
    dir = base + "/slot-" + std::to_string(slot);
    if (std::find(m_members.begin(), m_members.end(), dir) != m_members.end())
        return std::nullopt;  // pids and cpuacct mounted together
    if (::mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST)
        return sysFailure("mkdir " + dir);
    // The kept cgroups always hold the same processes: checking one is enough.
    if (!m_keptChecked) {
        if (auto failure = waitUntilEmpty(dir))
            return failure;
        m_keptChecked = true;
    }
    m_members.push_back(dir);
    return std::nullopt;
}

Step BoxCgroup::makeDirectories(const CgroupPlan& plan, unsigned slot) {
    std::string name = "/box-" + std::to_string(slot);
    auto make = [&](const std::string& base, std::string& dir) -> Step {
        if (base.empty())
            return std::nullopt;
        dir = base + name;
        if (std::find(m_created.begin(), m_created.end(), dir) != m_created.end()) {
            return std::nullopt;
        }
        if (auto failure = makeFresh(dir))
            return failure;
        m_created.push_back(dir);
        m_members.push_back(dir);
        return std::nullopt;
    };
    if (auto failure = make(plan.memoryBase, m_memoryDir))
        return failure;
    for (auto [base, dir] :
         {std::pair{&plan.pidsBase, &m_pidsDir}, std::pair{&plan.cpuBase, &m_cpuDir}}) {
        // On v2 one fresh cgroup holds every controller; on v1 a controller mounted together
        // with memory shares the run's fresh memory cgroup, the others are the slot's own.
        Step failure = plan.v2Files || *base == plan.memoryBase
                           ? make(*base, *dir)
                           : makeSlotDirectory(*base, slot, *dir);
        if (failure)
            return failure;
    }
    return make(plan.unifiedBase, m_unifiedPath);
}

Step BoxCgroup::writeLimits(const Limits& limits) const {
    if (!m_memoryDir.empty() && limits.memoryBytes) {
        std::string bytes = std::to_string(*limits.memoryBytes);
        if (m_v2Files) {
            if (auto f = writeSmallFile(m_memoryDir + "/memory.max", bytes))
                return f;
            if (exists(m_memoryDir + "/memory.swap.max")) {
                if (auto f = writeSmallFile(m_memoryDir + "/memory.swap.max", "0"))
                    return f;
            }
            if (auto f = writeSmallFile(m_memoryDir + "/memory.oom.group", "1"))
                return f;
        } else {
            if (auto f = writeSmallFile(m_memoryDir + "/memory.limit_in_bytes", bytes))
                return f;
            // With swap accounting, memory+swap gets the same cap so swap cannot extend it.
            if (exists(m_memoryDir + "/memory.memsw.limit_in_bytes")) {
                auto f = writeSmallFile(m_memoryDir + "/memory.memsw.limit_in_bytes", bytes);
                if (f)
                    return f;
            }
        }
    }
    if (!m_pidsDir.empty()) {
        // One more than asked: the box's init process is ours, not the program's.
        std::string count = std::to_string(limits.processes + 1);
        if (auto f = writeSmallFile(m_pidsDir + "/pids.max", count))
            return f;
    }
    return std::nullopt;
}

Expected<BoxCgroup> BoxCgroup::create(const CgroupPlan& plan, unsigned slot, const Limits& limits) {
    BoxCgroup box;
    box.m_v2Files = plan.v2Files;
    if (auto failure = box.makeDirectories(plan, slot))
        return *failure;
    if (auto failure = box.writeLimits(limits))
        return *failure;
    if (plan.v2Files) {
        box.m_intoDir.reset(::open(box.m_unifiedPath.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC));
        if (!box.m_intoDir.valid())
            return sysFailure("open " + box.m_unifiedPath);
    }
    if (!box.m_cpuDir.empty()) {
        std::string file = box.m_cpuDir + (plan.v2Files ? "/cpu.stat" : "/cpuacct.usage");
        box.m_cpuFd.reset(::open(file.c_str(), O_RDONLY | O_CLOEXEC));
        if (!box.m_cpuFd.valid())
            return sysFailure("open " + file);
        // A kept cpuacct cgroup counts every earlier run too: this run's time is the growth.
        if (!plan.v2Files)
            box.m_cpuBaseNs = box.cpuNs().value_or(0);
    }
    return box;
}

Step BoxCgroup::attach(pid_t pid) const {
    std::string text = std::to_string(pid);
    for (const std::string& dir : m_members) {
        if (auto failure = writeSmallFile(dir + "/cgroup.procs", text))
            return failure;
    }
    return std::nullopt;
}

std::optional<std::uint64_t> BoxCgroup::cpuNs() const {
    if (!m_cpuFd.valid())
        return std::nullopt;
    auto text = preadSmall(m_cpuFd.get());
    if (!text)
        return std::nullopt;
    if (!m_v2Files) {
        auto total = parseUnsigned(*text);
        if (!total)
            return std::nullopt;
        return *total >= m_cpuBaseNs ? *total - m_cpuBaseNs : 0;
    }
    auto usec = keyedValue(*text, "usage_usec");
    if (!usec)
        return std::nullopt;
    return *usec * 1000;
}

CgroupUsage BoxCgroup::usage() const {
    CgroupUsage usage;
    usage.cpuNs = cpuNs();
    if (m_memoryDir.empty())
        return usage;
    if (m_v2Files) {
        if (auto peak = readSmallFile(m_memoryDir + "/memory.peak")) {
            usage.peakBytes = parseUnsigned(*peak);
        }
        auto events = readSmallFile(m_memoryDir + "/memory.events").value_or("");
        usage.oomKills = std::max(keyedValue(events, "oom_kill").value_or(0),
                                  keyedValue(events, "oom_group_kill").value_or(0));
    } else {
        if (auto peak = readSmallFile(m_memoryDir + "/memory.max_usage_in_bytes")) {
            usage.peakBytes = parseUnsigned(*peak);
        }
        auto control = readSmallFile(m_memoryDir + "/memory.oom_control").value_or("");
        usage.oomKills = keyedValue(control, "oom_kill").value_or(0);
    }
    return usage;
}

void BoxCgroup::killAll() const {
    if (!m_unifiedPath.empty() && exists(m_unifiedPath + "/cgroup.kill")) {
        (void)writeSmallFile(m_unifiedPath + "/cgroup.kill", "1");
        return;
    }
    for (const std::string* dir : {&m_pidsDir, &m_memoryDir, &m_cpuDir}) {
        if (!dir->empty())
            killMembers(*dir);
    }
}

void BoxCgroup::remove() {
    m_cpuFd.reset();
    m_intoDir.reset();
    for (auto it = m_created.rbegin(); it != m_created.rend(); ++it) {
        (void)removeDirectory(*it);
    }
    m_created.clear();
    m_members.clear();
}

}  // namespace verdict::sandbox
