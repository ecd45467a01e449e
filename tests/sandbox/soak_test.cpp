// Leak soak: 1000 runs of `verdict-sandbox run -- /bin/true` in a row must leave no box cgroup,
// no mount, no process and nothing but lock files (and, as root, the slots' box templates) in the
// runtime directory.
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

// A slot's box template: built by its first run, kept for the next ones (sandbox/README.md).
const std::string kTemplates = std::string(kRuntimeDirectory) + "/templates";

bool onlyTemplates(const std::filesystem::path& directory) {
    // A slot's template, or its spare network namespace (not a mark left by a dead run).
    const std::regex templateName(R"(box-\d+-[0-9a-f]{16}|net-\d+)");
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(directory, error)) {
        if (!std::regex_match(entry.path().filename().string(), templateName))
            return false;
    }
    return true;
}

// Entries of the runtime dir that are neither box-<n>.lock files, empty directories nor the
// templates.
std::vector<std::string> runtimeDirectoryLeftovers() {
    std::vector<std::string> leftovers;
    const std::regex lockName(R"(box-\d+\.lock)");
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(kRuntimeDirectory, error)) {
        const std::string name = entry.path().filename().string();
        bool lock = entry.is_regular_file() && std::regex_match(name, lockName);
        bool dir = entry.is_directory() && !entry.is_symlink();
        bool emptyDir = dir && std::filesystem::is_empty(entry.path());
        bool templates = dir && entry.path() == kTemplates && onlyTemplates(entry.path());
        if (!lock && !emptyDir && !templates) {
            leftovers.push_back(name);
        }
    }
    return leftovers;
}

// The host's mounts but the templates' (made by whichever run first used a slot).
std::vector<std::string> hostMounts() {
    std::vector<std::string> mounts = mountTable();
    std::erase_if(mounts, [](const std::string& line) {
        return line.find(" " + kTemplates) != std::string::npos;
    });
    return mounts;
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
    const std::vector<std::string> mountsBefore = hostMounts();
    SandboxRequest request;
    request.program = "/bin/true";
    request.json = false;
    for (int run = 0; run < kRuns; ++run) {
        RunResult result = SandboxRunner::run(request);
        ASSERT_EQ(result.sandboxExitCode(), 0) << "run " << run << result.describe();
    }
    EXPECT_TRUE(leftoverBoxCgroups().empty());
    EXPECT_EQ(hostMounts(), mountsBefore) << "mounts appeared or vanished on the host";
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
