#pragma once
// A host directory for one test, created by the running user with mkdtemp under /tmp, mode 0755,
// and removed at the end without following any link the box may have left.
#include <sys/types.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace verdict::tests {

class TempWorkdir {
  public:
    explicit TempWorkdir(std::string_view prefix = "verdict-test-");
    ~TempWorkdir();
    TempWorkdir(const TempWorkdir&) = delete;
    TempWorkdir& operator=(const TempWorkdir&) = delete;

    const std::string& path() const { return m_path; }
    std::string file(std::string_view relative) const;
    // Copies hostile/<name> in with mode 0755; returns the in-box program path "./<name>".
    std::string addProgram(std::string_view hostileName) const;

  private:
    std::string m_path;
};

// One entry of a directory tree as lstat sees it (links are never followed).
struct TreeEntry {
    std::string relativePath;
    mode_t mode = 0;
    nlink_t links = 0;
    off_t size = 0;
};

std::vector<TreeEntry> listTree(const std::string& root);
std::optional<std::string> readTextFile(const std::string& path);
void writeTextFile(const std::string& path, const std::string& text, mode_t mode);
std::optional<mode_t> lstatMode(const std::string& path);
void removeTree(const std::string& path);

}  // namespace verdict::tests
