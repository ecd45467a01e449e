// One box's cgroups on this host's real cgroup hierarchies: on cgroup v1 each slot keeps its pids
// and cpuacct cgroups from run to run, so a run must start from zero CPU and from an empty
// cgroup. Needs root and a v1 or hybrid layout; skipped elsewhere.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <string>

#include "box_cgroup.h"
#include "cgroup_layout.h"
#include "file_io.h"

namespace verdict::sandbox {
namespace {

class BoxCgroupTest : public ::testing::Test {
  protected:
    void SetUp() override {
        if (::geteuid() != 0)
            GTEST_SKIP() << "needs root (box cgroups are created below our own cgroup)";
        m_plan = planCgroups(detectHostCgroupLayout());
        if (m_plan.v2Files || m_plan.pidsBase.empty() || m_plan.cpuBase.empty())
            GTEST_SKIP() << "kept slot cgroups exist on cgroup v1 and hybrid hosts only";
    }

    void TearDown() override {
        for (const std::string* base : {&m_plan.pidsBase, &m_plan.cpuBase}) {
            if (!base->empty())
                ::rmdir((*base + "/slot-" + std::to_string(m_slot)).c_str());
        }
    }

    std::string keptDir(const std::string& base) const {
        return base + "/slot-" + std::to_string(m_slot);
    }

    // A child that waits for a byte on a pipe, then burns CPU for `burnMs` and exits.
    pid_t startChild(int& go, int burnMs) {
        int ends[2];
        EXPECT_EQ(::pipe(ends), 0);
        pid_t pid = ::fork();
        if (pid == 0) {
            ::close(ends[1]);
            char byte;
            if (::read(ends[0], &byte, 1) != 1)
                ::_exit(1);
            auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(burnMs);
            volatile unsigned long spin = 0;
            while (std::chrono::steady_clock::now() < until)
                spin = spin + 1;
            ::_exit(0);
        }
        ::close(ends[0]);
        go = ends[1];
        return pid;
    }

    static int waitFor(pid_t pid) {
        int status = 0;
        ::waitpid(pid, &status, 0);
        return status;
    }

    CgroupPlan m_plan;
    // A slot far beyond what concurrent runs use, so that no other box shares it.
    unsigned m_slot = 9000 + static_cast<unsigned>(::getpid() % 1000);
};

TEST_F(BoxCgroupTest, KeptCgroupsOutliveTheRunAndTheNextRunStartsFromZeroCpu) {
    Limits limits;
    {
        auto box = BoxCgroup::create(m_plan, m_slot, limits);
        ASSERT_TRUE(box) << box.failure().describe();
        int go = -1;
        pid_t child = startChild(go, 150);
        ASSERT_FALSE(box.value().attach(child));
        ASSERT_EQ(::write(go, "x", 1), 1);
        ::close(go);
        EXPECT_EQ(waitFor(child), 0);
        auto cpu = box.value().cpuNs();
        ASSERT_TRUE(cpu);
        EXPECT_GE(*cpu, 100'000'000u) << "the child burnt ~150 ms of CPU";
    }
    // The memory cgroup is gone with the run; the slot's pids and cpuacct cgroups stay.
    EXPECT_FALSE(std::filesystem::exists(m_plan.memoryBase + "/box-" + std::to_string(m_slot)));
    EXPECT_TRUE(std::filesystem::is_directory(keptDir(m_plan.pidsBase)));
    EXPECT_TRUE(std::filesystem::is_directory(keptDir(m_plan.cpuBase)));

    auto next = BoxCgroup::create(m_plan, m_slot, limits);
    ASSERT_TRUE(next) << next.failure().describe();
    auto cpu = next.value().cpuNs();
    ASSERT_TRUE(cpu);
    EXPECT_LT(*cpu, 5'000'000u) << "the earlier run's CPU time leaked into the next run";
}

TEST_F(BoxCgroupTest, ProcessLeftInAKeptCgroupIsKilledBeforeTheNextRun) {
    Limits limits;
    ASSERT_TRUE(BoxCgroup::create(m_plan, m_slot, limits));  // makes the kept cgroups
    int go = -1;
    pid_t stray = startChild(go, 0);  // blocks on the pipe until killed
    ASSERT_FALSE(writeSmallFile(keptDir(m_plan.pidsBase) + "/cgroup.procs", std::to_string(stray)));
    ASSERT_FALSE(writeSmallFile(keptDir(m_plan.cpuBase) + "/cgroup.procs", std::to_string(stray)));

    auto box = BoxCgroup::create(m_plan, m_slot, limits);
    ASSERT_TRUE(box) << box.failure().describe();
    int status = waitFor(stray);
    ::close(go);
    EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
        << "a process left in the slot's cgroup must not share the next run's limits";
    auto procs = readSmallFile(keptDir(m_plan.pidsBase) + "/cgroup.procs");
    ASSERT_TRUE(procs);
    EXPECT_EQ(procs->find_first_not_of(" \n"), std::string::npos) << *procs;
}

}  // namespace
}  // namespace verdict::sandbox
