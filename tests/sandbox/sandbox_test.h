#pragma once
// Base fixture for attack and measurement tests: a fresh host work dir per test, hostile programs
// run inside the real sandbox, and after every run a check that the host is untouched.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "isolation.h"
#include "run_result.h"
#include "sandbox_runner.h"
#include "temp_workdir.h"

namespace verdict::tests {

class SandboxTest : public ::testing::Test {
  protected:
    // Copies hostile/<program> into the work dir and runs it there with --workdir.
    RunResult runHostile(std::string_view program, std::vector<std::string> options,
                         std::vector<std::string> args, SandboxRequest request = {});
    // Runs an arbitrary request, then checks the host (see expectHostClean).
    RunResult runChecked(const SandboxRequest& request);

    // No box cgroup, no stray child of ours, (root) no process left with the box uid.
    static void expectHostClean(const RunResult& result);
    // JSON present, exit code 0, the expected status, nothing escaped.
    static void expectStatus(const RunResult& result, std::string_view status);
    static void expectNotEscaped(const RunResult& result);
    static void expectPrinted(const RunResult& result, const std::string& pattern);
    // A filesystem fill may end as ok, memory_limit or output_limit; the contract only allows
    // output_limit when output_bytes reached the limit or the program got SIGXFSZ.
    static void expectFillContained(const RunResult& result, const std::string& stoppedPattern,
                                    long long outputLimitBytes);
    // Without cgroups the memory limit must be reported as degraded to RLIMIT_AS.
    static void expectMemoryLimitReported(const RunResult& result);

    TempWorkdir m_workdir;
};

}  // namespace verdict::tests
