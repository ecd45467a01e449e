#pragma once
// A directory created under the system's temp dir and removed with its contents on destruction.
#include <filesystem>
#include <optional>

#include <memory>
#include <string>

namespace verdict::packages {

class TemporaryDirectory {
  public:
    // Creates a fresh directory; nullopt-like empty path() on failure.
    static std::shared_ptr<TemporaryDirectory> create(const std::string& prefix);
    ~TemporaryDirectory();
    TemporaryDirectory(const TemporaryDirectory&) = delete;
    TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;

    const std::filesystem::path& path() const { return m_path; }

  private:
    explicit TemporaryDirectory(std::filesystem::path path) : m_path(std::move(path)) {}
    std::filesystem::path m_path;
};

}  // namespace verdict::packages
