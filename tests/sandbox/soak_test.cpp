// Leak soak: 1000 runs of `verdict-sandbox run -- /bin/true` in a row must leave no box cgroup,
// no mount, no process and nothing but lock files in the runtime directory.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <regex>
#include <string>

#include "host_cgroups.h"
#include "host_processes.h"
#include "run_result.h"
#include "sandbox_runner.h"

namespace verdict::tests {
namespace {

constexpr int kRuns = 1000;
constexpr uid_t kFirstBoxUid = 800000;
constexpr uid_t kLastBoxUid = 800999;

// The contract's lock directory for root; rootless runs keep theirs in a per-user directory.
const char* const kRuntimeDirectory = "/run/verdict-sandbox";

// Entries of the runtime dir that are neither box-<n>.lock files nor empty directories.
std::vector<std::string> runtimeDirectoryLeftovers() {
    std::vector<std::string> leftovers;
    const std::regex lockName(R"(box-\d+\.lock)");
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(kRuntimeDirectory, error)) {
        const std::string name = entry.path().filename().string();
        bool lock = entry.is_regular_file() && std::regex_match(name, lockName);
        bool emptyDir =
            entry.is_directory() && !entry.is_symlink() && std::filesystem::is_empty(entry.path());
        if (!lock && !emptyDir) {
            leftovers.push_back(name);
        }
    }
    return leftovers;
}

std::vector<pid_t> boxUidProcesses() {
    std::vector<pid_t> found;
    for (const auto& info : allProcesses()) {
        if (info.realUid >= kFirstBoxUid && info.realUid <= kLastBoxUid && info.state != 'Z') {
            found.push_back(info.pid);
        }
    }
    return found;
}

TEST(SandboxSoak, ThousandRunsLeaveNothingBehind) {
    const std::vector<std::string> mountsBefore = mountTable();
    SandboxRequest request;
    request.program = "/bin/true";
    request.json = false;
    for (int run = 0; run < kRuns; ++run) {
        RunResult result = SandboxRunner::run(request);
        ASSERT_EQ(result.sandboxExitCode(), 0) << "run " << run << result.describe();
    }
    EXPECT_TRUE(leftoverBoxCgroups().empty());
    EXPECT_EQ(mountTable(), mountsBefore) << "mounts appeared or vanished on the host";
    EXPECT_TRUE(strayChildren().empty()) << "processes reparented to the harness";
    if (::geteuid() != 0) {
        return;  // the runtime directory below is root's
    }
    EXPECT_TRUE(boxUidProcesses().empty()) << "processes still running as a box uid";
    std::vector<std::string> leftovers = runtimeDirectoryLeftovers();
    EXPECT_TRUE(leftovers.empty()) << leftovers.size() << " entries left in " << kRuntimeDirectory
                                   << ", first: " << (leftovers.empty() ? "" : leftovers.front());
}

}  // namespace
}  // namespace verdict::tests
