#pragma once
// A small problem package written by the tests, with example submissions: read two integers,
// print their sum.
#include <filesystem>
#include <string>

#include "cli_process.h"

namespace verdict::tests {

class SumPackage {
  public:
    SumPackage();  // the package with its test data and no submissions
    const std::filesystem::path& path() const { return m_path; }
    // Writes submissions/<relative> (e.g. "accepted/sum.cpp").
    void addSubmission(const std::string& relative, const std::string& code) const;

  private:
    TempDir m_dir;
    std::filesystem::path m_path;
};

// Sources for the submissions of the sum problem, one per verdict.
extern const char* const kSumCpp;
extern const char* const kSumPython;
extern const char* const kWrongPython;
extern const char* const kLoopCpp;
extern const char* const kCrashPython;
extern const char* const kCrashCpp;

}  // namespace verdict::tests
