#include "verdict/judge/custom_run.h"

#include "verdict/judge/work_dir.h"
#include "verdict/languages/box_options.h"

namespace verdict::judge {

namespace {

namespace fs = std::filesystem;

// As the judge compiles (the problem package format's default compilation limits).
constexpr double kCompileSeconds = 60.0;
constexpr std::uint64_t kCompileMemoryMib = 2048;
constexpr std::size_t kDiagnosticsBytes = 64 * 1024;

std::string copySources(const std::vector<fs::path>& sources, const fs::path& box) {
    for (const auto& source : sources) {
        std::error_code error;
        fs::copy_file(source, box / source.filename(), error);
        if (error)
            return "copy " + source.string() + " into the box: " + error.message();
    }
    return {};
}

}  // namespace

CustomRun::CustomRun(const launcher::SandboxLauncher& launcher, const languages::Language& language)
    : m_launcher(launcher), m_language(language) {}

CustomRunResult CustomRun::execute(const std::vector<fs::path>& sources, const fs::path& input,
                                   const CustomRunLimits& limits, std::size_t keepBytes) const {
    CustomRunResult result;
    auto box = WorkDir::create("run-box");
    auto meta = WorkDir::create("run-meta");
    if (!box || !meta) {
        result.error = (box ? meta : box).failure().describe();
        return result;
    }
    Boxes boxes{box->path(), meta->path(), {}};
    for (const auto& source : sources)
        boxes.command.files.push_back(source.filename().string());
    boxes.command.main = boxes.command.files.front();
    boxes.command.memoryMib = limits.memoryMib;
    if (result.error = copySources(sources, boxes.box); !result.error.empty())
        return result;
    if (!compile(boxes, result))
        return result;
    run(boxes, input, limits, result);
    result.stdoutText = readHead(boxes.meta / "program.out", keepBytes);
    result.stderrText = readHead(boxes.meta / "program.err", keepBytes);
    return result;
}

bool CustomRun::compile(const Boxes& boxes, CustomRunResult& result) const {
    if (m_language.compile.empty()) {
        result.compiled = true;  // interpreted: nothing to compile
        return true;
    }
    auto options =
        languages::boxRunOptions(m_language, m_language.compile, boxes.command, boxes.box);
    options.limits.cpuSeconds = kCompileSeconds;
    options.limits.wallSeconds = 2 * kCompileSeconds + 1;
    options.limits.memoryBytes = kCompileMemoryMib << 20;
    options.limits.processes = m_language.compileProcesses;
    options.stdoutPath = (boxes.meta / "compile.out").string();
    options.stderrPath = (boxes.meta / "compile.err").string();
    auto run = m_launcher.run(options);
    if (!run || run->status == sandbox::Status::SandboxError) {
        result.error = "compiling: " + (run ? run->error : run.failure().describe());
        return false;
    }
    result.compiled = run->status == sandbox::Status::Ok;
    result.compileOutput = readHead(boxes.meta / "compile.err", kDiagnosticsBytes) +
                           readHead(boxes.meta / "compile.out", kDiagnosticsBytes);
    if (!result.compiled && result.compileOutput.empty())
        result.compileOutput =
            std::string("the compiler ended with ") + sandbox::statusName(run->status);
    return result.compiled;
}

void CustomRun::run(const Boxes& boxes, const fs::path& input, const CustomRunLimits& limits,
                    CustomRunResult& result) const {
    auto options = languages::boxRunOptions(m_language, m_language.run, boxes.command, boxes.box);
    options.limits.cpuSeconds = limits.timeSeconds;
    options.limits.wallSeconds = 2 * limits.timeSeconds + 1;
    options.limits.memoryBytes = limits.memoryMib << 20;
    options.limits.processes = m_language.runProcesses;
    options.readonlyWorkdir = true;
    options.stdinPath = input.empty() ? std::string("/dev/null") : fs::absolute(input).string();
    options.stdoutPath = (boxes.meta / "program.out").string();
    options.stderrPath = (boxes.meta / "program.err").string();
    auto run = m_launcher.run(options);
    if (!run) {
        result.error = run.failure().describe();
        return;
    }
    if (run->status == sandbox::Status::SandboxError)
        result.error = "running: " + run->error;
    result.run = run.value();
}

std::string customRunStatus(const CustomRunResult& result) {
    if (!result.compiled)
        return "compile_error";
    return result.run ? sandbox::statusName(result.run->status) : "sandbox_error";
}

nlohmann::json customRunJson(const CustomRunResult& result) {
    const sandbox::RunResult empty;
    const sandbox::RunResult& run = result.run ? *result.run : empty;
    nlohmann::json json = {
        {"status", customRunStatus(result)},
        {"exit_code", run.exitCode},
        {"cpu_ms", run.cpuMs},
        {"wall_ms", run.wallMs},
        {"memory_kib", run.memoryKib},
        {"stdout", result.stdoutText},
        {"stderr", result.stderrText},
        {"compile", {{"ok", result.compiled}, {"output", result.compileOutput}}}};
    if (!result.error.empty())
        json["error"] = result.error;
    return json;
}

}  // namespace verdict::judge
