#pragma once
// Builds a package's output validator once per judgement, in the sandbox with the package's
// compilation limits, or takes it from the cache. A validator that does not build is a judge
// error (the jury's problem, never the contestant's).
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "validator_cache.h"
#include "validator_source.h"
#include "verdict/judge/work_dir.h"
#include "verdict/launcher/sandbox_launcher.h"
#include "verdict/packages/problem_config.h"

namespace verdict::judge {

struct CompiledValidator {
    std::filesystem::path directory;   // its files and binaries; the box gets it read-only
    std::vector<std::string> command;  // argv, before input, answer, feedback dir and flags
    std::optional<languages::Language> language;  // its binds and environment; none: scripts
    sandbox::Limits limits;                       // the package's validation limits
    bool compiledNow = false;                     // false: taken from the cache
    bool testlib = false;  // called `checker input team_output answer`, testlib's exit codes
    std::optional<WorkDir> scratch;  // owns `directory` when nothing is cached
};

std::optional<CompiledValidator> buildValidator(const launcher::SandboxLauncher& launcher,
                                                const ValidatorSource& source,
                                                const packages::Limits& limits,
                                                const ValidatorCache& cache, std::string& error);

}  // namespace verdict::judge
