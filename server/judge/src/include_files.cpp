#include "include_files.h"

#include <algorithm>
#include <map>
#include <system_error>

namespace verdict::judge {

namespace {

namespace fs = std::filesystem;

// name -> path of the regular files directly in `directory`, if it exists.
void addIncludes(const packages::Package& package, const std::string& key,
                 std::map<std::string, fs::path>& byName) {
    auto it = package.includes.find(key);
    if (it == package.includes.end())
        return;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(it->second, error)) {
        if (entry.is_regular_file(error) && !entry.is_symlink(error))
            byName[entry.path().filename().string()] = entry.path();
    }
}

bool isSourceOf(const languages::Language& language, const std::string& name) {
    auto dot = name.rfind('.');
    if (dot == std::string::npos)
        return false;
    std::string extension = name.substr(dot + 1);
    return std::find(language.extensions.begin(), language.extensions.end(), extension) !=
           language.extensions.end();
}

}  // namespace

SubmissionFiles submissionFiles(const packages::Package& package,
                                const languages::Language& language,
                                const std::vector<fs::path>& sources) {
    std::map<std::string, fs::path> included;
    addIncludes(package, "default", included);
    addIncludes(package, language.id, included);  // the language's own wins
    SubmissionFiles files;
    for (const auto& source : sources) {
        std::string name = source.filename().string();
        if (!included.count(name)) {
            files.copies.push_back(source);
            files.compiled.push_back(name);
        }
    }
    files.main = sources.empty() ? std::string() : sources.front().filename().string();
    for (const auto& [name, path] : included) {
        files.copies.push_back(path);
        if (isSourceOf(language, name))
            files.compiled.push_back(name);
    }
    return files;
}

}  // namespace verdict::judge
