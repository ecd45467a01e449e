#include "payload.h"

#include <fcntl.h>
#include <grp.h>
#include <linux/capability.h>
#include <sched.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>

#include "child_report.h"

namespace verdict::sandbox {

namespace {

constexpr rlim_t kOpenFiles = 1024;
constexpr rlim_t kDegradedStackBytes = 64ull << 20;

[[noreturn]] void fail(const PayloadPlan& plan, const Failure& failure) {
    sendFailure(plan.reportFd, failure);
    ::_exit(127);
}

Step setLimit(int resource, rlim_t soft, rlim_t hard, const char* name) {
    rlimit limit{soft, hard};
    if (::setrlimit(resource, &limit) != 0)
        return sysFailure(std::string("setrlimit ") + name);
    return std::nullopt;
}

Step applyRlimits(const PayloadPlan& plan) {
    const Limits& limits = plan.limits;
    // Stack: as large as the memory limit, for deep recursion. Under RLIMIT_AS (no memory
    // cgroup) every thread reserves RLIMIT_STACK of address space, so it is capped there.
    rlim_t stack = limits.memoryBytes ? *limits.memoryBytes : RLIM_INFINITY;
    if (plan.memoryByRlimit)
        stack = std::min<rlim_t>(stack, kDegradedStackBytes);
    // Rootless, the box's init shares the program's uid and so counts against the limit.
    rlim_t nproc = limits.processes + (plan.switchUser ? 0u : 1u);
    rlim_t fileSize = std::max(limits.outputBytes, limits.fileSizeFloorBytes);
    struct Entry {
        int resource;
        rlim_t soft, hard;
        const char* name;
    };
    std::vector<Entry> entries = {
        {RLIMIT_CORE, 0, 0, "RLIMIT_CORE"},
        {RLIMIT_FSIZE, fileSize, fileSize, "RLIMIT_FSIZE"},
        {RLIMIT_NOFILE, kOpenFiles, kOpenFiles, "RLIMIT_NOFILE"},
        {RLIMIT_STACK, stack, stack, "RLIMIT_STACK"},
        {RLIMIT_MEMLOCK, 0, 0, "RLIMIT_MEMLOCK"},
        {RLIMIT_MSGQUEUE, 0, 0, "RLIMIT_MSGQUEUE"},
        {RLIMIT_NPROC, nproc, nproc, "RLIMIT_NPROC"},
    };
    if (limits.cpuSeconds) {
        // A backstop only: the supervisor measures the whole tree (cgroup, else /proc) and
        // stops it at the limit.
        auto seconds = static_cast<rlim_t>(std::ceil(*limits.cpuSeconds)) + 1;
        entries.push_back({RLIMIT_CPU, seconds, seconds + 1, "RLIMIT_CPU"});
    }
    if (plan.memoryByRlimit && limits.memoryBytes) {
        rlim_t addressSpace = *limits.memoryBytes + limits.addressSpaceGraceBytes;
        entries.push_back({RLIMIT_AS, addressSpace, addressSpace, "RLIMIT_AS"});
    }
    for (const auto& entry : entries) {
        if (auto failure = setLimit(entry.resource, entry.soft, entry.hard, entry.name)) {
            return failure;
        }
    }
    return std::nullopt;
}

Step clearAmbientCapabilities() {
    if (::prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) != 0) {
        return sysFailure("clear ambient capabilities");
    }
    return std::nullopt;
}

Step clearCapabilitySets() {
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2] = {};
    if (::syscall(SYS_capset, &header, data) != 0)
        return sysFailure("capset (drop all)");
    return std::nullopt;
}

Step switchCredentials(const PayloadPlan& plan) {
    if (auto failure = clearAmbientCapabilities())
        return failure;
    if (plan.switchUser) {
        if (::setgroups(0, nullptr) != 0)
            return sysFailure("setgroups");
        if (::setresgid(plan.gid, plan.gid, plan.gid) != 0)
            return sysFailure("setresgid");
        if (::setresuid(plan.uid, plan.uid, plan.uid) != 0)
            return sysFailure("setresuid");
    }
    return clearCapabilitySets();
}

