#include "box_monitor.h"

#include <signal.h>
#include <sys/epoll.h>
#include <sys/syscall.h>
#include <sys/timerfd.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>

#include "pidfd_signal.h"
#include "proc_tree.h"

namespace verdict::sandbox {

namespace {

constexpr long kTickNs = 10'000'000;      // how often CPU and wall time are checked
constexpr unsigned kProcSampleEvery = 5;  // ticks between /proc scans when there is no cgroup
constexpr std::uint64_t kNsPerSecond = 1'000'000'000;

std::uint64_t secondsToNs(double seconds) {
    return static_cast<std::uint64_t>(seconds * static_cast<double>(kNsPerSecond));
}

class Monitor {
  public:
    explicit Monitor(const MonitorTargets& targets) : m_targets(targets) {}
    Expected<MonitorResult> run();

  private:
    Step setUp();
    void watch(int fd, std::uint64_t tag);
    void onTick();
    void checkWall();
    void onReport();
    void onRelay(std::size_t index);
    void onInitExit();
    void kill(KillReason reason);

    static constexpr std::uint64_t kPidTag = ~0ull, kReportTag = ~0ull - 1, kTimerTag = ~0ull - 2;
    const MonitorTargets& m_targets;
    MonitorResult m_result;
    UniqueFd m_epoll, m_timer;
    int m_open = 0;  // watched descriptors that have not ended yet
    bool m_initExited = false;
    unsigned m_ticks = 0;
    bool m_reportOpen = true;
};

void Monitor::watch(int fd, std::uint64_t tag) {
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.u64 = tag;
    if (::epoll_ctl(m_epoll.get(), EPOLL_CTL_ADD, fd, &event) == 0)
        ++m_open;
}

Step Monitor::setUp() {
    m_epoll.reset(::epoll_create1(EPOLL_CLOEXEC));
    if (!m_epoll.valid())
        return sysFailure("epoll_create1");
    watch(m_targets.pidfd, kPidTag);
    watch(m_targets.reportFd, kReportTag);
    auto& relays = m_targets.streams->relays();
    for (std::size_t i = 0; i < relays.size(); ++i)
        watch(relays[i].source.get(), i);
    const Limits& limits = *m_targets.limits;
    if (limits.cpuSeconds || limits.wallSeconds) {
        m_timer.reset(::timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC | TFD_NONBLOCK));
        if (!m_timer.valid())
            return sysFailure("timerfd_create");
        itimerspec tick{{0, kTickNs}, {0, kTickNs}};
        if (::timerfd_settime(m_timer.get(), 0, &tick, nullptr) != 0) {
            return sysFailure("timerfd_settime");
        }
        watch(m_timer.get(), kTimerTag);
        --m_open;  // the timer never ends by itself
    }
    return std::nullopt;
}

void Monitor::kill(KillReason reason) {
    if (m_result.killed != KillReason::None)
        return;
    m_result.killed = reason;
    signalPidfd(m_targets.pidfd, SIGKILL);
    m_targets.cgroup->killAll();
}

void Monitor::onTick() {
    std::uint64_t expirations = 0;
    (void)::read(m_timer.get(), &expirations, sizeof expirations);
    const Limits& limits = *m_targets.limits;
    if (limits.cpuSeconds) {
        // Without a CPU cgroup the tree is sampled in /proc, at a coarser pace (a host-wide scan).
        bool sampled = !m_targets.cgroup->hasCpu();
        if (sampled && ++m_ticks % kProcSampleEvery != 0)
            return checkWall();
        auto cpu =
            sampled ? std::optional(treeCpuNs(m_targets.initPid)) : m_targets.cgroup->cpuNs();
        if (sampled)
            m_result.sampledCpuNs = std::max(m_result.sampledCpuNs, *cpu);
        if (cpu && *cpu > secondsToNs(*limits.cpuSeconds))
            kill(KillReason::CpuTime);
    }
    checkWall();
}

void Monitor::checkWall() {
    const Limits& limits = *m_targets.limits;
    if (limits.wallSeconds &&
        monotonicNs() - m_targets.startNs > secondsToNs(*limits.wallSeconds)) {
        kill(KillReason::WallTime);
    }
}

void Monitor::onReport() {
    ChildMessage message;
    ssize_t got = ::read(m_targets.reportFd, &message, sizeof message);
    if (got < 0 && errno == EINTR)
        return;
    if (got == static_cast<ssize_t>(sizeof message)) {
        if (message.kind == MessageKind::PayloadExited) {
            m_result.usageAtExit = m_targets.cgroup->usage();
        }
        m_result.messages.push_back(message);
        return;
    }
    ::epoll_ctl(m_epoll.get(), EPOLL_CTL_DEL, m_targets.reportFd, nullptr);
    --m_open;
}

void Monitor::onRelay(std::size_t index) {
    auto& relay = m_targets.streams->relays()[index];
    if (BoxStreams::pump(relay, m_result.relayedBytes, m_targets.limits->outputBytes)) {
        if (m_result.relayedBytes > m_targets.limits->outputBytes)
            kill(KillReason::Output);
        return;
    }
    ::epoll_ctl(m_epoll.get(), EPOLL_CTL_DEL, relay.source.get(), nullptr);
    --m_open;
}

void Monitor::onInitExit() {
    siginfo_t info{};
    if (::syscall(SYS_waitid, P_PIDFD, m_targets.pidfd, &info, WEXITED, &m_result.initUsage) != 0) {
        return;
    }
    m_result.initExitCode = info.si_code == CLD_EXITED ? info.si_status : -info.si_status;
    m_result.wallNs = monotonicNs() - m_targets.startNs;
    m_initExited = true;
    ::epoll_ctl(m_epoll.get(), EPOLL_CTL_DEL, m_targets.pidfd, nullptr);
    --m_open;
}

Expected<MonitorResult> Monitor::run() {
    if (auto failure = setUp())
        return *failure;
    epoll_event events[8];
    while (m_open > 0) {
        int count = ::epoll_wait(m_epoll.get(), events, 8, -1);
        if (count < 0 && errno == EINTR)
            continue;
        if (count < 0)
            return sysFailure("epoll_wait");
        for (int i = 0; i < count; ++i) {
            std::uint64_t tag = events[i].data.u64;
            if (tag == kPidTag) {
                onInitExit();
            } else if (tag == kReportTag) {
                onReport();
            } else if (tag == kTimerTag) {
                onTick();
            } else {
                onRelay(static_cast<std::size_t>(tag));
            }
        }
    }
    return m_result;
}

}  // namespace

std::uint64_t monotonicNs() {
    timespec now{};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<std::uint64_t>(now.tv_sec) * kNsPerSecond +
           static_cast<std::uint64_t>(now.tv_nsec);
}

Expected<MonitorResult> monitorBox(const MonitorTargets& targets) {
    return Monitor(targets).run();
}

}  // namespace verdict::sandbox
