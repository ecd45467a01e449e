#pragma once
// Package programs (validators) and include directories.
#include <filesystem>
#include <map>
#include <string>

namespace verdict::packages {

// A program: one file, or a directory (compiled as a whole, or built/run by its scripts).
struct Program {
    std::string name;  // file or directory name
    std::filesystem::path path;
    bool isDirectory = false;
    bool hasBuildScript = false;  // directory has `build`
    bool hasRunScript = false;    // directory has `run`
};

// include/<language>/ (and include/default/), keyed by language id ("default" included).
using IncludeDirectories = std::map<std::string, std::filesystem::path>;

}  // namespace verdict::packages