Step attachStreams(const PayloadPlan& plan) {
    int wanted[3] = {plan.stdinFd, plan.stdoutFd, plan.stderrFd};
    // Move sources above 2 first so that one dup2 cannot clobber another's source.
    for (int& fd : wanted) {
        if (fd >= 0 && fd <= 2) {
            fd = ::fcntl(fd, F_DUPFD_CLOEXEC, 3);
            if (fd < 0)
                return sysFailure("dup standard stream");
        }
    }
    for (int target = 0; target < 3; ++target) {
        if (::dup2(wanted[target], target) != target)
            return sysFailure("dup2 standard stream");
    }
    // Nothing else the supervisor or init held reaches the program.
    if (::close_range(3, static_cast<unsigned>(plan.reportFd) - 1, 0) != 0 ||
        ::close_range(static_cast<unsigned>(plan.reportFd) + 1, ~0u, 0) != 0) {
        return sysFailure("close_range");
    }
    return std::nullopt;
}

std::string resolveProgram(const PayloadPlan& plan) {
    if (plan.program.find('/') != std::string::npos)
        return plan.program;
    std::string path = boxPath(plan.environment);
    std::size_t pos = 0;
    while (pos <= path.size()) {
        std::size_t colon = path.find(':', pos);
        if (colon == std::string::npos)
            colon = path.size();
        std::string candidate = path.substr(pos, colon - pos) + "/" + plan.program;
        if (colon > pos && ::access(candidate.c_str(), X_OK) == 0)
            return candidate;
        pos = colon + 1;
    }
    return {};
}

[[noreturn]] void execProgram(const PayloadPlan& plan, const std::string& path) {
    std::vector<char*> argv, envp;
    argv.push_back(const_cast<char*>(plan.program.c_str()));
    for (const auto& arg : plan.arguments)
        argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    for (const auto& entry : plan.environment)
        envp.push_back(const_cast<char*>(entry.c_str()));
    envp.push_back(nullptr);
    ::execve(path.c_str(), argv.data(), envp.data());
    fail(plan, sysFailure("execve " + path, "the program cannot be executed inside the box"));
}

// Dispositions and the signal mask survive exec: the program starts with the defaults.
void resetSignals(bool ignoreSigpipe) {
    for (int signal = 1; signal < NSIG; ++signal)
        ::signal(signal, signal == SIGPIPE && ignoreSigpipe ? SIG_IGN : SIG_DFL);
    sigset_t none;
    ::sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
}

}  // namespace

Step dropBoundingSet() {
    // Up to the kernel's last capability, which answers EINVAL past it (no /proc read).
    for (int cap = 0;; ++cap) {
        if (::prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0) {
            if (errno == EINVAL)
                return std::nullopt;
            return sysFailure("drop bounding capability", std::to_string(cap));
        }
    }
}

std::string boxPath(const std::vector<std::string>& environment) {
    for (const auto& entry : environment) {
        if (entry.rfind("PATH=", 0) == 0)
            return entry.substr(5);
    }
    return "/usr/local/bin:/usr/bin:/bin";
}

void runPayload(const PayloadPlan& plan) {
    resetSignals(plan.ignoreSigpipe);
    if (::setsid() < 0)
        fail(plan, sysFailure("setsid"));
    if (auto failure = attachStreams(plan))
        fail(plan, *failure);
    if (auto failure = applyRlimits(plan))
        fail(plan, *failure);
    if (auto failure = switchCredentials(plan))
        fail(plan, *failure);
    std::string path = resolveProgram(plan);
    if (path.empty()) {
        errno = ENOENT;
        fail(plan, sysFailure("find program '" + plan.program + "'",
                              "not found in the box's PATH " + boxPath(plan.environment) +
                                  "; give a path inside the box or bind its directory"));
    }
    if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
        fail(plan, sysFailure("no_new_privs"));
    execProgram(plan, path);
}

namespace {

int payloadEntry(void* plan) {
    runPayload(*static_cast<const PayloadPlan*>(plan));
}

}  // namespace

pid_t startPayload(const PayloadPlan& plan) {
    constexpr std::size_t kStackBytes = 1 << 20;
    void* stack = ::mmap(nullptr, kStackBytes, PROT_READ | PROT_WRITE,
                         MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
    if (stack == MAP_FAILED)
        return -1;
    // Until it execs, the new process writes only to its own stack and to memory the caller
    // no longer relies on (the caller sleeps meanwhile: CLONE_VFORK); its credentials, rlimits,
    // signal dispositions, seccomp filter and file table are its own.
    pid_t pid = ::clone(payloadEntry, static_cast<char*>(stack) + kStackBytes,
                        CLONE_VM | CLONE_VFORK | SIGCHLD, const_cast<PayloadPlan*>(&plan));
    ::munmap(stack, kStackBytes);
    return pid;
}

}  // namespace verdict::sandbox
