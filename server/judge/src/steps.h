#pragma once
// The steps of one judgement, each one sandboxed run: compiling, and running one test case.
#include <filesystem>
#include <optional>

#include "verdict/judge/judge.h"

namespace verdict::judge {

struct CompiledValidator;

struct StepContext {
    const launcher::SandboxLauncher& launcher;
    const languages::Language& language;
    languages::CommandContext command;
    std::filesystem::path box;           // the submission's files, later its compiled program
    std::filesystem::path meta;          // our files: captured output, outside the box
    const CompiledValidator* validator;  // the custom output validator; null: the default one
    bool interactive = false;            // the validator talks to the program
    int passes = 1;                      // multi-pass: at most this many runs per test case
};

// Copies the sources into the box dir and compiles them there (read-write).
CompileResult compile(const StepContext& step, const std::vector<std::filesystem::path>& sources,
                      const packages::Limits& limits, std::string& judgeError);

// Runs the program on one test case (read-only box) and validates its output (with the
// custom output validator when there is one, else the default one in process).
TestResult runTestCase(const StepContext& step, const packages::TestCase& testCase,
                       const sandbox::Limits& limits, const JudgeSettings& settings);

// The program's run in the box: read-only box dir, stdin `input` (none: left to the caller),
// stdout meta/program.out, stderr meta/program.err.
sandbox::RunOptions programOptions(const StepContext& step, const sandbox::Limits& limits,
                                   const std::filesystem::path& input);

// Records a finished run's usage in `result`; when it did not end cleanly, also its verdict
// and message (the head of its stderr, or our failure). True: it ended cleanly.
bool recordRun(const StepContext& step, const sandbox::Expected<sandbox::RunResult>& run,
               TestResult& result);

// Runs the program on `input` (read-only box; stdout to meta/program.out) and records its
// usage; when it did not end cleanly, also its verdict and message. True: it ended cleanly.
bool runProgram(const StepContext& step, const std::filesystem::path& input,
                const sandbox::Limits& limits, TestResult& result);

// A test case of a problem with a custom output validator: one run and validation, or the
// passes of a multi-pass problem, each batch or interactive (multi_pass.cpp).
TestResult runPasses(const StepContext& step, const packages::TestCase& testCase,
                     const sandbox::Limits& limits);

// The verdict of a finished run before validation; nullopt when it ran cleanly.
std::optional<Verdict> verdictOfRun(const sandbox::RunResult& run);

}  // namespace verdict::judge
