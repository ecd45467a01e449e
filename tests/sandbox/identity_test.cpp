// Who the program is: never root on the host (root mode: box uid 800000+slot; rootless: the
// caller's uid in a user namespace), no capabilities, no_new_privs, seccomp, its own hostname.
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <thread>

#include "host_processes.h"
#include "isolation.h"
#include "sandbox_test.h"
#include "test_binaries.h"

namespace verdict::tests {
namespace {

class IdentityTest : public SandboxTest {};

// Polls the host's /proc for the box program (renamed to `comm`) and returns its real uid.
std::optional<uid_t> hostUidOf(const std::string& comm) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (std::chrono::steady_clock::now() < deadline) {
        for (pid_t pid : processesWithComm(comm)) {
            if (auto info = readProcess(pid)) {
                return info->realUid;
            }
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return std::nullopt;
}

TEST_F(IdentityTest, ProgramIsUnprivilegedInsideAndOutside) {
    const std::string comm = "vi" + uniqueToken(12);
    SandboxRequest request;
    request.program = m_workdir.addProgram("identity");
    request.options = {"--workdir", m_workdir.path(), "--time", "10"};
    request.args = {comm, "1500"};
    auto process = SandboxRunner::start(request);
    std::optional<uid_t> hostUid = hostUidOf(comm);
    RunResult result = SandboxRunner::finish(*process, request);
    expectHostClean(result);
    expectStatus(result, "ok");
    expectPrinted(result, "id done");
    Isolation isolation(result.json());
    ASSERT_TRUE(isolation.present()) << result.describe();

    ASSERT_TRUE(hostUid.has_value()) << "box program never seen in the host's /proc";
    EXPECT_NE(*hostUid, 0u) << "the program runs as root on the host";
    if (runningAsRoot()) {
        EXPECT_GE(isolation.boxUid(), 800000) << result.describe();
        EXPECT_LT(isolation.boxUid(), 801000) << result.describe();
        EXPECT_EQ(static_cast<long long>(*hostUid), isolation.boxUid()) << result.describe();
    } else {
        EXPECT_TRUE(isolation.userNamespace()) << result.describe();
        EXPECT_EQ(isolation.boxUid(), static_cast<long long>(::getuid())) << result.describe();
        EXPECT_EQ(*hostUid, ::getuid()) << result.describe();
    }
    const std::string uid = std::to_string(isolation.boxUid());
    expectPrinted(result, "id uid=" + uid);
    expectPrinted(result, "id euid=" + uid);
    expectPrinted(result, "id CapEff=0000000000000000");
    expectPrinted(result, "id CapPrm=0000000000000000");
    expectPrinted(result, "id CapAmb=0000000000000000");
    expectPrinted(result, "id NoNewPrivs=1");
    expectPrinted(result, "id Seccomp=2");

    char hostname[256] = "";
    ::gethostname(hostname, sizeof hostname - 1);
    auto boxHostname = result.lineMatching("id hostname=.*");
    ASSERT_TRUE(boxHostname.has_value()) << result.describe();
    EXPECT_NE(*boxHostname, "id hostname=" + std::string(hostname))
        << "the box shares the host's UTS namespace";
}

// The isolation report is well formed; as root with writable cgroups nothing is degraded, and
// without cgroups the memory limit must be reported as RLIMIT_AS.
TEST_F(IdentityTest, IsolationIsReported) {
    SandboxRequest request;
    request.program = "/bin/true";
    request.options = {"--memory", "64", "--time", "5"};
    RunResult result = runChecked(request);
    expectStatus(result, "ok");
    Isolation isolation(result.json());
    ASSERT_TRUE(isolation.present()) << result.describe();
    const std::string mode = isolation.cgroupMode();
    EXPECT_TRUE(mode == "v1" || mode == "v2" || mode == "hybrid" || mode == "none") << mode;
    for (const auto& entry :
         result.json().at("isolation").value("degraded", nlohmann::json::array())) {
        EXPECT_FALSE(entry.value("feature", "").empty()) << entry.dump();
        EXPECT_FALSE(entry.value("fallback", "").empty()) << entry.dump();
        EXPECT_FALSE(entry.value("reason", "").empty()) << entry.dump();
    }
    expectMemoryLimitReported(result);
    if (runningAsRoot() && memoryCgroupWritable()) {
        EXPECT_TRUE(isolation.hasCgroups())
            << "root with writable cgroups ran without them" << result.describe();
    }
}

// Init shields itself from the OOM killer; the program must not inherit that shield.
TEST_F(IdentityTest, ProgramIsAnOrdinaryOomCandidate) {
    SandboxRequest request;
    request.program = "/bin/cat";
    request.args = {"/proc/self/oom_score_adj"};
    RunResult result = runChecked(request);
    expectStatus(result, "ok");
    ASSERT_EQ(result.programLines().size(), 1u) << result.describe();
    EXPECT_EQ(result.programLines()[0], "0") << result.describe();
}

}  // namespace
}  // namespace verdict::tests
