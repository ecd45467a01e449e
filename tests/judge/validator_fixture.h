#pragma once
// A sum-like problem judged with a custom output validator: the answer is "a b a+b", and the
// permutation validators accept those three tokens in any order (the default one would not).
#include <gtest/gtest.h>

#include <string>

#include "sum_problem.h"
#include "verdict/judge/judge.h"

namespace verdict::tests {

// Accepts any permutation of the answer's tokens; says so in judgemessage.txt.
extern const char* const kPythonPermutation;
extern const char* const kCppPermutation;
// Submissions: the three tokens permuted (AC with the validator) and a wrong one.
extern const char* const kPermutedSubmission;
extern const char* const kWrongSubmission;

class ValidatorTest : public testing::Test {
  protected:
    static void SetUpTestSuite();
    static void TearDownTestSuite();
    void SetUp() override;

    // Writes output_validators/<relative> and turns `validation: custom` on.
    void addValidator(const std::string& relative, const std::string& code) const;
    // Judges a submission with the test's own validator cache.
    judge::Judgement judgeIn(const std::string& language, const std::string& fileName,
                             const std::string& code) const;
    judge::Judgement judgePython(const std::string& code) const {
        return judgeIn("python3", "sum.py", code);
    }
    std::filesystem::path cacheDir() const { return m_problem.root() / "cache"; }

    static languages::Catalogue* s_catalogue;
    SumProblem m_problem;
};

// "AC", "WA", ... with the judgement's error and last message, for failing expectations.
std::string explain(const judge::Judgement& judgement);

}  // namespace verdict::tests
