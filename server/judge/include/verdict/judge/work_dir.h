#pragma once
// A private temporary directory for one judgement, removed with everything in it.
#include <filesystem>
#include <string>

#include "verdict/sandbox/failure.h"

namespace verdict::judge {

class WorkDir {
  public:
    // Mode 0755: read-only boxes run as another uid and must reach the compiled program.
    static sandbox::Expected<WorkDir> create(const std::string& purpose);
    WorkDir(WorkDir&& other) noexcept;
    WorkDir& operator=(WorkDir&&) = delete;
    WorkDir(const WorkDir&) = delete;
    ~WorkDir();
    const std::filesystem::path& path() const { return m_path; }

  private:
    explicit WorkDir(std::filesystem::path path) : m_path(std::move(path)) {}
    std::filesystem::path m_path;
};

// The first `limit` bytes of a file, for messages.
std::string readHead(const std::filesystem::path& file, std::size_t limit);

}  // namespace verdict::judge
