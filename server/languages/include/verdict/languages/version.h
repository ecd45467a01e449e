#pragma once
// The version of a language's toolchain as this host has it: its `version` command run on the
// host (not in the sandbox), for people to read in `verdict languages`.
#include <chrono>
#include <string>

#include "verdict/languages/catalogue.h"

namespace verdict::languages {

struct ToolVersion {
    bool available = false;  // every tool the commands start is installed
    std::string version;     // the first non-empty line the version command printed
    std::string reason;      // why it is unavailable, or why no version could be read
};

// Runs language.version with stdout and stderr captured; never throws, never hangs longer than
// `timeout` (the command is killed then).
ToolVersion detectVersion(const Language& language,
                          std::chrono::milliseconds timeout = std::chrono::seconds(5));

}  // namespace verdict::languages
