#include <string>

#include "steps.h"
#include "validator_run.h"
#include "verdict/judge/work_dir.h"
#include "verdict/languages/box_options.h"
#include "verdict/validators/comparison.h"
#include "verdict/validators/mapped_file.h"
#include "verdict/validators/options.h"

namespace verdict::judge {

namespace {

constexpr std::size_t kStderrBytes = 4 * 1024;

sandbox::RunOptions runOptions(const StepContext& step, const packages::TestCase& testCase,
                               const sandbox::Limits& limits) {
    sandbox::RunOptions options =
        languages::boxRunOptions(step.language, step.language.run, step.command, step.box);
    std::uint64_t grace = options.limits.addressSpaceGraceBytes;
    options.limits = limits;
    options.limits.addressSpaceGraceBytes = grace;
    options.readonlyWorkdir = true;
    options.stdinPath = testCase.input.string();
    options.stdoutPath = (step.meta / "program.out").string();
    options.stderrPath = (step.meta / "program.err").string();
    return options;
}

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
    TestResult result;
    result.name = testCase.name;
    auto run = step.launcher.run(runOptions(step, testCase, limits));
    if (!run) {
        result.message = run.failure().describe();
        return result;
    }
    result.cpuMs = run->cpuMs;
    result.wallMs = run->wallMs;
    result.memoryKib = run->memoryKib;
    if (auto verdict = verdictOfRun(run.value())) {
        result.verdict = *verdict;
        result.message = *verdict == Verdict::JudgeError
                             ? run->error
                             : readHead(step.meta / "program.err", kStderrBytes);
        return result;
    }
    if (step.validator != nullptr)
        return runValidator(step, testCase, std::move(result));
    return validate(step, testCase, std::move(result));
}

}  // namespace

TestResult runTestCase(const StepContext& step, const packages::TestCase& testCase,
                       const sandbox::Limits& limits, const JudgeSettings& settings) {
    TestResult best = runOnce(step, testCase, limits);
    double limitMs = limits.cpuSeconds.value_or(0) * 1000;
    for (int rerun = 0; rerun < settings.maxReruns && best.verdict == Verdict::TimeLimit &&
                        static_cast<double>(best.cpuMs) <= limitMs * settings.rerunMargin;
         ++rerun) {
        TestResult again = runOnce(step, testCase, limits);
        if (again.verdict != Verdict::TimeLimit || again.cpuMs < best.cpuMs)
            best = again;
    }
    return best;
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
