#pragma once
// Zipping a package folder (for uploading it to a server): regular files and directories only,
// links are left out, Unix modes kept so build/run scripts stay executable.
#include <filesystem>
#include <string>

namespace verdict::packages {

// Writes `archive` with every entry under `directory`, names relative to it with `prefix` in
// front. False with `error` saying what failed.
bool zipDirectory(const std::filesystem::path& directory, const std::filesystem::path& archive,
                  const std::string& prefix, std::string& error);

}  // namespace verdict::packages
