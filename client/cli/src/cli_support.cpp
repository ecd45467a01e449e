#include "cli_support.h"

#include <stdlib.h>
#include <sys/stat.h>

#include <algorithm>
#include <fstream>

namespace verdict::cli {

namespace fs = std::filesystem;

std::string availableLanguages(const languages::Catalogue& catalogue) {
    std::string list;
    for (const auto& language : catalogue.languages()) {
        if (!languages::Catalogue::missingTool(language).empty())
            continue;
        list += (list.empty() ? "" : ", ") + language.id;
    }
    return list.empty() ? "none" : list;
}

const languages::Language* languageOf(const languages::Catalogue& catalogue,
                                      const fs::path& source) {
    std::error_code error;
    if (!fs::is_directory(source, error))
        return catalogue.forFile(source);
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(source, error)) {
        if (entry.is_regular_file())
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        if (const auto* language = catalogue.forFile(file))
            return language;
    }
    return nullptr;
}

std::vector<fs::path> sourceFiles(const fs::path& source, const languages::Language* language) {
    std::error_code error;
    if (!fs::is_directory(source, error))
        return {source};
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(source, error)) {
        if (entry.is_regular_file())
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    auto isMain = [&](const fs::path& file) {
        if (language == nullptr)
            return false;
        auto ext = file.extension().string();
        return std::find(language->extensions.begin(), language->extensions.end(),
                         ext.empty() ? ext : ext.substr(1)) != language->extensions.end();
    };
    std::stable_partition(files.begin(), files.end(), isMain);
    return files;
}

}  // namespace verdict::cli
