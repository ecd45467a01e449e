#pragma once
// Chooses a package's custom output validator and gets it ready for the judgement.
#include <optional>
#include <string>

#include "validator_build.h"
#include "verdict/judge/judge.h"

namespace verdict::judge {

// The package's custom output validator, built or taken from the cache; nullopt without an
// error when the package uses the default validator. Several validators, none where
// `validation: custom` asks for one, an unknown language or a failed build are errors.
std::optional<CompiledValidator> prepareValidator(const launcher::SandboxLauncher& launcher,
                                                  const packages::Package& package,
                                                  const JudgeSettings& settings,
                                                  std::string& error);

}  // namespace verdict::judge
