#include <algorithm>
#include <cctype>

#include "package_fs.h"
#include "programs_reader.h"
#include "submissions_reader.h"
#include "temporary_directory.h"
#include "test_data_reader.h"
#include "verdict/packages/package.h"
#include "verdict/packages/time_limit.h"

namespace verdict::packages {

namespace fs = std::filesystem;

namespace {

constexpr std::uintmax_t kMaxProblemYamlBytes = 1 << 20;

std::string lowerExtension(const fs::path& path) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

// A zip may hold the package at its top level or inside one directory named after it.
fs::path packageRootIn(const fs::path& extracted) {
    std::error_code ec;
    if (fs::exists(extracted / "problem.yaml", ec)) {
        return extracted;
    }
    std::vector<fs::path> directories;
    for (fs::directory_iterator it(extracted, ec); !ec && it != fs::directory_iterator();
         it.increment(ec)) {
        if (it->is_directory(ec) && !it->is_symlink(ec)) {
            directories.push_back(it->path());
        }
    }
    return directories.size() == 1 ? directories.front() : extracted;
}

void readTimelimitFile(const PackageFs& fs, Package& package) {
    const fs::path file = fs.root() / ".timelimit";
    if (!fs.isFile(file)) {
        return;
    }
    std::optional<std::string> text = fs.readText(file, 4096);
    if (!text) {
        return;
    }
    try {
        std::size_t used = 0;
        const double seconds = std::stod(*text, &used);
        if (seconds > 0 && text->find_first_not_of(" \t\r\n", used) == std::string::npos) {
            package.timeLimit = seconds;
            package.timeLimitSource = TimeLimitSource::TimelimitFile;
            return;
        }
    } catch (const std::exception&) {
    }
    fs.diagnostics().error("bad-timelimit", {".timelimit"}, "expected one positive number",
                           "write the time limit in seconds, e.g. `2.5`");
}

void readProblemYaml(const PackageFs& fs, Package& package) {
    const fs::path file = fs.root() / "problem.yaml";
    if (!fs.isFile(file)) {
        fs.diagnostics().error("missing-problem-yaml", {"problem.yaml"},
                               "the package has no problem.yaml",
                               "point at the package's top directory, which holds problem.yaml");
        return;
    }
    if (std::optional<std::string> text = fs.readText(file, kMaxProblemYamlBytes)) {
        package.config = parseProblemConfig(*text, "problem.yaml", fs.diagnostics());
    }
}

void readAll(const PackageFs& fs, Package& package) {
    readProblemYaml(fs, package);
    if (package.config.limits.timeLimit) {
        package.timeLimit = package.config.limits.timeLimit;
        package.timeLimitSource = TimeLimitSource::ProblemYaml;
    } else {
        readTimelimitFile(fs, package);
    }
    readTestData(fs, package);
    readValidators(fs, package);
    readIncludes(fs, package);
    readSubmissions(fs, package);
    readStatements(fs, package);
}

LoadResult loadDirectory(const fs::path& directory, std::shared_ptr<TemporaryDirectory> owner,
                         std::string shortName, LoadResult result) {
    Package package;
    PackageFs fs(directory, result.diagnostics);
    package.root = fs.root();
    package.shortName = std::move(shortName);
    package.extractedTo = std::move(owner);
    try {
        readAll(fs, package);
    } catch (const std::exception& e) {
        result.diagnostics.error("unreadable-package", {}, e.what(),
                                 "check the package's files and permissions");
    }
    if (!result.diagnostics.hasErrors()) {
        result.package = std::move(package);
    }
    return result;
}

LoadResult loadZip(const fs::path& archive, const LoadOptions& options) {
    LoadResult result;
    std::shared_ptr<TemporaryDirectory> owner;
    fs::path destination = options.extractTo;
    if (destination.empty()) {
        owner = TemporaryDirectory::create("verdict-package-");
        if (!owner) {
            result.diagnostics.error("no-temporary-directory", {archive.filename().string()},
                                     "cannot create a directory to extract into",
                                     "free space in the temp directory or pass extractTo");
            return result;
        }
        destination = owner->path();
    }
    if (!extractZip(archive, destination, options.zipLimits, result.diagnostics)) {
        return result;
    }
    return loadDirectory(packageRootIn(destination), std::move(owner), archive.stem().string(),
                         std::move(result));
}

}  // namespace

std::vector<const TestCase*> Package::judgedCases() const {
    std::vector<const TestCase*> cases;
    for (const TestCase& testCase : testCases) {
        if (testCase.name.rfind("sample/", 0) == 0 || testCase.name.rfind("secret/", 0) == 0) {
            cases.push_back(&testCase);
        }
    }
    return cases;
}

LoadResult loadPackage(const fs::path& path, const LoadOptions& options) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (fs::is_directory(status)) {
        fs::path name = path.filename().empty() ? path.parent_path().filename() : path.filename();
        return loadDirectory(path, nullptr, name.string(), LoadResult{});
    }
    LoadResult result;
    if (!fs::exists(status)) {
        result.diagnostics.error("missing-package", {path.string()}, "no such file or directory",
                                 "give a package directory or a .zip/.kpp file");
        return result;
    }
    const std::string ext = lowerExtension(path);
    if (ext != ".zip" && ext != ".kpp") {
        result.diagnostics.warning("unusual-extension", {path.filename().string()},
                                   "not named .zip or .kpp; reading it as a zip",
                                   "name zipped packages <shortname>.zip");
    }
    return loadZip(path, options);
}

}  // namespace verdict::packages
