#include "box_init.h"

#include <signal.h>
#include <sys/prctl.h>
#include <sys/statvfs.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <iterator>

#include "child_report.h"
#include "file_io.h"
#include "tree_copy.h"
#include "verdict/sandbox/unique_fd.h"

namespace verdict::sandbox {

namespace {

[[noreturn]] void fail(const BoxPlan& plan, const Failure& failure) {
    sendFailure(plan.reportFd, failure);
    ::_exit(1);
}

// Reads exactly `size` bytes from the supervisor; false if it gave up (closed the pipe).
bool readFromSupervisor(int syncFd, void* data, std::size_t size) {
    ssize_t got;
    do {
        got = ::read(syncFd, data, size);
    } while (got < 0 && errno == EINTR);
    return got == static_cast<ssize_t>(size);
}

// Closes every descriptor but the ones init still needs, so pipes see EOF when the program
// and its children are gone.
void closeAllExcept(int a, int b, int c) {
    int keep[3] = {a, b, c};
    std::sort(std::begin(keep), std::end(keep));
    unsigned from = 0;
    for (int fd : keep) {
        if (fd < 0)
            continue;
        if (static_cast<unsigned>(fd) > from)
            ::close_range(from, static_cast<unsigned>(fd) - 1, 0);
        from = static_cast<unsigned>(fd) + 1;
    }
    ::close_range(from, ~0u, 0);
}

// Reaps until the program itself has ended; orphans re-parented to us are reaped on the way.
int reapUntil(pid_t program) {
    for (;;) {
        int status = 0;
        pid_t pid = ::waitpid(-1, &status, __WALL);
        if (pid == program)
            return status;
        if (pid < 0 && errno == ECHILD)
            return 0;
    }
}

void killTheRest() {
    ::kill(-1, SIGKILL);  // from PID 1: every other process in the namespace
    while (::waitpid(-1, nullptr, __WALL) > 0 || errno == EINTR) {
    }
}

struct FilesUsage {
    std::uint64_t bytes = 0;
    bool full = false;
};

FilesUsage filesUsage(const char* path, FilesUsage usage) {
    struct statvfs info {};
    if (::statvfs(path, &info) == 0) {
        std::uint64_t used = (info.f_blocks - info.f_bfree) * info.f_frsize;
        usage.bytes += used;
        usage.full = usage.full || info.f_bavail == 0 || info.f_favail == 0;
    }
    return usage;
}

// What the program can write to: /tmp, and /box unless it is the caller's read-only directory.
FilesUsage writableUsage(bool readonlyWorkdir) {
    FilesUsage usage = filesUsage("/tmp", {});
    return readonlyWorkdir ? usage : filesUsage("/box", usage);
}

// Everything before the program starts: the file system (built while the supervisor sets up
// the cgroups: the two overlap), then the supervisor's release. Returns /box.
UniqueFd prepareBox(const BoxPlan& plan, BoxRelease& release) {
    char mapped = 0;
    if (plan.waitForIdMaps && !readFromSupervisor(plan.syncFd, &mapped, 1))
        ::_exit(1);
    auto box = buildBoxFilesystem(plan.filesystem);
    if (!box)
        fail(plan, box.failure());
    UniqueFd boxDir(box.value());
    if (::sethostname("verdict-box", 11) != 0)
        fail(plan, sysFailure("sethostname"));
    // The program inherits both, set here while the supervisor still moves init into its cgroups.
    // Init needs no mount, namespace or hostname call from now on.
    if (auto failure = dropBoundingSet())
        fail(plan, *failure);
    if (auto failure = loadFilter(*plan.filter))
        fail(plan, *failure);
    if (!readFromSupervisor(plan.syncFd, &release, sizeof release) || !release.go)
        ::_exit(1);
    ::close(plan.syncFd);
    return boxDir;
}

void copyOut(const BoxPlan& plan, int boxDir) {
    CopyRules rules;
    rules.skipHardLinked = true;
    if (auto failure = copyTree(boxDir, plan.filesystem.hostWorkdirFd, rules)) {
        failure->step = "copy the program's files out of the box: " + failure->step;
        fail(plan, *failure);
    }
}

}  // namespace

void boxInitMain(const BoxPlan& plan) {
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    BoxRelease release;
    UniqueFd boxDir = prepareBox(plan, release);
    FilesUsage before = writableUsage(plan.filesystem.readonlyWorkdir);

    PayloadPlan payload = plan.payload;
    payload.memoryByRlimit = release.memoryByRlimit != 0;
    pid_t program = startPayload(payload);
    if (program < 0)
        fail(plan, sysFailure("start the program's process"));
    // The OOM killer should pick the program, not init (root only).
    (void)writeSmallFile("/proc/self/oom_score_adj", "-1000");

    closeAllExcept(plan.reportFd, boxDir.get(), plan.copyOut ? plan.filesystem.hostWorkdirFd : -1);
    int status = reapUntil(program);
    killTheRest();

    FilesUsage after = writableUsage(plan.filesystem.readonlyWorkdir);
    std::uint64_t written = after.bytes > before.bytes ? after.bytes - before.bytes : 0;
    sendExit(plan.reportFd, status, written, after.full, filesUsage("/dev/shm", {}).full);
    if (plan.copyOut)
        copyOut(plan, boxDir.get());
    ::_exit(0);
}

}  // namespace verdict::sandbox
