// Processes reaching out: kill(-1)/kill(ppid) must hit nothing outside, and a setsid +
// double-fork daemon must not outlive the run.
#include <gtest/gtest.h>
#include <unistd.h>

#include <string>

#include "host_processes.h"
#include "sandbox_test.h"
#include "test_binaries.h"

namespace verdict::tests {
namespace {

class ProcessEscapeTest : public SandboxTest {};

TEST_F(ProcessEscapeTest, KillEverybodyReachesNothingOutside) {
    Victim victim("vk" + uniqueToken(12));
    RunResult result = runHostile("kill_everyone", {"--time", "5"}, {});
    expectStatus(result, "ok");
    expectPrinted(result, R"(kill\(-1\): result=-?\d+ errno=\w+)");
    expectPrinted(result, "kill: alive");
    EXPECT_TRUE(victim.alive()) << "a host process was killed from the box" << result.describe();
}

TEST_F(ProcessEscapeTest, DaemonDoesNotSurviveTheRun) {
    const std::string name = "vd" + uniqueToken(12);
    RunResult result = runHostile("daemon", {"--wall", "10"}, {name});
    expectStatus(result, "ok");
    expectPrinted(result, "daemon: started " + name);
    EXPECT_LT(result.number("wall_ms"), 5000)
        << "the sandbox waited for the daemon instead of ending the run" << result.describe();
    std::vector<pid_t> survivors = processesWithComm(name);
    EXPECT_TRUE(survivors.empty())
        << survivors.size() << " daemon(s) '" << name << "' still running" << result.describe();
    for (pid_t pid : survivors) {
        ::kill(pid, SIGKILL);
    }
}

}  // namespace
}  // namespace verdict::tests
