#include "problem_library.h"

#include <fstream>
#include <random>
#include <regex>

#include "statement_text.h"

namespace verdict::api {

namespace {

namespace fs = std::filesystem;

constexpr std::size_t kSampleBytes = 64 * 1024;

std::string readHead(const fs::path& file, std::size_t limit, bool& truncated) {
    std::ifstream in(file, std::ios::binary);
    std::string text(limit + 1, '\0');
    in.read(text.data(), static_cast<std::streamsize>(limit + 1));
    text.resize(static_cast<std::size_t>(in.gcount()));
    truncated = text.size() > limit;
    if (truncated)
        text.resize(limit);
    return text;
}

nlohmann::json samplesJson(const packages::Package& package) {
    nlohmann::json samples = nlohmann::json::array();
    for (const auto& testCase : package.testCases) {
        if (testCase.name.rfind("sample/", 0) != 0)
            continue;
        bool inTruncated = false, outTruncated = false;
        nlohmann::json sample = {{"name", testCase.name}};
        if (package.config.type.interactive) {
            if (!testCase.interaction.empty())
                sample["interaction"] = readHead(testCase.interaction, kSampleBytes, inTruncated);
        } else {
            sample["input"] = readHead(testCase.input, kSampleBytes, inTruncated);
            const fs::path& shown = testCase.output.empty() ? testCase.answer : testCase.output;
            sample["output"] = readHead(shown, kSampleBytes, outTruncated);
        }
        sample["truncated"] = inTruncated || outTruncated;
        // What the default validator is given for this case (e.g. float_tolerance 1e-6), so a
        // client can compare a custom run's output the way the judge will.
        sample["validator_args"] = testCase.outputValidatorArgs;
        samples.push_back(sample);
    }
    return samples;
}

std::string slug(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (std::isalnum(static_cast<unsigned char>(c)))
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out.substr(0, 64);
}

std::string describeErrors(const packages::Diagnostics& diagnostics) {
    std::string text;
    for (const auto& diagnostic : diagnostics.errors())
        text += (text.empty() ? "" : "; ") + diagnostic.toString();
    return text.empty() ? "the package could not be read" : text;
}

}  // namespace

nlohmann::json problemSummary(const packages::Package& package, const std::string& shortName) {
    const auto& limits = package.config.limits;
    const auto& type = package.config.type;
    nlohmann::json summary = {
        {"short_name", shortName},
        {"name", package.config.displayName()},
        {"time_limit", package.timeLimit ? nlohmann::json(*package.timeLimit) : nullptr},
        {"memory_mib", limits.memoryMib},
        {"output_mib", limits.outputMib},
        // Null when the package states none: the server's code_limit_bytes applies then.
        {"code_kib", limits.codeStated ? nlohmann::json(limits.codeKib) : nlohmann::json(nullptr)},
        {"type",
         {{"scoring", type.scoring},
          {"interactive", type.interactive},
          {"multi_pass", type.multiPass}}},
        {"samples", samplesJson(package)},
        // "custom": the package's own output validator decides; "default": verdict's.
        {"validation", package.outputValidators.empty() ? "default" : "custom"}};
    summary["statement"] = statementJson(package.statements);
    return summary;
}

std::optional<InstalledProblem> installProblem(const std::string& zipBytes,
                                               const fs::path& problemsDir,
                                               const std::string& requestedName,
                                               std::string& error) {
    static const std::regex kShortName("[a-z0-9][a-z0-9_-]{0,63}");
    if (!requestedName.empty() && !std::regex_match(requestedName, kShortName)) {
        error =
            "a problem's short name is 1 to 64 of a-z, 0-9, '_' and '-', starting with a "
            "letter or digit";
        return std::nullopt;
    }
    std::error_code ec;
    fs::create_directories(problemsDir, ec);
    std::string stagingName = ".staging-" + std::to_string(std::random_device{}());
    fs::path staging = problemsDir / stagingName;
    fs::create_directories(staging, ec);
    fs::path zip = staging / "upload.zip";
    std::ofstream(zip, std::ios::binary)
        .write(zipBytes.data(), static_cast<std::streamsize>(zipBytes.size()));
    packages::LoadOptions options;
    options.extractTo = staging / "package";
    auto loaded = packages::loadPackage(zip, options);
    auto cleanUp = [&] { fs::remove_all(staging, ec); };
    if (!loaded.ok()) {
        error = describeErrors(loaded.diagnostics);
        cleanUp();
        return std::nullopt;
    }
    InstalledProblem problem;
    problem.name = loaded.package->config.displayName();
    problem.shortName = requestedName.empty() ? slug(problem.name) : requestedName;
    if (problem.shortName.empty())
        problem.shortName = "problem";
    problem.directory = problemsDir / problem.shortName;
    if (fs::exists(problem.directory)) {
        error = "a problem named '" + problem.shortName + "' exists; give another ?name=";
        cleanUp();
        return std::nullopt;
    }
    fs::rename(loaded.package->root, problem.directory, ec);  // the root may be a subfolder
    if (ec) {
        error = "could not keep the package: " + ec.message();
        cleanUp();
        return std::nullopt;
    }
    cleanUp();
    auto reloaded = packages::loadPackage(problem.directory);
    problem.summary = problemSummary(*reloaded.package, problem.shortName);
    return problem;
}

}  // namespace verdict::api
