#pragma once
// What judging one submission produced: the compile step, each test case and the verdict.
#include <cstdint>
#include <optional>
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
    // What an accepting validator wrote: score.txt, or score_multiplier.txt (in [0, 1]).
    std::optional<double> validatorScore;
    std::optional<double> scoreMultiplier;
    std::optional<double> score;  // scoring problems: the score this case earned
    // Limits the sandbox could only enforce in a degraded way on this host (its "feature"
    // names: memory_limit, cpu_time, ...): never hidden from whoever reads the result.
    std::vector<std::string> degraded;
};

// Scoring problems: one test group's outcome ("secret", "secret/group1", ...).
struct GroupResult {
    std::string name;
    Verdict verdict = Verdict::Accepted;  // its first (or, legacy worst_error, worst) failure
    double score = 0;
    std::optional<double> maxScore;  // nullopt: unbounded (or legacy, which has none)
    bool judged = true;              // false: none of its cases ran (e.g. require_pass unmet)
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
    // In judging order. Pass-fail problems stop at the first failure; scoring problems run
    // every case their groups still need (on_reject, require_pass and min/pass-fail groups
    // skip the rest).
    std::vector<TestResult> tests;
    std::optional<double> score;      // scoring problems only
    std::vector<GroupResult> groups;  // scoring problems: each group's score, pre-order
    std::string error;                // for JudgeError: what failed on our side
    // A custom output validator was compiled by this judgement (false: none, or from cache).
    bool validatorCompiled = false;
};

}  // namespace verdict::judge
