#include <string>

#include "steps.h"
#include "verdict/judge/work_dir.h"
#include "verdict/languages/box_options.h"
#include "verdict/validators/comparison.h"
#include "verdict/validators/mapped_file.h"
#include "verdict/validators/options.h"

namespace verdict::judge {

namespace {

constexpr std::size_t kStderrBytes = 4 * 1024;

}  // namespace

sandbox::RunOptions programOptions(const StepContext& step, const sandbox::Limits& limits,
                                   const std::filesystem::path& input) {
    sandbox::RunOptions options =
        languages::boxRunOptions(step.language, step.language.run, step.command, step.box);
    sandbox::Limits languageLimits = options.limits;
    options.limits = limits;
    options.limits.addressSpaceGraceBytes = languageLimits.addressSpaceGraceBytes;
    options.limits.fileSizeFloorBytes = languageLimits.fileSizeFloorBytes;
    options.readonlyWorkdir = true;
    if (!input.empty())
        options.stdinPath = input.string();
    options.stdoutPath = (step.meta / "program.out").string();
    options.stderrPath = (step.meta / "program.err").string();
    return options;
}

namespace {

// The default output validator, in process (it is ours and trusted; team output is hostile
// and is only ever read).
TestResult validate(const StepContext& step, const packages::TestCase& testCase,
                    TestResult result) {
    auto options = validators::parseOptions(testCase.outputValidatorArgs);
    if (!options.ok()) {
        result.verdict = Verdict::JudgeError;
        result.message = "output validator flags: " + options.error;
        return result;
    }
    auto answer = validators::MappedFile::open(testCase.answer.string());
    auto team = validators::MappedFile::open((step.meta / "program.out").string());
    if (!answer.ok() || !team.ok()) {
        result.verdict = Verdict::JudgeError;
        result.message = !answer.ok() ? answer.error() : team.error();
        return result;
    }
    auto comparison = validators::compare(answer.contents(), team.contents(), *options.options);
    result.verdict = comparison.accepted ? Verdict::Accepted : Verdict::WrongAnswer;
    result.message = comparison.judgeMessage;
    return result;
}

TestResult runOnce(const StepContext& step, const packages::TestCase& testCase,
                   const sandbox::Limits& limits) {
    if (step.validator != nullptr)
        return runPasses(step, testCase, limits);
    TestResult result;
    result.name = testCase.name;
    if (!runProgram(step, testCase.input, limits, result))
        return result;
    return validate(step, testCase, std::move(result));
}

}  // namespace

TestResult runTestCase(const StepContext& step, const packages::TestCase& testCase,
                       const sandbox::Limits& limits, const JudgeSettings& settings) {
    TestResult best = runOnce(step, testCase, limits);
    double limitMs = limits.cpuSeconds.value_or(0) * 1000;
    // Near the limit either way: a run that slept or waited past the wall limit on little CPU
    // (an interactive program that never answers) is not noise and is not run again.
    auto nearTheLimit = [&](const TestResult& run) {
        auto cpu = static_cast<double>(run.cpuMs);
        return cpu >= limitMs / settings.rerunMargin && cpu <= limitMs * settings.rerunMargin;
    };
    for (int rerun = 0;
         rerun < settings.maxReruns && best.verdict == Verdict::TimeLimit && nearTheLimit(best);
         ++rerun) {
        TestResult again = runOnce(step, testCase, limits);
        if (again.verdict != Verdict::TimeLimit || again.cpuMs < best.cpuMs)
            best = again;
    }
    return best;
}

bool recordRun(const StepContext& step, const sandbox::Expected<sandbox::RunResult>& run,
               TestResult& result) {
    result.verdict = Verdict::JudgeError;
    if (!run) {
        result.message = run.failure().describe();
        return false;
    }
    const sandbox::RunResult& ran = run.value();
    result.cpuMs = ran.cpuMs;
    result.wallMs = ran.wallMs;
    result.memoryKib = ran.memoryKib;
    result.degraded.clear();
    for (const auto& degradation : ran.isolation.degraded)
        result.degraded.push_back(degradation.feature);
    if (auto verdict = verdictOfRun(ran)) {
        result.verdict = *verdict;
        result.message = *verdict == Verdict::JudgeError
                             ? ran.error
                             : readHead(step.meta / "program.err", kStderrBytes);
        return false;
    }
    return true;
}

bool runProgram(const StepContext& step, const std::filesystem::path& input,
                const sandbox::Limits& limits, TestResult& result) {
    return recordRun(step, step.launcher.run(programOptions(step, limits, input)), result);
}

std::optional<Verdict> verdictOfRun(const sandbox::RunResult& run) {
    using sandbox::Status;
    switch (run.status) {
        case Status::Ok:
            return std::nullopt;
        case Status::TimeLimit:
        case Status::WallLimit:
            return Verdict::TimeLimit;
        case Status::MemoryLimit:
            return Verdict::MemoryLimit;
        case Status::OutputLimit:
            return Verdict::OutputLimit;
        case Status::NonzeroExit:
        case Status::Signaled:
            return Verdict::RunTimeError;
        case Status::SandboxError:
            return Verdict::JudgeError;
    }
    return Verdict::JudgeError;
}

}  // namespace verdict::judge
