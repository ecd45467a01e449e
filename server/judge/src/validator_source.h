#pragma once
// What a package's output validator is made of, before it is built: its files, how it is
// built (a catalogue language, or its own `build` / `run` scripts) and their content hash.
#include <filesystem>
#include <string>
#include <vector>

#include "verdict/languages/catalogue.h"
#include "verdict/packages/programs.h"

namespace verdict::judge {

struct ValidatorSource {
    std::filesystem::path path;  // the validator's file or directory in the package
    bool isDirectory = false;
    bool usesScripts = false;                       // `build` (optional) then `run`
    bool hasBuildScript = false;                    // with usesScripts
    const languages::Language* language = nullptr;  // without scripts
    languages::CommandContext command;              // without scripts: files and main
    std::string hash;      // of every file (name, mode, contents), the language and its commands
    bool testlib = false;  // a Codeforces / Polygon checker (includes testlib.h)
};

// Resolves the program: its language from the file's (or the directory's files') extension.
// On failure `error` says why (an unknown or ambiguous language, unreadable files).
ValidatorSource resolveValidator(const packages::Program& program,
                                 const languages::Catalogue& catalogue, std::string& error);

}  // namespace verdict::judge
