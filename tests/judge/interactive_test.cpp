// Interactive judging end to end: the guessing game's C++ validator and real submissions, each
// in its own sandbox, wired stdin to stdout.
#include "guess_problem.h"

namespace verdict::tests {
namespace {

class Interactive : public PassesTest {
  protected:
    void SetUp() override { writeGuessProblem(m_problem); }
};

const char* const kBinarySearchPython = R"(low, high = 1, 1000
while low <= high:
    guess = (low + high) // 2
    print(guess, flush=True)
    reply = input()
    if reply == "correct":
        break
    if reply == "higher":
        low = guess + 1
    else:
        high = guess - 1
)";

TEST_F(Interactive, BinarySearchInCppIsAccepted) {
    auto judgement = judgeIn("cpp", "guess.cpp", kGuessCpp);
    ASSERT_EQ(judgement.verdict, judge::Verdict::Accepted) << explain(judgement);
    ASSERT_EQ(judgement.tests.size(), 3u);
    EXPECT_EQ(judgement.tests[0].message, "guessed in 9");  // 500 250 125 62 31 15 23 19 17
    EXPECT_EQ(judgement.tests[0].teamMessage, "well done");
}

TEST_F(Interactive, BinarySearchInPythonIsAccepted) {
    auto judgement = judgeIn("python3", "guess.py", kBinarySearchPython);
    EXPECT_EQ(judgement.verdict, judge::Verdict::Accepted) << explain(judgement);
}

TEST_F(Interactive, SearchingTheWrongWayIsWrongAnswer) {
    std::string inverted = kBinarySearchPython;
    inverted.replace(inverted.find("== \"higher\""), 11, "== \"lower\"");
    auto judgement = judgeIn("python3", "guess.py", inverted);
    ASSERT_EQ(judgement.verdict, judge::Verdict::WrongAnswer) << explain(judgement);
    EXPECT_EQ(judgement.tests.back().message, "no guesses left");
}

TEST_F(Interactive, ProgramThatNeverAnswersIsTimeLimit) {
    // Both sides wait to read: the program's wall guard ends it, then the validator sees EOF.
    auto judgement = judgeIn("python3", "guess.py", "input()\n");
    EXPECT_EQ(judgement.verdict, judge::Verdict::TimeLimit) << explain(judgement);
}

TEST_F(Interactive, ProgramThatLoopsIsTimeLimit) {
    auto judgement = judgeIn("python3", "guess.py", "while True:\n    pass\n");
    EXPECT_EQ(judgement.verdict, judge::Verdict::TimeLimit) << explain(judgement);
}

TEST_F(Interactive, CrashIsRunTimeError) {
    // The validator then reads EOF and rejects, but after the program ended: RE decides.
    auto judgement =
        judgeIn("python3", "guess.py", "print(500, flush=True)\nraise SystemExit(3)\n");
    EXPECT_EQ(judgement.verdict, judge::Verdict::RunTimeError) << explain(judgement);
}

TEST_F(Interactive, EarlyRejectionWhileTheProgramWritesIsWrongAnswer) {
    // The validator rejects the first guess; the program keeps writing into a closed pipe and
    // dies of SIGPIPE, which is not its fault.
    auto judgement = judgeIn("cpp", "flood.cpp", R"(#include <cstdio>
int main() {
    for (;;) std::fputs("0\n", stdout);
}
)");
    ASSERT_EQ(judgement.verdict, judge::Verdict::WrongAnswer) << explain(judgement);
    EXPECT_EQ(judgement.tests.back().message, "guess 0 out of range");
}

TEST_F(Interactive, FloodingValidGuessesWithoutReadingIsWrongAnswer) {
    // Never reads the replies: the validator's writes pile up until it runs out of guesses.
    auto judgement = judgeIn("python3", "flood.py",
                             "import sys\nwhile True:\n    sys.stdout.write('5\\n' * 1000)\n");
    ASSERT_EQ(judgement.verdict, judge::Verdict::WrongAnswer) << explain(judgement);
    EXPECT_EQ(judgement.tests.back().message, "no guesses left");
}

TEST_F(Interactive, ProgramCannotSeeTheInput) {
    // It tries the validator's path, the package's path and its stdin before guessing.
    std::string spy = "import os\nsecret = None\nfor path in ['/judge/testcase.in', '" +
                      (m_problem.package() / "data/sample/1.in").string() +
                      "']:\n    try:\n        secret = open(path).read().split()[0]\n"
                      "    except OSError:\n        pass\n"
                      "print(secret or 1000, flush=True)\nprint(0, flush=True)\n";
    auto judgement = judgeIn("python3", "spy.py", spy);
    ASSERT_EQ(judgement.verdict, judge::Verdict::WrongAnswer) << explain(judgement);
    EXPECT_EQ(judgement.tests.size(), 1u);
    EXPECT_EQ(judgement.tests.back().message, "guess 0 out of range");
}

}  // namespace
}  // namespace verdict::tests
