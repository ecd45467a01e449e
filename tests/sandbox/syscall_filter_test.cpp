// Syscalls a box must not get: each probe prints one line per attempt; every attempt must be
// denied, and the lines prove the probe really ran.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <string>
#include <vector>

#include "child_process.h"
#include "sandbox_test.h"
#include "test_binaries.h"
#include "test_paths.h"

namespace verdict::tests {
namespace {

struct DenialCase {
    const char* name;
    const char* program;
    std::vector<std::string> args;
    std::vector<std::string> expectedLines;  // regexes, each must match one program line
};

void PrintTo(const DenialCase& probe, std::ostream* out) {
    *out << probe.name;
}

class SyscallFilterTest : public SandboxTest, public ::testing::WithParamInterface<DenialCase> {};

TEST_P(SyscallFilterTest, IsDenied) {
    const DenialCase& probe = GetParam();
    RunResult result = runHostile(probe.program, {"--time", "5"}, probe.args);
    expectStatus(result, "ok");
    EXPECT_EQ(result.number("exit_code"), 0) << result.describe();
    for (const auto& pattern : probe.expectedLines) {
        expectPrinted(result, pattern);
    }
}

const std::string kDenied = ": denied E[A-Z0-9]+";

INSTANTIATE_TEST_SUITE_P(
    Probes, SyscallFilterTest,
    ::testing::Values(
        DenialCase{"ptrace",
                   "ptrace_probe",
                   {},
                   {"ptrace traceme" + kDenied, "ptrace attach 1" + kDenied,
                    "ptrace attach ppid" + kDenied}},
        DenialCase{"mount",
                   "mount_probe",
                   {},
                   {"mount tmpfs" + kDenied, "mount proc" + kDenied, "remount root rw" + kDenied,
                    "umount proc" + kDenied, "umount usr" + kDenied}},
        DenialCase{"chroot", "chroot_escape", {std::string(kBuildDir)}, {"chroot" + kDenied}},
        DenialCase{
            "userns",
            "userns_probe",
            {},
            {"unshare newuser" + kDenied, "clone newuser" + kDenied, "clone3: denied ENOSYS"}},
        DenialCase{"io_uring", "io_uring_probe", {}, {"io_uring_setup" + kDenied}},
        DenialCase{"bpf", "bpf_probe", {}, {"bpf map_create" + kDenied}},
        DenialCase{"perf_event_open", "perf_probe", {}, {"perf_event_open" + kDenied}},
        DenialCase{
            "keyctl", "keyctl_probe", {}, {"add_key" + kDenied, "keyctl get_keyring_id" + kDenied}},
        DenialCase{"userfaultfd", "userfaultfd_probe", {}, {"userfaultfd" + kDenied}},
        DenialCase{"vsock", "net_vsock", {}, {"vsock stream" + kDenied, "vsock dgram" + kDenied}},
        DenialCase{
            "tiocsti", "tiocsti", {}, {"tiocsti: denied EPERM", "tiocsti high: denied EPERM"}}),
    [](const auto& testInfo) { return std::string(testInfo.param.name); });

// Runs the int80 program directly on the host: exit 42 means the kernel has i386 emulation.
bool hostHasIa32Emulation() {
    ChildProcess probe(SpawnOptions{{hostileProgram("int80")}, {}, -1});
    ProcessOutcome outcome = probe.wait(std::chrono::seconds(10));
    return WIFEXITED(outcome.waitStatus) && WEXITSTATUS(outcome.waitStatus) == 42;
}

class NonNativeSyscallTest : public SandboxTest {};

TEST_F(NonNativeSyscallTest, Int80IsKilledBySigsys) {
    if (!hostHasIa32Emulation()) {
        GTEST_SKIP() << "kernel without IA32 emulation: int $0x80 cannot reach any filter";
    }
    RunResult result = runHostile("int80", {"--time", "5"}, {});
    expectStatus(result, "signaled");
    expectPrinted(result, "int80: calling");
    EXPECT_EQ(result.number("signal"), 31) << result.describe();
    EXPECT_EQ(result.number("exit_code"), -1) << result.describe();
}

}  // namespace
}  // namespace verdict::tests
