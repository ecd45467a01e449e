#include "programs_reader.h"

#include "yaml_access.h"

namespace verdict::packages {

namespace fs = std::filesystem;

namespace {

Program describeProgram(const PackageFs& fs, const PackageFs::Entry& entry) {
    Program program{entry.name, entry.path, entry.kind == PackageFs::Kind::Directory, false, false};
    if (program.isDirectory) {
        program.hasBuildScript = fs.isFile(entry.path / "build");
        program.hasRunScript = fs.isFile(entry.path / "run");
    }
    return program;
}

// Every file or directory in `directory` is one program.
std::vector<Program> programsIn(const PackageFs& fs, const fs::path& directory) {
    std::vector<Program> programs;
    for (const PackageFs::Entry& entry : fs.list(directory)) {
        if (entry.kind != PackageFs::Kind::Other) {
            programs.push_back(describeProgram(fs, entry));
        }
    }
    return programs;
}

void readOutputValidators(const PackageFs& fs, Package& package) {
    const fs::path plural = fs.root() / "output_validators";
    const fs::path singular = fs.root() / "output_validator";
    const bool modern = package.config.version == FormatVersion::V2025_09;
    if (fs.isDirectory(singular) && !isLegacy(package.config.version)) {
        package.outputValidators.push_back(
            describeProgram(fs, {"output_validator", singular, PackageFs::Kind::Directory}));
    } else if (fs.isDirectory(plural)) {
        if (modern) {
            fs.diagnostics().warning("legacy-directory", {"output_validators"},
                                     "2025-09 names the directory output_validator/",
                                     "rename output_validators/ to output_validator/");
        }
        package.outputValidators = programsIn(fs, plural);
    }
    ProblemType& type = package.config.type;
    if (!isLegacy(package.config.version) && !package.outputValidators.empty()) {
        type.customOutputValidator = true;
    }
    if (type.customOutputValidator && package.outputValidators.empty()) {
        fs.diagnostics().error("missing-output-validator", {"problem.yaml"},
                               "the problem needs a custom output validator but has none",
                               modern ? "add output_validator/" : "add output_validators/<name>");
    }
    if (modern && package.outputValidators.size() > 1) {
        fs.diagnostics().error("several-output-validators", {"output_validator"},
                               "2025-09 allows at most one output validator",
                               "keep one output validator");
    }
}

}  // namespace

void readValidators(const PackageFs& fs, Package& package) {
    readOutputValidators(fs, package);
    for (const char* name : {"input_validators", "input_format_validators"}) {
        if (fs.isDirectory(fs.root() / name)) {
            auto found = programsIn(fs, fs.root() / name);
            package.inputValidators.insert(package.inputValidators.end(), found.begin(),
                                           found.end());
        }
    }
}

void readIncludes(const PackageFs& fs, Package& package) {
    const fs::path include = fs.root() / "include";
    if (!fs.isDirectory(include)) {
        return;
    }
    for (const PackageFs::Entry& entry : fs.list(include)) {
        if (entry.kind == PackageFs::Kind::Directory) {
            package.includes[entry.name] = entry.path;
        } else {
            fs.diagnostics().warning("stray-file", {fs.relative(entry.path)},
                                     "include/ holds one directory per language",
                                     "move the file into include/<language>/");
        }
    }
}

namespace {

// problem.<lang>.<format> or problem.<format>; anything else (images) is not a statement.
void addStatement(const PackageFs::Entry& entry, const std::string& defaultLanguage,
                  Package& package) {
    std::vector<std::string> parts;
    std::string part;
    for (char c : entry.name + ".") {
        if (c == '.') {
            parts.push_back(part);
            part.clear();
        } else {
            part += c;
        }
    }
    if (parts.size() < 2 || parts.size() > 3 || parts[0] != "problem") {
        return;
    }
    const std::string& format = parts.back();
    if (format != "tex" && format != "md" && format != "pdf" && format != "html" &&
        format != "txt") {
        return;
    }
    const std::string language = parts.size() == 3 ? parts[1] : defaultLanguage;
    package.statements.push_back({language, format, entry.path});
}

}  // namespace

void readStatements(const PackageFs& fs, Package& package) {
    for (const char* name : {"problem_statement", "statement"}) {
        if (fs.isDirectory(fs.root() / name)) {
            for (const PackageFs::Entry& entry : fs.list(fs.root() / name)) {
                if (entry.kind == PackageFs::Kind::File) {
                    addStatement(entry, "en", package);
                }
            }
        }
    }
    // DOMjudge's statement at the root, language unspecified.
    for (const PackageFs::Entry& entry : fs.list(fs.root())) {
        if (entry.kind == PackageFs::Kind::File && entry.name.rfind("problem.", 0) == 0 &&
            entry.name != "problem.yaml") {
            addStatement(entry, "", package);
        }
    }
}

}  // namespace verdict::packages
