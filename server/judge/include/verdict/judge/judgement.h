#pragma once
// What judging one submission produced: the compile step, each test case and the verdict.
#include <cstdint>
#include <string>
#include <vector>

namespace verdict::judge {

// AC, WA, TLE, MLE, OLE, RE, CE; JE is ours (a sandbox or validator failure), never the
// contestant's.
enum class Verdict {
    Accepted,
    WrongAnswer,
    TimeLimit,
    MemoryLimit,
    OutputLimit,
    RunTimeError,
    CompileError,
    JudgeError
};

const char* verdictCode(Verdict verdict);  // "AC", "WA", ...

struct TestResult {
    std::string name;  // e.g. "secret/group1/03"
    Verdict verdict = Verdict::JudgeError;
    std::uint64_t cpuMs = 0;
    std::uint64_t wallMs = 0;
    std::uint64_t memoryKib = 0;
    std::string message;      // the validator's judge message, or what went wrong
    std::string teamMessage;  // a custom output validator's teammessage.txt, if it left one
};

struct CompileResult {
    bool ok = false;
    std::string output;  // the compiler's diagnostics (truncated)
    std::uint64_t cpuMs = 0;
};

struct Judgement {
    Verdict verdict = Verdict::JudgeError;
    std::string language;
    CompileResult compile;
    std::vector<TestResult> tests;  // in judging order, up to the first failure
    std::string error;              // for JudgeError: what failed on our side
    // A custom output validator was compiled by this judgement (false: none, or from cache).
    bool validatorCompiled = false;
};

}  // namespace verdict::judge
