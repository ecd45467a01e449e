#pragma once
// What the commands share: finding a submission's language and files, scratch directories.
#include <filesystem>
#include <string>
#include <vector>

#include "verdict/languages/catalogue.h"
#include "verdict/sandbox/failure.h"

namespace verdict::cli {

// "c, cpp, python3": the languages whose toolchains are installed here, for error messages.
std::string availableLanguages(const languages::Catalogue& catalogue);

// By the extension of a file, or of the first file of a folder that has a known one.
const languages::Language* languageOf(const languages::Catalogue& catalogue,
                                      const std::filesystem::path& source);

// The source files: a file, or every regular file of a folder (the main file first).
std::vector<std::filesystem::path> sourceFiles(const std::filesystem::path& source,
                                               const languages::Language* language);

}  // namespace verdict::cli
