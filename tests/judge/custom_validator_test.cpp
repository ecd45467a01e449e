// Custom output validators from the package, in the real sandbox: their exit codes decide AC
// and WA, anything else is a judge error, and their feedback files reach the result.
#include <gtest/gtest.h>

#include "validator_fixture.h"

namespace verdict::tests {
namespace {

using judge::Verdict;

TEST_F(ValidatorTest, DefaultValidatorRejectsAPermutationAsAControl) {
    EXPECT_EQ(judgePython(kPermutedSubmission).verdict, Verdict::WrongAnswer);
}

TEST_F(ValidatorTest, PythonValidatorAcceptsAPermutationAndRejectsWrongTokens) {
    addValidator("check/check.py", kPythonPermutation);
    auto accepted = judgePython(kPermutedSubmission);
    EXPECT_EQ(accepted.verdict, Verdict::Accepted) << explain(accepted);
    ASSERT_EQ(accepted.tests.size(), 3u);
    EXPECT_EQ(accepted.tests[0].message, "a permutation") << "judgemessage.txt is the message";
    auto rejected = judgePython(kWrongSubmission);
    EXPECT_EQ(rejected.verdict, Verdict::WrongAnswer) << explain(rejected);
    ASSERT_EQ(rejected.tests.size(), 1u);
    EXPECT_EQ(rejected.tests[0].message, "not a permutation of 1 2 3");
}

TEST_F(ValidatorTest, SingleFileCppValidator) {
    addValidator("check.cpp", kCppPermutation);
    auto accepted = judgePython(kPermutedSubmission);
    EXPECT_EQ(accepted.verdict, Verdict::Accepted) << explain(accepted);
    EXPECT_TRUE(accepted.validatorCompiled);
    auto rejected = judgePython(kWrongSubmission);
    EXPECT_EQ(rejected.verdict, Verdict::WrongAnswer) << explain(rejected);
    EXPECT_EQ(rejected.tests.back().message, "cpp: wrong");
}

struct Broken {
    const char* name;
    const char* file;
    const char* code;
    const char* says;  // in the test's message
};

void PrintTo(const Broken& broken, std::ostream* os) {
    *os << broken.name;
}

class BrokenValidator : public ValidatorTest, public testing::WithParamInterface<Broken> {};

TEST_P(BrokenValidator, IsAJudgeErrorNeverTheContestants) {
    addValidator(GetParam().file, GetParam().code);
    // The validation time limit is the package's (60 s by default): 1 s keeps the test short.
    m_problem.addFile("problem.yaml",
                      "name: Sum\nvalidation: custom\nlimits:\n  validation_time: 1\n");
    auto judgement = judgePython(kPermutedSubmission);
    EXPECT_EQ(judgement.verdict, Verdict::JudgeError) << explain(judgement);
    ASSERT_EQ(judgement.tests.size(), 1u) << explain(judgement);
    EXPECT_EQ(judgement.tests[0].verdict, Verdict::JudgeError);
    EXPECT_NE(judgement.tests[0].message.find(GetParam().says), std::string::npos)
        << judgement.tests[0].message;
    // The judgement's own reason names the test and why: the operators' log line shows it.
    EXPECT_NE(judgement.error.find(judgement.tests[0].name + ": "), std::string::npos)
        << judgement.error;
    EXPECT_NE(judgement.error.find(GetParam().says), std::string::npos) << judgement.error;
}

INSTANTIATE_TEST_SUITE_P(
    Validators, BrokenValidator,
    testing::Values(
        Broken{"exits_0", "check.py", "import sys\nsys.exit(0)\n", "exited with 0"},
        Broken{"exits_1", "check.py", "raise RuntimeError('boom')\n", "boom"},
        Broken{"crashes", "check.cpp", "#include <cstdlib>\nint main(){std::abort();}\n",
               "signal 6"},
        Broken{"loops", "check.py", "while True: pass\n", "time"},
        Broken{"keeps_its_message", "check.py",
               "import sys\nopen(sys.argv[3] + 'judgemessage.txt', 'w').write('half done')\n"
               "sys.exit(7)\n",
               "half done"}),
    [](const testing::TestParamInfo<Broken>& param) { return param.param.name; });

TEST_F(ValidatorTest, ValidatorThatDoesNotCompileIsAJudgeErrorWithTheDiagnostics) {
    addValidator("check.cpp", "int main( { return 42; }\n");
    auto judgement = judgePython(kPermutedSubmission);
    EXPECT_EQ(judgement.verdict, Verdict::JudgeError);
    EXPECT_TRUE(judgement.tests.empty()) << "no test runs without a validator";
    EXPECT_NE(judgement.error.find("does not compile"), std::string::npos) << judgement.error;
    EXPECT_NE(judgement.error.find("error"), std::string::npos) << "g++'s diagnostics";
}

TEST_F(ValidatorTest, ArgumentsAndFlagsReachTheValidator) {
    m_problem.addFile("output_validators/check/check.py",
                      "import sys\nopen(sys.argv[3] + 'judgemessage.txt', 'w')"
                      ".write(repr(sys.argv[1:]))\n"
                      "open(sys.argv[3] + 'teammessage.txt', 'w').write('for the team')\n"
                      "sys.exit(42 if sys.argv[4:] == ['float_tolerance', '1e-6'] else 43)\n");
    m_problem.addFile("problem.yaml",
                      "name: Sum\nvalidation: custom\nvalidator_flags: float_tolerance 1e-6\n");
    auto judgement = judgePython(kPermutedSubmission);
    EXPECT_EQ(judgement.verdict, Verdict::Accepted) << explain(judgement);
    ASSERT_FALSE(judgement.tests.empty());
    EXPECT_EQ(judgement.tests[0].message,
              "['/judge/testcase.in', '/judge/testcase.ans', '/feedback/', "
              "'float_tolerance', '1e-6']");
    EXPECT_EQ(judgement.tests[0].teamMessage, "for the team");
}

TEST_F(ValidatorTest, ItsInputIsTheTestCaseAndItsStdinTheTeamOutput) {
    addValidator("check.py",
                 "import sys\nsys.exit(42 if open(sys.argv[1]).read().split() == "
                 "sys.stdin.read().split()[1:][::-1] else 43)\n");
    EXPECT_EQ(judgePython(kPermutedSubmission).verdict, Verdict::Accepted);
}

TEST_F(ValidatorTest, FeedbackLinksAreNeverFollowedAndMessagesAreCapped) {
    m_problem.addFile("secret.txt", "HOST SECRET\n");
    std::string secret = (m_problem.package() / "secret.txt").string();
    addValidator("check.py",
                 "import os, sys\nd = sys.argv[3]\n"
                 "os.symlink('" +
                     secret +
                     "', d + 'judgemessage.txt')\n"
                     "open(d + 'teammessage.txt', 'w').write('x' * (1 << 20))\n"
                     "sys.exit(43)\n");
    auto judgement = judgePython(kPermutedSubmission);
    EXPECT_EQ(judgement.verdict, Verdict::WrongAnswer) << explain(judgement);
    ASSERT_FALSE(judgement.tests.empty());
    EXPECT_EQ(judgement.tests[0].message.find("SECRET"), std::string::npos);
    EXPECT_EQ(judgement.tests[0].teamMessage.size(), 128u * 1024u);
}

}  // namespace
}  // namespace verdict::tests
