#pragma once
// Judges one submission on one problem package: compiles it in the sandbox, runs every judged
// test case in order in the sandbox, validates each output and stops at the first failure.
#include <filesystem>
#include <functional>
#include <vector>

#include "verdict/judge/judgement.h"
#include "verdict/languages/catalogue.h"
#include "verdict/launcher/sandbox_launcher.h"
#include "verdict/packages/package.h"

namespace verdict::judge {

struct Submission {
    const languages::Language* language = nullptr;
    std::vector<std::filesystem::path> sources;  // the first one is the main file
};

struct JudgeSettings {
    double defaultTimeLimit = 1.0;  // when the package states none (seconds)
    // A run over the time limit by at most this factor is run again, at most twice, and
    // judged on its best time: a noisy machine must not turn AC into TLE.
    double rerunMargin = 1.15;
    int maxReruns = 2;
    // Where custom output validators' languages come from; null: Catalogue::defaultPath().
    const languages::Catalogue* catalogue = nullptr;
    // Compiled validators are cached here; empty: $XDG_CACHE_HOME/verdict/validators, else
    // ~/.cache/verdict/validators, else a private temp dir.
    std::filesystem::path validatorCache;
};

class Judge {
  public:
    Judge(const launcher::SandboxLauncher& launcher, JudgeSettings settings = {});

    // Called after each test case as it finishes (for live output).
    using Progress = std::function<void(const TestResult&, std::size_t index, std::size_t total)>;
    // Called once the submission compiled, before the first test runs (live "running" status).
    using Compiled = std::function<void(const CompileResult&, std::size_t tests)>;
    Judgement judge(const packages::Package& package, const Submission& submission,
                    const Progress& progress = {}, const Compiled& compiled = {}) const;

  private:
    const launcher::SandboxLauncher& m_launcher;
    JudgeSettings m_settings;
};

}  // namespace verdict::judge
