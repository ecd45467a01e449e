#pragma once
// Problem statement files found in the package.
#include <filesystem>
#include <string>

namespace verdict::packages {

struct StatementFile {
    std::string language;  // "en", "sv", ...; "" when the file names none (DOMjudge root files)
    std::string format;    // "tex", "md", "pdf", "html", "txt"
    std::filesystem::path path;
};

}  // namespace verdict::packages
