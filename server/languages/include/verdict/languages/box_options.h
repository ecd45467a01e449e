#pragma once
// Sandbox options for running one of a language's commands in a box directory: what compiling
// and running share (binds, environment, address-space grace, the expanded argv).
#include <filesystem>
#include <vector>

#include "verdict/languages/catalogue.h"
#include "verdict/sandbox/run_options.h"

namespace verdict::languages {

// `command` is one of the language's templates (compile or run), expanded with `context`; the
// box directory is the working directory. Limits other than the grace are left to the caller.
sandbox::RunOptions boxRunOptions(const Language& language, const std::vector<std::string>& command,
                                  const CommandContext& context, const std::filesystem::path& box);

}  // namespace verdict::languages
