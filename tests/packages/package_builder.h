#pragma once
// Test helpers: write a package tree from a description, zip it, or write hand-made zips.
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace verdict::packages::testing {

// One file of a package: path relative to the root and its content. A path ending in '/'
// is an (empty) directory; a path starting with '@' is a symlink "@path" -> content.
using FileList = std::vector<std::pair<std::string, std::string>>;

// A fresh directory removed (without following links) when the object dies.
class ScratchDirectory {
  public:
    ScratchDirectory();
    ~ScratchDirectory();
    ScratchDirectory(const ScratchDirectory&) = delete;
    ScratchDirectory& operator=(const ScratchDirectory&) = delete;
    const std::filesystem::path& path() const { return m_path; }

  private:
    std::filesystem::path m_path;
};

// Writes `files` under `root` (creating it) and returns `root`.
std::filesystem::path writeTree(const std::filesystem::path& root, const FileList& files);

// Zips every file and directory under `directory`; entry names get `prefix` in front.
void zipTree(const std::filesystem::path& directory, const std::filesystem::path& archive,
             const std::string& prefix = "");

// A hand-made zip entry, for archives no honest tool would write.
struct RawEntry {
    std::string name;
    std::string content;
    bool symlink = false;
};
void writeZip(const std::filesystem::path& archive, const std::vector<RawEntry>& entries);

// Adds (or replaces) files of a description.
FileList with(FileList base, const FileList& extra);
// Removes the files whose path starts with `prefix`.
FileList without(FileList base, const std::string& prefix);

}  // namespace verdict::packages::testing
