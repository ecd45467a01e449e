#pragma once
// Small whole-file reads and writes for /proc and cgroup files.
#include <cstdint>
#include <optional>
#include <string>

#include "verdict/sandbox/failure.h"

namespace verdict::sandbox {

std::optional<std::string> readSmallFile(const std::string& path);
// Reads from offset 0 of an open file (cgroup counters are re-read through one fd).
std::optional<std::string> preadSmall(int fd);
Step writeSmallFile(const std::string& path, const std::string& text);
// The number after `key ` in a "key value" per line file (memory.events, cpu.stat, oom_control).
std::optional<std::uint64_t> keyedValue(const std::string& text, const std::string& key);
std::optional<std::uint64_t> parseUnsigned(const std::string& text);

}  // namespace verdict::sandbox
