#include "verdict/judge/judge.h"

#include "include_files.h"
#include "package_validator.h"
#include "scoring.h"
#include "steps.h"
#include "verdict/judge/work_dir.h"

namespace verdict::judge {

namespace {

sandbox::Limits testLimits(const packages::Package& package, const JudgeSettings& settings) {
    sandbox::Limits limits;
    double timeLimit = package.timeLimit.value_or(settings.defaultTimeLimit);
    limits.cpuSeconds = timeLimit;
    limits.wallSeconds = 2 * timeLimit + 1;
    limits.memoryBytes = static_cast<std::uint64_t>(package.config.limits.memoryMib) << 20;
    limits.outputBytes = static_cast<std::uint64_t>(package.config.limits.outputMib) << 20;
    return limits;
}

// Interactive and multi-pass problems are judged by their own validator; without one, no
// verdict could be right.
std::string missingValidator(const packages::Package& package, bool hasValidator) {
    const auto& type = package.config.type;
    if ((type.interactive || type.multiPass) && !hasValidator)
        return std::string(type.interactive ? "an interactive" : "a multi-pass") +
               " problem needs an output validator and the package has none";
    return {};
}

languages::CommandContext commandContext(const SubmissionFiles& files,
                                         const sandbox::Limits& limits) {
    languages::CommandContext context;
    context.files = files.compiled;
    context.main = files.main;
    context.memoryMib = limits.memoryBytes.value_or(0) >> 20;
    return context;
}

Judgement judgeError(Judgement judgement, std::string error) {
    judgement.verdict = Verdict::JudgeError;
    judgement.error = std::move(error);
    return judgement;
}

// The last test was a judge error: so is the judgement, and its reason says which test and why
// (for the operators' log line and the admins' listing).
void endWithTestsJudgeError(Judgement& judgement) {
    judgement.verdict = Verdict::JudgeError;
    judgement.error = judgement.tests.back().name + ": " + judgement.tests.back().message;
}

// Scoring problems: every case the groups still need, in order; the scorer decides verdict
// and score. A judge error (ours, or a broken scoring rule) ends the judgement.
void runScoredTests(const StepContext& step, const packages::Package& package,
                    const sandbox::Limits& limits, const JudgeSettings& settings,
                    const Judge::Progress& progress, Judgement& judgement) {
    Scorer scorer(package);
    auto cases = package.judgedCases();
    for (std::size_t i = 0; i < cases.size(); ++i) {
        if (!scorer.wanted(*cases[i]))
            continue;
        judgement.tests.push_back(runTestCase(step, *cases[i], limits, settings));
        scorer.record(*cases[i], judgement.tests.back());
        if (progress)
            progress(judgement.tests.back(), i, cases.size());
        if (judgement.tests.back().verdict == Verdict::JudgeError) {
            endWithTestsJudgeError(judgement);
            return;
        }
    }
    ScoreOutcome outcome = scorer.finish();
    judgement.verdict = outcome.error.empty() ? outcome.verdict : Verdict::JudgeError;
    judgement.error = outcome.error;
    judgement.score = outcome.score;
    judgement.groups = std::move(outcome.groups);
}

// Every judged case in order; the first one that is not AC decides and ends the judgement.
void runTests(const StepContext& step, const packages::Package& package,
              const sandbox::Limits& limits, const JudgeSettings& settings,
              const Judge::Progress& progress, Judgement& judgement) {
    auto cases = package.judgedCases();
    judgement.verdict = Verdict::Accepted;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        judgement.tests.push_back(runTestCase(step, *cases[i], limits, settings));
        if (progress)
            progress(judgement.tests.back(), i, cases.size());
        if (judgement.tests.back().verdict == Verdict::JudgeError) {
            endWithTestsJudgeError(judgement);
            return;
        }
        if (judgement.tests.back().verdict != Verdict::Accepted) {
            judgement.verdict = judgement.tests.back().verdict;
            return;
        }
    }
}

}  // namespace

const char* verdictCode(Verdict verdict) {
    switch (verdict) {
        case Verdict::Accepted:
            return "AC";
        case Verdict::WrongAnswer:
            return "WA";
        case Verdict::TimeLimit:
            return "TLE";
        case Verdict::MemoryLimit:
            return "MLE";
        case Verdict::OutputLimit:
            return "OLE";
        case Verdict::RunTimeError:
            return "RE";
        case Verdict::CompileError:
            return "CE";
        case Verdict::JudgeError:
            return "JE";
    }
    return "JE";
}

Judge::Judge(const launcher::SandboxLauncher& launcher, JudgeSettings settings)
    : m_launcher(launcher), m_settings(settings) {}

// The validator is built before the submission: a validator that does not build is a judge
// error whatever the submission is, and its cost is paid before any test runs.
Judgement Judge::judge(const packages::Package& package, const Submission& submission,
                       const Progress& progress, const Compiled& compiled) const {
    Judgement judgement;
    if (submission.language == nullptr || submission.sources.empty()) {
        return judgeError(std::move(judgement), "no language or no source files");
    }
    judgement.language = submission.language->id;
    std::string error;
    auto validator = prepareValidator(m_launcher, package, m_settings, error);
    if (error.empty())
        error = missingValidator(package, validator.has_value());
    if (!error.empty())
        return judgeError(std::move(judgement), error);
    judgement.validatorCompiled = validator && validator->compiledNow;
    Scorer scorer(package);
    if (auto why = scorer.unsupported(); package.config.type.scoring && !why.empty())
        return judgeError(std::move(judgement), why);
    auto box = WorkDir::create("box");
    auto meta = WorkDir::create("meta");
    if (!box || !meta)
        return judgeError(std::move(judgement), (box ? meta : box).failure().describe());
    sandbox::Limits limits = testLimits(package, m_settings);
    SubmissionFiles files = submissionFiles(package, *submission.language, submission.sources);
    StepContext step{m_launcher,  *submission.language, commandContext(files, limits),
                     box->path(), meta->path(),         validator ? &*validator : nullptr};
    step.interactive = package.config.type.interactive;
    step.passes = package.config.type.multiPass ? package.config.limits.validationPasses : 1;
    judgement.compile = compile(step, files.copies, package.config.limits, error);
    if (!error.empty())
        return judgeError(std::move(judgement), error);
    if (!judgement.compile.ok) {
        judgement.verdict = Verdict::CompileError;
        return judgement;
    }
    if (compiled)
        compiled(judgement.compile, package.judgedCases().size());
    if (package.config.type.scoring) {
        runScoredTests(step, package, limits, m_settings, progress, judgement);
    } else {
        runTests(step, package, limits, m_settings, progress, judgement);
    }
    return judgement;
}

}  // namespace verdict::judge
