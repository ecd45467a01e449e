#pragma once

#include <optional>
#include <string>
#include <vector>

namespace verdict::bench {

// The whole content of a (small, usually /proc) file; nothing when it cannot be read.
std::optional<std::string> readTextFile(const std::string& path);

// The file's lines without their newlines; empty when it cannot be read.
std::vector<std::string> readLines(const std::string& path);

// The target of a symbolic link (e.g. /proc/PID/ns/pid); empty when it cannot be read.
std::string readLinkText(const std::string& path);

}  // namespace verdict::bench
