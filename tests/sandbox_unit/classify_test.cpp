// Classification of raw run facts into statuses, in the documented order.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>

#include <cctype>

#include "classify.h"
#include "verdict/sandbox/run_result.h"

namespace verdict::sandbox {
namespace {

int exited(int code) {
    return W_EXITCODE(code, 0);
}
int killedBy(int signal) {
    return signal;
}

struct Case {
    const char* name;
    RunFacts facts;
    Status expected;
};

Limits limits() {
    Limits l;
    l.cpuSeconds = 1.0;
    l.wallSeconds = 3.0;
    l.memoryBytes = 64ull << 20;
    l.outputBytes = 1000;
    return l;
}

RunFacts facts(int status) {
    RunFacts f;
    f.programStatus = status;
    return f;
}

class Classify : public testing::TestWithParam<Case> {};

TEST_P(Classify, Status) {
    RunResult result;
    classify(GetParam().facts, limits(), result);
    EXPECT_STREQ(statusName(result.status), statusName(GetParam().expected)) << GetParam().name;
}

std::vector<Case> cases() {
    std::vector<Case> all;
    all.push_back({"clean exit", facts(exited(0)), Status::Ok});
    all.push_back({"exit 3", facts(exited(3)), Status::NonzeroExit});
    all.push_back({"segfault", facts(killedBy(SIGSEGV)), Status::Signaled});
    RunFacts oomWithCpu = facts(killedBy(SIGKILL));
    oomWithCpu.oomKills = 1;
    oomWithCpu.cpuNs = 2'000'000'000;  // reclaim burnt CPU too: memory still decides
    all.push_back({"oom and cpu", oomWithCpu, Status::MemoryLimit});
    RunFacts cpu = facts(killedBy(SIGKILL));
    cpu.killed = KillReason::CpuTime;
    all.push_back({"killed for cpu", cpu, Status::TimeLimit});
    RunFacts overCpu = facts(exited(0));
    overCpu.cpuNs = 1'200'000'000;
    all.push_back({"finished over the limit", overCpu, Status::TimeLimit});
    all.push_back({"SIGXCPU", facts(killedBy(SIGXCPU)), Status::TimeLimit});
    RunFacts wall = facts(killedBy(SIGKILL));
    wall.killed = KillReason::WallTime;
    all.push_back({"sleeper", wall, Status::WallLimit});
    all.push_back({"SIGXFSZ", facts(killedBy(SIGXFSZ)), Status::OutputLimit});
    RunFacts flood = facts(exited(0));
    flood.outputBytes = 1001;
    all.push_back({"too much output", flood, Status::OutputLimit});
    RunFacts full = facts(exited(1));
    full.filesFull = true;
    all.push_back({"filled /tmp", full, Status::OutputLimit});
    RunFacts shm = facts(exited(0));
    shm.shmFull = true;
    all.push_back({"filled /dev/shm", shm, Status::MemoryLimit});
    RunFacts degraded = facts(exited(1));
    degraded.memoryByRlimit = true;
    degraded.peakBytes = 60ull << 20;
    all.push_back({"RLIMIT_AS evidence", degraded, Status::MemoryLimit});
    RunFacts degradedSmall = degraded;
    degradedSmall.peakBytes = 10ull << 20;
    all.push_back({"small failure is not memory", degradedSmall, Status::NonzeroExit});
    RunFacts degradedOk = degraded;
    degradedOk.programStatus = exited(0);
    all.push_back({"big but fine", degradedOk, Status::Ok});
    RunFacts broken;
    broken.setupFailure = Failure{"mount proc", EPERM, ""};
    broken.oomKills = 1;
    all.push_back({"our failure first", broken, Status::SandboxError});
    return all;
}

// Gtest names from the case's words: "oom and cpu" -> "oom_and_cpu".
std::string caseName(const testing::TestParamInfo<Case>& info) {
    std::string name = info.param.name;
    for (char& c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c)))
            c = '_';
    }
    return name;
}

void PrintTo(const Case& c, std::ostream* os) {
    *os << c.name;
}

INSTANTIATE_TEST_SUITE_P(Facts, Classify, testing::ValuesIn(cases()), caseName);

TEST(Classify, KilledBoxReportsSigkill) {
    RunFacts f;
    f.killed = KillReason::WallTime;
    RunResult result;
    classify(f, limits(), result);
    EXPECT_EQ(result.signal, SIGKILL);
    EXPECT_EQ(result.exitCode, -1);
}

TEST(RunResultJson, EscapesAndListsDegradations) {
    RunResult result;
    result.status = Status::SandboxError;
    result.error = "step \"x\"\n";
    result.isolation.degraded.push_back({"memory_limit", "RLIMIT_AS", "no cgroup"});
    std::string json = toJson(result);
    EXPECT_NE(json.find(R"("error": "step \"x\"\n")"), std::string::npos) << json;
    EXPECT_NE(json.find(R"("feature": "memory_limit")"), std::string::npos) << json;
    EXPECT_NE(json.find(R"("status": "sandbox_error")"), std::string::npos) << json;
}

}  // namespace
}  // namespace verdict::sandbox
