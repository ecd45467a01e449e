#include <filesystem>

#include "steps.h"
#include "verdict/judge/work_dir.h"
#include "verdict/languages/box_options.h"

namespace verdict::judge {

namespace {

constexpr std::size_t kDiagnosticsBytes = 64 * 1024;
constexpr std::uint64_t kCompileOutputBytes = 64ull << 20;

sandbox::RunOptions compileOptions(const StepContext& step, const packages::Limits& limits) {
    sandbox::RunOptions options =
        languages::boxRunOptions(step.language, step.language.compile, step.command, step.box);
    options.limits.cpuSeconds = limits.compilationTime;
    options.limits.wallSeconds = 2 * limits.compilationTime + 1;
    options.limits.memoryBytes = static_cast<std::uint64_t>(limits.compilationMemoryMib) << 20;
    options.limits.processes = step.language.compileProcesses;
    options.limits.outputBytes = kCompileOutputBytes;
    options.stdoutPath = (step.meta / "compile.out").string();
    options.stderrPath = (step.meta / "compile.err").string();
    return options;
}

}  // namespace

CompileResult compile(const StepContext& step, const std::vector<std::filesystem::path>& sources,
                      const packages::Limits& limits, std::string& judgeError) {
    CompileResult result;
    for (const auto& source : sources) {
        std::error_code error;
        std::filesystem::copy_file(source, step.box / source.filename(), error);
        if (error) {
            judgeError = "copy " + source.string() + " into the box: " + error.message();
            return result;
        }
    }
    if (step.language.compile.empty()) {
        result.ok = true;  // interpreted: nothing to compile
        return result;
    }
    auto run = step.launcher.run(compileOptions(step, limits));
    if (!run) {
        judgeError = run.failure().describe();
        return result;
    }
    if (run->status == sandbox::Status::SandboxError) {
        judgeError = "compiling: " + run->error;
        return result;
    }
    result.ok = run->status == sandbox::Status::Ok;
    result.cpuMs = run->cpuMs;
    result.output = readHead(step.meta / "compile.err", kDiagnosticsBytes) +
                    readHead(step.meta / "compile.out", kDiagnosticsBytes);
    if (!result.ok && result.output.empty()) {
        result.output = std::string("the compiler ended with ") + sandbox::statusName(run->status);
    }
    return result;
}

}  // namespace verdict::judge
