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
};

// Copies the sources into the box dir and compiles them there (read-write).
CompileResult compile(const StepContext& step, const std::vector<std::filesystem::path>& sources,
                      const packages::Limits& limits, std::string& judgeError);

// Runs the program on one test case (read-only box) and validates its output (with the
// custom output validator when there is one, else the default one in process).
TestResult runTestCase(const StepContext& step, const packages::TestCase& testCase,
                       const sandbox::Limits& limits, const JudgeSettings& settings);

// The verdict of a finished run before validation; nullopt when it ran cleanly.
std::optional<Verdict> verdictOfRun(const sandbox::RunResult& run);

}  // namespace verdict::judge
