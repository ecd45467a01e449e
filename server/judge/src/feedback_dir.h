#pragma once
// The feedback directory of one output validator run: fresh, empty and writable by the box
// (mode 0777 inside a private 0700 parent), read back without trusting anything in it.
#include <filesystem>
#include <optional>
#include <string>

#include "verdict/judge/work_dir.h"

namespace verdict::judge {

class FeedbackDir {
  public:
    static sandbox::Expected<FeedbackDir> create();
    const std::filesystem::path& path() const { return m_path; }
    // A file the validator left, at most `limit` bytes: regular files only, opened without
    // following links (O_NOFOLLOW) and never trusting their size; nullopt when absent.
    std::optional<std::string> read(const std::string& name, std::size_t limit) const;
    // Whether the validator left an entry of that name (of any kind).
    bool contains(const std::string& name) const;
    // Moves a regular file the validator left to `destination` (created, ours), removing it
    // here; anything else of that name (a link, a FIFO) is an error.
    sandbox::Expected<std::filesystem::path> take(const std::string& name,
                                                  const std::filesystem::path& destination) const;

  private:
    FeedbackDir(WorkDir parent, std::filesystem::path path)
        : m_parent(std::move(parent)), m_path(std::move(path)) {}
    WorkDir m_parent;
    std::filesystem::path m_path;
};

}  // namespace verdict::judge
