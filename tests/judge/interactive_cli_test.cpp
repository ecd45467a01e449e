// `verdict judge` and `verdict verify` on an interactive package directory, as a person runs
// them: the real executable, the real sandbox.
#include <gtest/gtest.h>

#include "../cli/cli_process.h"
#include "guess_problem.h"

namespace verdict::tests {
namespace {

TEST(InteractiveCli, JudgePrintsEachTestAndTheVerdict) {
    SumProblem problem;
    writeGuessProblem(problem);
    auto source = problem.submission("guess.cpp", kGuessCpp);
    auto outcome = runVerdict("judge " + problem.package().string() + " " + source.string());
    EXPECT_EQ(outcome.status, 0) << outcome.output;
    EXPECT_NE(outcome.output.find("test 3/3 secret/b: AC"), std::string::npos) << outcome.output;
    EXPECT_NE(outcome.output.find("verdict: AC"), std::string::npos) << outcome.output;
}

TEST(InteractiveCli, VerifyGivesEverySubmissionItsVerdict) {
    SumProblem problem;
    writeGuessProblem(problem);
    problem.addFile("submissions/accepted/guess.cpp", kGuessCpp);
    problem.addFile("submissions/wrong_answer/zero.py", "print(0, flush=True)\ninput()\n");
    problem.addFile("submissions/time_limit_exceeded/wait.py", "input()\n");
    problem.addFile("submissions/run_time_error/crash.py", "raise SystemExit(3)\n");
    auto outcome = runVerdict("verify " + problem.package().string());
    EXPECT_EQ(outcome.status, 0) << outcome.output;
}

}  // namespace
}  // namespace verdict::tests
