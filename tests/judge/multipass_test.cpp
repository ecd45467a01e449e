// Multi-pass judging end to end: pass 2's input is written by the validator from pass 1's
// output, through a feedback dir that persists between the passes.
#include "guess_problem.h"

namespace verdict::tests {
namespace {

class MultiPass : public PassesTest {
  protected:
    void SetUp() override { writeRelayProblem(m_problem); }
};

// Encodes N as N + 1000 and decodes it back; `decodeOffset` lets pass 2 go wrong.
std::string relay(int decodeOffset) {
    return "word, value = input().split()\nvalue = int(value)\n"
           "print(value + 1000 if word == 'encode' else value - 1000 + " +
           std::to_string(decodeOffset) + ")\n";
}

TEST_F(MultiPass, SecondPassDecodesTheFirstPassOutput) {
    auto judgement = judgeIn("python3", "relay.py", relay(0));
    ASSERT_EQ(judgement.verdict, judge::Verdict::Accepted) << explain(judgement);
    ASSERT_EQ(judgement.tests.size(), 3u);
    // judgemessage.txt is appended to by both passes: the dir persisted.
    EXPECT_EQ(judgement.tests[0].message, "pass 1 ok\npass 2 ok\n");
}

TEST_F(MultiPass, WrongSecondPassIsWrongAnswer) {
    auto judgement = judgeIn("python3", "relay.py", relay(1));
    ASSERT_EQ(judgement.verdict, judge::Verdict::WrongAnswer) << explain(judgement);
    EXPECT_EQ(judgement.tests.back().message, "pass 1 ok\npass 2 wrong\n");
}

TEST_F(MultiPass, CpuTimeAddsUpOverThePasses) {
    std::string slow =
        "import time\nend = time.process_time() + 0.3\n"
        "while time.process_time() < end:\n    pass\n" +
        relay(0);
    auto judgement = judgeIn("python3", "relay.py", slow);
    ASSERT_EQ(judgement.verdict, judge::Verdict::Accepted) << explain(judgement);
    EXPECT_GE(judgement.tests[0].cpuMs, 600u);  // two passes, each 0.3 s within the 1 s limit
}

TEST_F(MultiPass, MorePassesThanAllowedIsJudgeError) {
    askForEveryPass(m_problem);
    auto judgement = judgeIn("python3", "relay.py", relay(0));
    ASSERT_EQ(judgement.verdict, judge::Verdict::JudgeError) << explain(judgement);
    EXPECT_NE(judgement.tests.back().message.find("validation_passes is 2"), std::string::npos)
        << explain(judgement);
}

class MultiPass2025 : public PassesTest {
  protected:
    void SetUp() override { writeRelayProblem2025(m_problem); }
};

TEST_F(MultiPass2025, TypeMultiPassJudgesThroughItsValidator) {
    auto judgement = judgeIn("python3", "relay.py", relay(0));
    ASSERT_EQ(judgement.verdict, judge::Verdict::Accepted) << explain(judgement);
    EXPECT_EQ(judgement.tests[0].message, "pass 1 ok\npass 2 ok\n");
}

TEST_F(MultiPass2025, ValidationPassesBoundsThePasses) {
    askForEveryPass(m_problem, "output_validator");
    auto judgement = judgeIn("python3", "relay.py", relay(0));
    ASSERT_EQ(judgement.verdict, judge::Verdict::JudgeError) << explain(judgement);
    EXPECT_NE(judgement.tests.back().message.find("validation_passes is 3"), std::string::npos)
        << explain(judgement);
}

class InteractiveMultiPass : public PassesTest {
  protected:
    void SetUp() override { writeEchoProblem(m_problem); }
};

// Says "apple" when asked first, and then gives the word back followed by `mark`.
std::string echo(const std::string& mark) {
    return "line = input().split()\n"
           "print('apple' if line[0] == 'first' else line[1] + '" +
           mark + "', flush=True)\n";
}

TEST_F(InteractiveMultiPass, EachPassTalksToTheValidator) {
    auto accepted = judgeIn("python3", "echo.py", echo("!"));
    ASSERT_EQ(accepted.verdict, judge::Verdict::Accepted) << explain(accepted);
    EXPECT_EQ(accepted.tests[0].message, "echoed");
    auto rejected = judgeIn("python3", "echo.py", echo("?"));
    ASSERT_EQ(rejected.verdict, judge::Verdict::WrongAnswer) << explain(rejected);
    EXPECT_EQ(rejected.tests[0].message, "forgot");
}

}  // namespace
}  // namespace verdict::tests
