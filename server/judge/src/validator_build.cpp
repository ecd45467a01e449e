#include "validator_build.h"

#include <unistd.h>

#include "steps.h"

namespace verdict::judge {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kDiagnosticsBytes = 64 * 1024;
constexpr unsigned kBuildScriptProcesses = 128;

std::vector<std::string> commandOf(const ValidatorSource& source, const packages::Limits& limits) {
    if (source.usesScripts)
        return {"./run"};
    languages::CommandContext context = source.command;
    context.memoryMib = static_cast<std::uint64_t>(limits.validationMemoryMib);
    return languages::expandCommand(source.language->run, context);
}

sandbox::RunOptions buildScriptOptions(const fs::path& box, const fs::path& meta,
                                       const packages::Limits& limits) {
    sandbox::RunOptions options;
    options.workdir = box.string();
    options.limits.cpuSeconds = limits.compilationTime;
    options.limits.wallSeconds = 2 * limits.compilationTime + 1;
    options.limits.memoryBytes = static_cast<std::uint64_t>(limits.compilationMemoryMib) << 20;
    options.limits.processes = kBuildScriptProcesses;
    options.stdoutPath = (meta / "compile.out").string();
    options.stderrPath = (meta / "compile.err").string();
    bool executable = ::access((box / "build").c_str(), X_OK) == 0;
    options.program = executable ? "./build" : "/bin/sh";
    if (!executable)
        options.arguments = {"build"};
    return options;
}

sandbox::Limits validationLimits(const packages::Limits& limits) {
    sandbox::Limits result;
    result.cpuSeconds = limits.validationTime;
    result.wallSeconds = 2 * limits.validationTime + 1;
    result.memoryBytes = static_cast<std::uint64_t>(limits.validationMemoryMib) << 20;
    result.outputBytes = static_cast<std::uint64_t>(limits.validationOutputMib) << 20;
    return result;
}

// Runs `build` in the box; its output is the error when it does not end cleanly.
void runBuildScript(const launcher::SandboxLauncher& launcher, const fs::path& box,
                    const fs::path& meta, const packages::Limits& limits, std::string& error) {
    auto run = launcher.run(buildScriptOptions(box, meta, limits));
    if (!run) {
        error = "building the output validator: " + run.failure().describe();
    } else if (run->status != sandbox::Status::Ok) {
        error = std::string("the output validator's build script ended with ") +
                sandbox::statusName(run->status) + " " + run->error + ":\n" +
                readHead(meta / "compile.err", kDiagnosticsBytes) +
                readHead(meta / "compile.out", kDiagnosticsBytes);
    }
}

void compileInBox(const launcher::SandboxLauncher& launcher, const ValidatorSource& source,
                  const fs::path& box, const packages::Limits& limits, std::string& error) {
    auto meta = WorkDir::create("validator-meta");
    if (!meta) {
        error = meta.failure().describe();
        return;
    }
    if (source.usesScripts) {
        if (source.hasBuildScript)
            runBuildScript(launcher, box, meta->path(), limits, error);
        if (error.empty() && ::access((box / "run").c_str(), X_OK) != 0)
            error = "the output validator has no executable `run` script after its build";
        return;
    }
    StepContext step{launcher, *source.language, source.command, box, meta->path(), nullptr};
    CompileResult compiled = compile(step, {}, limits, error);
    if (error.empty() && !compiled.ok)
        error = "the output validator does not compile:\n" + compiled.output;
}

void copyProgram(const ValidatorSource& source, const fs::path& box, std::string& error) {
    std::error_code failure;
    if (source.isDirectory) {
        fs::copy(source.path, box, fs::copy_options::recursive, failure);
    } else {
        fs::copy_file(source.path, box / source.path.filename(), failure);
    }
    if (failure)
        error = "copy the output validator " + source.path.string() + ": " + failure.message();
}

// Where the validator is built: in the cache, else in a scratch dir the validator owns.
std::optional<fs::path> reserveBox(const ValidatorCache& cache, CompiledValidator& validator,
                                   std::string& error) {
    if (cache.usable())
        return cache.reserve(error);
    auto scratch = WorkDir::create("validator");
    if (!scratch) {
        error = scratch.failure().describe();
        return std::nullopt;
    }
    validator.scratch.emplace(std::move(scratch.value()));
    return validator.scratch->path();
}

}  // namespace

std::optional<CompiledValidator> buildValidator(const launcher::SandboxLauncher& launcher,
                                                const ValidatorSource& source,
                                                const packages::Limits& limits,
                                                const ValidatorCache& cache, std::string& error) {
    CompiledValidator validator;
    validator.command = commandOf(source, limits);
    if (source.language != nullptr)
        validator.language = *source.language;  // a copy: the catalogue may be temporary
    validator.limits = validationLimits(limits);
    validator.testlib = source.testlib;
    if (auto entry = cache.find(source.hash)) {
        validator.directory = *entry;
        return validator;
    }
    std::optional<fs::path> box = reserveBox(cache, validator, error);
    if (!box)
        return std::nullopt;
    copyProgram(source, *box, error);
    if (error.empty())
        compileInBox(launcher, source, *box, limits, error);
    validator.compiledNow = true;
    if (error.empty() && cache.usable()) {
        auto entry = cache.publish(*box, source.hash, error);
        validator.directory = entry.value_or(fs::path());
    } else if (cache.usable()) {
        std::error_code ignored;
        fs::remove_all(*box, ignored);
    } else {
        validator.directory = *box;
    }
    if (!error.empty())
        return std::nullopt;
    return validator;
}

}  // namespace verdict::judge
