#include <algorithm>
#include <nlohmann/json.hpp>

#include "cli_support.h"
#include "verdict/cli/commands.h"
#include "verdict/judge/custom_run.h"

namespace verdict::cli {

namespace {

namespace fs = std::filesystem;

constexpr std::size_t kKeptOutputBytes = 64 * 1024;
const char* kRunUsage =
    "usage: verdict run SOURCE [--language ID] [--stdin FILE] [--time S] [--memory MIB] [--json]";

struct RunArgs {
    std::string source, language, input;
    judge::CustomRunLimits limits;
    bool json = false;
};

// A positive number, or an explanation of why the text is not one.
std::string parsePositive(const std::string& option, const std::string& text, double& value) {
    try {
        std::size_t used = 0;
        value = std::stod(text, &used);
        if (used == text.size() && value > 0 && value < 1e6)
            return {};
    } catch (const std::exception&) {
    }
    return option + " needs a positive number, not '" + text + "'";
}

std::string parseOption(const std::string& option, const std::string& value, RunArgs& parsed) {
    double number = 0;
    if (option == "--language") {
        parsed.language = value;
    } else if (option == "--stdin") {
        parsed.input = value;
    } else if (option == "--time") {
        if (auto why = parsePositive(option, value, number); !why.empty())
            return why;
        parsed.limits.timeSeconds = number;
    } else if (option == "--memory") {
        if (auto why = parsePositive(option, value, number); !why.empty())
            return why;
        parsed.limits.memoryMib = static_cast<std::uint64_t>(number);
    } else {
        return "unknown option '" + option + "'";
    }
    return {};
}

std::string parseRunArgs(const std::vector<std::string>& args, RunArgs& parsed) {
    std::vector<std::string> positional;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--json") {
            parsed.json = true;
        } else if (args[i].rfind("--", 0) == 0) {
            if (i + 1 >= args.size())
                return args[i] + " needs a value; " + kRunUsage;
            if (auto why = parseOption(args[i], args[i + 1], parsed); !why.empty())
                return why;
            ++i;
        } else {
            positional.push_back(args[i]);
        }
    }
    if (positional.size() != 1)
        return kRunUsage;
    parsed.source = positional[0];
    return {};
}

// The language to run SOURCE with, or an error message.
std::string resolveLanguage(const languages::Catalogue& catalogue, const RunArgs& parsed,
                            const languages::Language*& language) {
    language = parsed.language.empty() ? languageOf(catalogue, parsed.source)
                                       : catalogue.find(parsed.language);
    if (language == nullptr && !parsed.language.empty()) {
        return "unknown language '" + parsed.language +
               "'; one of: " + availableLanguages(catalogue);
    }
    if (language == nullptr) {
        return "unknown language for " + parsed.source +
               "; give --language ID, one of: " + availableLanguages(catalogue);
    }
    if (auto missing = languages::Catalogue::missingTool(*language); !missing.empty()) {
        return language->id + " cannot be run here: " + missing +
               "; available: " + availableLanguages(catalogue);
    }
    if (!fs::exists(parsed.source))
        return parsed.source + " does not exist";
    if (!parsed.input.empty() && !fs::is_regular_file(parsed.input))
        return "the input file " + parsed.input + " does not exist";
    return {};
}

void printHuman(const judge::CustomRunResult& result, std::ostream& out, std::ostream& err) {
    if (!result.compiled) {
        err << result.compileOutput;
        err << "status: compile_error" << std::endl;
        return;
    }
    out << result.stdoutText << std::flush;
    err << result.stderrText;
    const sandbox::RunResult run = result.run.value_or(sandbox::RunResult{});
    err << "status: " << judge::customRunStatus(result) << "  exit code " << run.exitCode << "  "
        << run.cpuMs << " ms cpu  " << run.memoryKib << " KiB" << std::endl;
}

}  // namespace

int runCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (std::find(args.begin(), args.end(), "--server") != args.end())
        return remoteRunCommand(args, out, err);
    RunArgs parsed;
    if (auto usage = parseRunArgs(args, parsed); !usage.empty()) {
        err << "verdict run: " << usage << "\n";
        return kExitError;
    }
    auto catalogue = languages::Catalogue::load(languages::Catalogue::defaultPath());
    if (!catalogue) {
        err << "verdict run: " << catalogue.failure().describe() << "\n";
        return kExitError;
    }
    const languages::Language* language = nullptr;
    if (auto why = resolveLanguage(catalogue.value(), parsed, language); !why.empty()) {
        err << "verdict run: " << why << "\n";
        return kExitError;
    }
    launcher::SandboxLauncher sandbox(launcher::SandboxLauncher::defaultHelperPath());
    judge::CustomRun custom(sandbox, *language);
    auto result = custom.execute(sourceFiles(parsed.source, language), parsed.input, parsed.limits,
                                 kKeptOutputBytes);
    if (parsed.json)
        out << judge::customRunJson(result).dump(-1, ' ', false,
                                                 nlohmann::json::error_handler_t::replace)
            << "\n";
    else if (result.error.empty())
        printHuman(result, out, err);
    if (!result.error.empty()) {
        err << "verdict run: " << result.error << "\n";
        return kExitError;
    }
    bool clean = result.run && result.run->status == sandbox::Status::Ok;
    return clean ? kExitAccepted : kExitRejected;
}

}  // namespace verdict::cli
