#pragma once
// Read-only access to the package tree that never follows a link out of the package.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "verdict/packages/diagnostic.h"

namespace verdict::packages {

class PackageFs {
  public:
    enum class Kind { File, Directory, Other };
    struct Entry {
        std::string name;
        std::filesystem::path path;
        Kind kind;
    };

    PackageFs(const std::filesystem::path& root, Diagnostics& diagnostics);

    const std::filesystem::path& root() const { return m_root; }
    Diagnostics& diagnostics() const { return m_diagnostics; }
    // The path relative to the root, '/'-separated, for diagnostics.
    std::string relative(const std::filesystem::path& path) const;
    // What `path` is once in-package links are followed; nullopt when absent, broken or leaving
    // the package (the last two are reported as errors, once per link).
    std::optional<Kind> kind(const std::filesystem::path& path) const;
    bool isFile(const std::filesystem::path& path) const { return kind(path) == Kind::File; }
    bool isDirectory(const std::filesystem::path& path) const;
    // Entries of a directory sorted by name; names starting with '.' or '-' are skipped.
    std::vector<Entry> list(const std::filesystem::path& directory) const;
    // The file's text; nullopt (reported) if unreadable or larger than `maxBytes`.
    std::optional<std::string> readText(const std::filesystem::path& path,
                                        std::uintmax_t maxBytes) const;
    // At most `maxBytes` from the start of the file, without complaint (for scanning tags).
    std::string readPrefix(const std::filesystem::path& path, std::size_t maxBytes) const;

  private:
    bool reportOnce(const std::filesystem::path& path) const;

    std::filesystem::path m_root;
    Diagnostics& m_diagnostics;
    mutable std::set<std::string> m_reported;
};

}  // namespace verdict::packages
