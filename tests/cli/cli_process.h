#pragma once
// Runs the real `verdict` executable as a process and captures what it printed.
#include <filesystem>
#include <string>

namespace verdict::tests {

struct CliOutcome {
    int status = -1;     // the exit status; -1 when it did not exit normally
    std::string output;  // stdout, and stderr unless kept apart
    std::string errors;  // stderr when kept apart
};

// `arguments` is appended to the executable's path as a shell command line; `environment` is
// NAME=VALUE settings for it.
CliOutcome runVerdict(const std::string& arguments, bool separateStderr = false,
                      const std::string& environment = {});

// A fresh temporary directory (readable by the box's uid), removed with its contents.
class TempDir {
  public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }
    // Writes a file below the directory and returns its path.
    std::filesystem::path write(const std::string& relative, const std::string& text) const;

  private:
    std::filesystem::path m_path;
};

}  // namespace verdict::tests
