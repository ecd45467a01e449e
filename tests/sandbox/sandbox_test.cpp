#include "sandbox_test.h"

#include <unistd.h>

#include <csignal>

#include "host_cgroups.h"
#include "host_processes.h"

namespace verdict::tests {

namespace {

std::string joined(const std::vector<std::string>& items) {
    std::string text;
    for (const auto& item : items) {
        text += (text.empty() ? "" : ", ") + item;
    }
    return text;
}

std::string joinedPids(const std::vector<pid_t>& pids) {
    std::vector<std::string> items;
    for (pid_t pid : pids) {
        auto info = readProcess(pid);
        items.push_back(std::to_string(pid) + (info ? " (" + info->comm + ")" : ""));
    }
    return joined(items);
}

}  // namespace

RunResult SandboxTest::runHostile(std::string_view program, std::vector<std::string> options,
                                  std::vector<std::string> args, SandboxRequest request) {
    request.program = m_workdir.addProgram(program);
    options.insert(options.begin(), {"--workdir", m_workdir.path()});
    request.options.insert(request.options.end(), options.begin(), options.end());
    request.args = std::move(args);
    return runChecked(request);
}

RunResult SandboxTest::runChecked(const SandboxRequest& request) {
    RunResult result = SandboxRunner::run(request);
    EXPECT_FALSE(result.timedOut()) << "the sandbox did not finish in time" << result.describe();
    expectHostClean(result);
    return result;
}

void SandboxTest::expectHostClean(const RunResult& result) {
    auto cgroups = leftoverBoxCgroups();
    EXPECT_TRUE(cgroups.empty()) << "box cgroups left behind: " << joined(cgroups)
                                 << result.describe();
    std::vector<pid_t> strays = strayChildren();
    for (int waited = 0; !strays.empty() && waited < 1000; waited += 50) {
        ::usleep(50 * 1000);
        strays = strayChildren();
    }
    EXPECT_TRUE(strays.empty()) << "processes left behind (reparented to the harness): "
                                << joinedPids(strays) << result.describe();
    Isolation isolation(result.json());
    if (runningAsRoot() && isolation.boxUid() >= 800000) {
        auto owned = processesOfUid(static_cast<uid_t>(isolation.boxUid()));
        for (int waited = 0; !owned.empty() && waited < 1000; waited += 50) {
            ::usleep(50 * 1000);
            owned = processesOfUid(static_cast<uid_t>(isolation.boxUid()));
        }
        EXPECT_TRUE(owned.empty()) << "processes still running as box uid " << isolation.boxUid()
                                   << ": " << joinedPids(owned) << result.describe();
    }
}

void SandboxTest::expectStatus(const RunResult& result, std::string_view status) {
    ASSERT_TRUE(result.hasJson()) << "no JSON result line" << result.describe();
    EXPECT_EQ(result.sandboxExitCode(), 0) << result.describe();
    EXPECT_EQ(result.status(), status) << result.describe();
    expectNotEscaped(result);
}

void SandboxTest::expectNotEscaped(const RunResult& result) {
    EXPECT_FALSE(result.escaped()) << "the attack succeeded" << result.describe();
}

void SandboxTest::expectPrinted(const RunResult& result, const std::string& pattern) {
    EXPECT_TRUE(result.lineMatching(pattern).has_value())
        << "no program line matches /" << pattern << "/" << result.describe();
}

void SandboxTest::expectFillContained(const RunResult& result, const std::string& stoppedPattern,
                                      long long outputLimitBytes) {
    ASSERT_TRUE(result.hasJson()) << result.describe();
    expectNotEscaped(result);
    EXPECT_EQ(result.sandboxExitCode(), 0) << result.describe();
    // A box file system holds at most --output bytes and a fixed number of inodes: filling it
    // is an output limit by contract (or a memory limit, as tmpfs pages are charged as memory).
    const std::string status = result.status();
    EXPECT_TRUE(status == "memory_limit" || status == "output_limit") << result.describe();
    if (status == "output_limit") {
        expectPrinted(result, stoppedPattern);
        EXPECT_LE(result.number("output_bytes"), outputLimitBytes + (1 << 20))
            << "more than --output was written to a box file system" << result.describe();
    }
}

void SandboxTest::expectMemoryLimitReported(const RunResult& result) {
    Isolation isolation(result.json());
    ASSERT_TRUE(isolation.present()) << "no isolation block" << result.describe();
    if (isolation.hasCgroups()) {
        EXPECT_FALSE(isolation.degradation("memory_limit").has_value())
            << "cgroups in use, yet memory_limit reported as degraded" << result.describe();
        return;
    }
    auto degraded = isolation.degradation("memory_limit");
    ASSERT_TRUE(degraded.has_value())
        << "cgroup_mode none but the memory-limit degradation is not reported" << result.describe();
    EXPECT_EQ(degraded->fallback, "RLIMIT_AS") << result.describe();
    EXPECT_FALSE(degraded->reason.empty()) << result.describe();
}

}  // namespace verdict::tests
