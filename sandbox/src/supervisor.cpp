// Theory of operation: see sandbox/README.md. The supervisor (this process, single-threaded)
// prepares what can fail or allocate, then clone3()s the box's init into new namespaces (on a
// cgroup v2 host straight into the box's cgroup). While init builds the file system, the
// supervisor writes the id maps (rootless) and elsewhere than on v2 finds the cgroup layout,
// creates the box's cgroups and moves init in; then it releases init to fork the program, makes
// the slot's next spare network namespace (root mode), watches limits and output, and reads the
// facts of the verdict.
#include <fcntl.h>
#include <linux/sched.h>
#include <sched.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>

#include "box_cgroup.h"
#include "box_filter.h"
#include "box_init.h"
#include "box_monitor.h"
#include "box_network.h"
#include "box_slot.h"
#include "box_streams.h"
#include "box_template.h"
#include "classify.h"
#include "file_io.h"
#include "pidfd_signal.h"
#include "verdict/sandbox/sandbox.h"

namespace verdict::sandbox {

namespace {

constexpr std::uint64_t kPage = 4096;
constexpr std::uint64_t kDefaultShmBytes = 64ull << 20;

struct Pipe {
    UniqueFd read, write;
};

Expected<Pipe> makePipe() {
    int ends[2];
    if (::pipe2(ends, O_CLOEXEC) != 0)
        return sysFailure("pipe2");
    return Pipe{UniqueFd(ends[0]), UniqueFd(ends[1])};
}

std::vector<std::string> boxEnvironment(const RunOptions& options) {
    std::vector<std::string> env = {"PATH=/usr/local/bin:/usr/bin:/bin", "HOME=/box", "TMPDIR=/tmp",
                                    "LANG=C.UTF-8"};
    for (const auto& entry : options.environment) {
        std::string name = entry.substr(0, entry.find('=') + 1);
        std::erase_if(env, [&](const std::string& e) { return e.rfind(name, 0) == 0; });
        env.push_back(entry);
    }
    return env;
}

Step writeIdMaps(pid_t pid, uid_t uid, gid_t gid) {
    std::string proc = "/proc/" + std::to_string(pid);
    if (auto f = writeSmallFile(proc + "/uid_map",
                                std::to_string(uid) + " " + std::to_string(uid) + " 1")) {
        return f;
    }
    if (auto f = writeSmallFile(proc + "/setgroups", "deny"))
        return f;
    return writeSmallFile(proc + "/gid_map",
                          std::to_string(gid) + " " + std::to_string(gid) + " 1");
}

// Everything one run holds; destroyed (cgroups removed, slot released) when the run ends.
struct Run {
    explicit Run(const RunOptions& runOptions) : options(runOptions) {}
    const RunOptions& options;
    bool rootless = ::geteuid() != 0;
    CgroupPlan cgroups;
    BoxSlot slot;
    BoxCgroup cgroup;
    UniqueFd hostWorkdir;
    UniqueFd boxTemplate;         // root mode without binds: the slot's template mount namespace
    UniqueFd homeNetwork;         // root mode with a template: our own network namespace
    bool inSpareNetwork = false;  // we entered the slot's spare: init is cloned into it
    bool cgroupsPlanned = false;
    RunResult result;
};

Step createCgroup(Run& run) {
    auto cgroup = BoxCgroup::create(run.cgroups, run.slot.index, run.options.limits);
    if (!cgroup)
        return cgroup.failure();
    run.cgroup = std::move(cgroup.value());
    return std::nullopt;
}

void describeIsolation(Run& run) {
    Isolation& isolation = run.result.isolation;
    isolation.cgroupMode = cgroupModeName(run.cgroups.mode);
    isolation.degraded = run.cgroups.degraded;
    if (run.rootless) {
        isolation.degraded.push_back(
            {"distinct_uid", "shared uid", "rootless: only the caller's own uid can be mapped"});
    }
}

// The host's cgroup layout and where this box's cgroups go.
void planBoxCgroups(Run& run) {
    run.cgroups = planCgroups(detectHostCgroupLayout());
    run.cgroupsPlanned = true;
    describeIsolation(run);
}

// On a cgroup v2 host the box's cgroup exists before the clone, which enters it directly
// (CLONE_INTO_CGROUP: no attach, so no wait for the cgroup write lock). Elsewhere the layout is
// found, the cgroups are created and init is moved in while init builds the file system; init
// is held until then either way.
Step setUpCgroups(Run& run, pid_t init) {
    if (!run.cgroupsPlanned)
        planBoxCgroups(run);
    if (run.cgroup.intoCgroupFd() >= 0)
        return std::nullopt;
    if (auto failure = createCgroup(run))
        return failure;
    return run.cgroup.attach(init);
}

Step prepare(Run& run) {
    auto slot = acquireSlot();
    if (!slot)
        return slot.failure();
    run.slot = std::move(slot.value());
    if (run.options.workdir) {
        run.hostWorkdir.reset(
            ::open(run.options.workdir->c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
        if (!run.hostWorkdir.valid()) {
            return sysFailure("--workdir " + *run.options.workdir, "give an existing directory");
        }
    }
    Isolation& isolation = run.result.isolation;
    isolation.userNamespace = run.rootless;
    isolation.boxUid = run.rootless ? ::getuid() : kFirstBoxUid + run.slot.index;
    // The caller's binds need mount points the read-only template does not have.
    if (!run.rootless && run.options.binds.empty()) {
        run.boxTemplate = openBoxTemplate(
            {run.slot.runtimeDir, run.slot.index, isolation.boxUid, isolation.boxUid});
    }
    if (run.boxTemplate.valid())
        run.homeNetwork.reset(::open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC));
    if (run.homeNetwork.valid()) {
        UniqueFd spare =
            takeSpareNetwork(run.slot.runtimeDir, run.slot.index, run.homeNetwork.get());
        run.inSpareNetwork = spare.valid() && ::setns(spare.get(), CLONE_NEWNET) == 0;
    }
    if (!cgroupRootIsUnified())
        return std::nullopt;
    planBoxCgroups(run);
    return run.cgroups.v2Files ? createCgroup(run) : Step();
}

BoxPlan makeBoxPlan(const Run& run, const BoxStreams& streams, int syncFd, int reportFd) {
    const RunOptions& options = run.options;
    BoxPlan plan;
    FilesystemPlan& fs = plan.filesystem;
    fs.stagingDir = run.slot.runtimeDir + "/root";
    fs.binds = options.binds;
    fs.workdir = options.workdir;
    fs.readonlyWorkdir = options.readonlyWorkdir;
    fs.hostWorkdirFd = run.hostWorkdir.get();
    fs.filesBytes = (options.limits.outputBytes / kPage + 1) * kPage;
    fs.shmBytes = options.limits.memoryBytes.value_or(kDefaultShmBytes);
    fs.boxUid = run.result.isolation.boxUid;
    fs.boxGid = run.rootless ? ::getgid() : fs.boxUid;
    fs.ownerUid = run.rootless ? fs.boxUid : 0;
    fs.ownerGid = run.rootless ? fs.boxGid : 0;
    fs.templateFd = run.boxTemplate.get();
    PayloadPlan& payload = plan.payload;
    payload.stdinFd = streams.childStdin();
    payload.stdoutFd = streams.childStdout();
    payload.stderrFd = streams.childStderr();
    payload.reportFd = reportFd;
    payload.limits = options.limits;
    payload.switchUser = !run.rootless;
    payload.uid = fs.boxUid;
    payload.gid = fs.boxGid;
    payload.environment = boxEnvironment(options);
    payload.program = options.program;
    payload.ignoreSigpipe = options.ignoreSigpipe;
    payload.arguments = options.arguments;
    plan.filter = &boxFilter();
    plan.syncFd = syncFd;
    plan.reportFd = reportFd;
    plan.waitForIdMaps = run.rootless;
    plan.copyOut = options.workdir && !options.readonlyWorkdir;
    return plan;
}

pid_t cloneBox(const Run& run, int* pidfd) {
    clone_args args{};
    args.flags = CLONE_NEWPID | CLONE_NEWIPC | CLONE_NEWUTS | CLONE_NEWCGROUP | CLONE_PIDFD;
    if (!run.inSpareNetwork)
        args.flags |= CLONE_NEWNET;
    // With a template, init enters a copy of it instead of a copy of our mount namespace.
    if (!run.boxTemplate.valid())
        args.flags |= CLONE_NEWNS;
    if (run.rootless)
        args.flags |= CLONE_NEWUSER;
    if (run.cgroup.intoCgroupFd() >= 0) {
        args.flags |= CLONE_INTO_CGROUP;
        args.cgroup = static_cast<__u64>(run.cgroup.intoCgroupFd());
    }
    args.pidfd = static_cast<__u64>(reinterpret_cast<std::uintptr_t>(pidfd));
    args.exit_signal = SIGCHLD;
    return static_cast<pid_t>(::syscall(SYS_clone3, &args, sizeof args));
}

// What init reported: a setup failure, or the program's status and what it left in files.
RunFacts factsFromMessages(const MonitorResult& watched) {
    RunFacts facts;
    facts.killed = watched.killed;
    for (const auto& message : watched.messages) {
        if (message.kind == MessageKind::SetupFailed && !facts.setupFailure) {
            facts.setupFailure = toFailure(message);
        } else if (message.kind == MessageKind::PayloadExited) {
            facts.programStatus = message.waitStatus;
            facts.outputBytes += message.filesBytes;
            facts.filesFull = message.filesFull != 0;
            facts.shmFull = message.shmFull != 0;
        }
    }
    return facts;
}

std::uint64_t rusageCpuNs(const rusage& usage) {
    auto ns = [](const timeval& t) {
        return static_cast<std::uint64_t>(t.tv_sec) * 1'000'000'000ull +
               static_cast<std::uint64_t>(t.tv_usec) * 1000ull;
    };
    return ns(usage.ru_utime) + ns(usage.ru_stime);
}

// Collects what the run produced into the result (and cleans the cgroups up).
void finish(Run& run, const MonitorResult& watched, const BoxStreams& streams) {
    // Init has been reaped, so its PID namespace, and with it the box, is empty: no kill here
    // (a straggler would only make the cgroup removal kill and retry).
    RunFacts facts = factsFromMessages(watched);
    CgroupUsage usage =
        watched.usageAtExit ? *watched.usageAtExit : run.cgroup.usage();  // read once
    // Init silently gone is our failure, unless the box ran out of memory (the OOM killer may
    // pick init when what fills the box belongs to no process, such as /dev/shm files).
    if (!facts.programStatus && !facts.setupFailure && watched.killed == KillReason::None &&
        usage.oomKills == 0) {
        facts.setupFailure = Failure{"box init", 0,
                                     "ended (code " + std::to_string(watched.initExitCode) +
                                         ") without reporting the program's status"};
    }
    const rusage& ru = watched.initUsage;
    facts.cpuNs = usage.cpuNs.value_or(std::max(rusageCpuNs(ru), watched.sampledCpuNs));
    facts.peakBytes = usage.peakBytes.value_or(static_cast<std::uint64_t>(ru.ru_maxrss) * 1024);
    facts.oomKills = usage.oomKills;
    facts.memoryByRlimit = !run.cgroup.hasMemory();
    facts.outputBytes += watched.relayedBytes + streams.directBytes();
    run.cgroup.remove();

    RunResult& result = run.result;
    result.cpuMs = facts.cpuNs / 1'000'000;
    result.wallMs = watched.wallNs / 1'000'000;
    result.memoryKib = facts.peakBytes / 1024;
    result.outputBytes = facts.outputBytes;
    classify(facts, run.options.limits, result);
}

struct Pipes {
    Pipe sync, report;
};

// After the clone: id maps (rootless), cgroups, then the release that lets init start the
// program. On failure the box is killed and reaped.
Step releaseBox(Run& run, pid_t pid, int pidfd, Pipes& pipes) {
    Step ready = run.rootless ? writeIdMaps(pid, ::getuid(), ::getgid()) : Step();
    if (!ready && run.rootless && ::write(pipes.sync.write.get(), "m", 1) != 1) {
        ready = sysFailure("tell the box its id maps are written");
    }
    if (!ready)
        ready = setUpCgroups(run, pid);
    // The program is an ordinary OOM candidate: it inherits this from init, which makes itself
    // the last choice once the program has started (root only). Written while init builds the
    // file system.
    if (!ready && !run.rootless)
        (void)writeSmallFile("/proc/" + std::to_string(pid) + "/oom_score_adj", "0");
    BoxRelease release{1, run.cgroup.hasMemory() ? std::uint8_t{0} : std::uint8_t{1}};
    if (!ready && ::write(pipes.sync.write.get(), &release, sizeof release) != sizeof release) {
        ready = sysFailure("release the box");
    }
    if (ready) {
        signalPidfd(pidfd, SIGKILL);
        ::waitpid(pid, nullptr, 0);
    }
    pipes.sync.write.reset();
    // The next run's network namespace, made while this run's program starts and runs (it may
    // be the first one: a run that clones its own makes the slot's first spare).
    if (!ready && run.homeNetwork.valid())
        (void)makeSpareNetwork(run.slot.runtimeDir, run.slot.index, run.homeNetwork.get());
    return ready;
}

Step execute(Run& run) {
    auto streams = BoxStreams::open(run.options);
    if (!streams)
        return streams.failure();
    auto sync = makePipe();
    auto report = makePipe();
    if (!sync || !report)
        return (sync ? report : sync).failure();
    Pipes pipes{std::move(sync.value()), std::move(report.value())};
    BoxPlan plan =
        makeBoxPlan(run, streams.value(), pipes.sync.read.get(), pipes.report.write.get());

    int pidfd = -1;
    std::uint64_t start = monotonicNs();
    pid_t pid = cloneBox(run, &pidfd);
    if (pid < 0)
        return sysFailure("clone3", "new namespaces (kernel 5.7 or newer is required)");
    if (pid == 0)
        boxInitMain(plan);
    UniqueFd initPidfd(pidfd);
    pipes.sync.read.reset();
    pipes.report.write.reset();
    streams->closeChildEnds();
    if (auto failure = releaseBox(run, pid, initPidfd.get(), pipes))
        return failure;

    MonitorTargets targets{
        initPidfd.get(),     pid,  pipes.report.read.get(), &streams.value(), &run.cgroup,
        &run.options.limits, start};
    auto watched = monitorBox(targets);
    if (!watched)
        return watched.failure();
    finish(run, watched.value(), streams.value());
    for (const auto& relay : streams->relays()) {
        if (run.options.json && relay.destination == STDOUT_FILENO && !relay.endsWithNewline) {
            (void)::write(STDOUT_FILENO, "\n", 1);  // the JSON object always starts a line
        }
    }
    return std::nullopt;
}

}  // namespace

RunResult runSandboxed(const RunOptions& options) {
    Run run(options);
    Step failure = prepare(run);
    if (!failure)
        failure = execute(run);
    if (failure) {
        if (!run.cgroupsPlanned)
            planBoxCgroups(run);  // for the result's isolation
        run.result.status = Status::SandboxError;
        run.result.error = failure->describe();
    }
    return run.result;
}

}  // namespace verdict::sandbox
