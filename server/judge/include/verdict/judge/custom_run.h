#pragma once
// One custom test: the sources copied into a fresh box, compiled there if the language
// compiles, then run once on a given input under given limits, all in the sandbox.
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "verdict/languages/catalogue.h"
#include "verdict/launcher/sandbox_launcher.h"

namespace verdict::judge {

struct CustomRunLimits {
    double timeSeconds = 1.0;
    std::uint64_t memoryMib = 256;
};

struct CustomRunResult {
    bool compiled = false;
    std::string compileOutput;              // the compiler's diagnostics (truncated)
    std::optional<sandbox::RunResult> run;  // set when the program was started
    std::string stdoutText, stderrText;     // the program's, truncated at the given size
    std::string error;                      // our failure (the sandbox, a file): exit 2
};

// "ok", "compile_error", "time_limit", ... (the sandbox's status names), "sandbox_error".
std::string customRunStatus(const CustomRunResult& result);
// {status, exit_code, cpu_ms, wall_ms, memory_kib, stdout, stderr, compile {ok, output}, error?}
nlohmann::json customRunJson(const CustomRunResult& result);

class CustomRun {
  public:
    CustomRun(const launcher::SandboxLauncher& launcher, const languages::Language& language);

    // `input` empty: the program reads /dev/null. Output is kept up to `keepBytes` per stream.
    CustomRunResult execute(const std::vector<std::filesystem::path>& sources,
                            const std::filesystem::path& input, const CustomRunLimits& limits,
                            std::size_t keepBytes) const;

  private:
    struct Boxes {
        std::filesystem::path box, meta;
        languages::CommandContext command;
    };
    bool compile(const Boxes& boxes, CustomRunResult& result) const;
    void run(const Boxes& boxes, const std::filesystem::path& input, const CustomRunLimits& limits,
             CustomRunResult& result) const;

    const launcher::SandboxLauncher& m_launcher;
    const languages::Language& m_language;
};

}  // namespace verdict::judge
