#pragma once
// A small problem package written by the tests: read two integers, print their sum.
#include <filesystem>
#include <string>

namespace verdict::tests {

class SumProblem {
  public:
    SumProblem();  // writes the package and a submissions folder into a fresh temp dir
    ~SumProblem();
    const std::filesystem::path& root() const { return m_root; }  // also holds submissions/
    const std::filesystem::path& package() const { return m_package; }
    // Writes (or overwrites) a file of the package, e.g. "output_validators/check/check.py".
    void addFile(const std::string& relative, const std::string& text) const;
    // Writes a submission file and returns its path.
    std::filesystem::path submission(const std::string& fileName, const std::string& code) const;

  private:
    std::filesystem::path m_root, m_package;
};

}  // namespace verdict::tests
