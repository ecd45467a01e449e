// The harness's own detectors must be able to fail: while a box runs, its cgroups and its
// processes are visible from the host; after the run they are gone.
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "host_cgroups.h"
#include "host_processes.h"
#include "isolation.h"
#include "sandbox_test.h"
#include "test_binaries.h"

namespace verdict::tests {
namespace {

class HostCheckTest : public SandboxTest {};

TEST_F(HostCheckTest, RunningBoxIsSeenAndThenGone) {
    const std::string comm = "vh" + uniqueToken(12);
    SandboxRequest request;
    request.program = m_workdir.addProgram("identity");
    request.options = {"--workdir", m_workdir.path(), "--time", "10"};
    request.args = {comm, "1500"};
    auto process = SandboxRunner::start(request);
    bool programSeen = false;
    std::vector<std::string> cgroupsSeen;
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (std::chrono::steady_clock::now() < deadline && (!programSeen || cgroupsSeen.empty())) {
        programSeen = programSeen || !processesWithComm(comm).empty();
        if (cgroupsSeen.empty()) {
            cgroupsSeen = boxCgroupsPresent();
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    RunResult result = SandboxRunner::finish(*process, request);
    expectStatus(result, "ok");
    expectHostClean(result);
    EXPECT_TRUE(programSeen) << "the box program never showed up in the host's /proc";
    Isolation isolation(result.json());
    if (isolation.hasCgroups()) {
        EXPECT_FALSE(cgroupsSeen.empty())
            << "cgroup_mode " << isolation.cgroupMode() << " but no box cgroup found under "
            << ::testing::PrintToString(sandboxCgroupParents());
    }
    EXPECT_TRUE(processesWithComm(comm).empty());
}

}  // namespace
}  // namespace verdict::tests
