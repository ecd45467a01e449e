// Codeforces / Polygon checkers as output validators: a checker that includes testlib.h is
// called `checker input team_output answer` and its exit codes become verdicts. The package
// brings its own testlib.h, as real ones do; this one is a small stand-in written for the test
// with the same calling convention and exit codes (0 ok, 1 wrong answer, 2 presentation error,
// 3 fail).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli_process.h"

namespace verdict::tests {
namespace {

const char* kStandInTestlib = R"(#pragma once
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
enum TResult { _ok = 0, _wa = 1, _pe = 2, _fail = 3 };
struct Stream {
    FILE* file = nullptr;
    long long readLong() {
        long long value = 0;
        if (std::fscanf(file, "%lld", &value) != 1) { std::fputs("wrong answer no number\n", stderr); std::exit(_pe); }
        return value;
    }
};
inline Stream inf, ouf, ans;
inline void registerTestlibCmd(int argc, char* argv[]) {
    if (argc < 4) { std::fputs("fail usage: checker input output answer\n", stderr); std::exit(_fail); }
    inf.file = std::fopen(argv[1], "r");
    ouf.file = std::fopen(argv[2], "r");
    ans.file = std::fopen(argv[3], "r");
    if (!inf.file || !ouf.file || !ans.file) { std::fputs("fail cannot open files\n", stderr); std::exit(_fail); }
}
inline void quitf(TResult result, const char* format, ...) {
    std::fputs(result == _ok ? "ok " : result == _fail ? "fail " : "wrong answer ", stderr);
    va_list args;
    va_start(args, format);
    std::vfprintf(stderr, format, args);
    va_end(args);
    std::fputc('\n', stderr);
    std::exit(result);
}
)";

// Accepts the right sum; a negative answer file means the jury's data is broken (fail).
const char* kChecker = R"(#include "testlib.h"
int main(int argc, char* argv[]) {
    registerTestlibCmd(argc, argv);
    long long expected = ans.readLong();
    if (expected < 0) quitf(_fail, "the answer file is broken");
    long long got = ouf.readLong();
    if (got != expected) quitf(_wa, "expected %lld, found %lld", expected, got);
    quitf(_ok, "the sum is %lld", got);
}
)";

void writeSumWithChecker(const TempDir& dir) {
    dir.write("pkg/problem.yaml", "name: Sum With Checker\nvalidation: custom\n");
    dir.write("pkg/data/sample/1.in", "1 2\n");
    dir.write("pkg/data/sample/1.ans", "3\n");
    dir.write("pkg/data/secret/1.in", "5 7\n");
    dir.write("pkg/data/secret/1.ans", "12\n");
    dir.write("pkg/output_validators/checker/checker.cpp", kChecker);
    dir.write("pkg/output_validators/checker/testlib.h", kStandInTestlib);
}

nlohmann::json judge(const TempDir& dir, const std::string& code) {
    auto source = dir.write("sum.py", code);
    auto outcome = runVerdict(
        "judge " + (dir.path() / "pkg").string() + " " + source.string() + " --json", true);
    auto json = nlohmann::json::parse(outcome.output, nullptr, false);
    EXPECT_FALSE(json.is_discarded()) << outcome.output << outcome.errors;
    return json;
}

TEST(TestlibChecker, AcceptsWithItsMessage) {
    TempDir dir;
    writeSumWithChecker(dir);
    auto json = judge(dir, "a, b = map(int, input().split())\nprint(a + b)\n");
    EXPECT_EQ(json["verdict"], "AC") << json.dump();
    EXPECT_EQ(json["tests"][1]["message"], "ok the sum is 12\n");
}

TEST(TestlibChecker, WrongAnswerAndPresentationErrorAreWrongAnswers) {
    TempDir dir;
    writeSumWithChecker(dir);
    auto wrong = judge(dir, "print(3)\n");  // right for the sample only
    EXPECT_EQ(wrong["verdict"], "WA") << wrong.dump();
    EXPECT_EQ(wrong["tests"][1]["message"], "wrong answer expected 12, found 3\n");
    auto garbled = judge(dir, "print('three')\n");
    EXPECT_EQ(garbled["verdict"], "WA") << garbled.dump();
}

TEST(TestlibChecker, CheckerFailureIsAJudgeErrorNotTheContestants) {
    TempDir dir;
    writeSumWithChecker(dir);
    dir.write("pkg/data/secret/1.ans", "-1\n");
    auto json = judge(dir, "a, b = map(int, input().split())\nprint(a + b)\n");
    EXPECT_EQ(json["verdict"], "JE") << json.dump();
    EXPECT_NE(json.dump().find("exited with 3"), std::string::npos) << json.dump();
}

}  // namespace
}  // namespace verdict::tests
