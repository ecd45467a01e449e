// Example submissions: expected verdicts from directories, submissions.yaml and DOMjudge tags.
#include <gtest/gtest.h>

#include <algorithm>

#include "sample_packages.h"
#include "verdict/packages/package.h"

namespace verdict::packages {
namespace {

using testing::ScratchDirectory;
using V = Verdict;

const ExampleSubmission& byName(const Package& package, const std::string& name) {
    auto it = std::find_if(package.submissions.begin(), package.submissions.end(),
                           [&](const ExampleSubmission& s) { return s.name == name; });
    if (it == package.submissions.end()) {
        throw std::runtime_error("no submission " + name);
    }
    return *it;
}

struct DirectoryCase {
    const char* directory;
    std::set<Verdict> permitted;
    std::set<Verdict> required;
};

class DirectoryExpectations : public ::testing::TestWithParam<DirectoryCase> {};

TEST_P(DirectoryExpectations, FollowTheFormat) {
    std::optional<Expectation> e = expectationForDirectory(GetParam().directory);
    ASSERT_TRUE(e.has_value());
    EXPECT_EQ(e->permitted, GetParam().permitted);
    EXPECT_EQ(e->required, GetParam().required);
}

INSTANTIATE_TEST_SUITE_P(
    All, DirectoryExpectations,
    ::testing::Values(
        DirectoryCase{"accepted", {V::Accepted}, {}},
        DirectoryCase{"wrong_answer", {V::Accepted, V::WrongAnswer}, {V::WrongAnswer}},
        DirectoryCase{
            "time_limit_exceeded", {V::Accepted, V::TimeLimitExceeded}, {V::TimeLimitExceeded}},
        DirectoryCase{"run_time_error", {V::Accepted, V::RunTimeError}, {V::RunTimeError}},
        DirectoryCase{"partially_accepted",
                      {V::Accepted, V::WrongAnswer, V::TimeLimitExceeded, V::RunTimeError},
                      {}},
        DirectoryCase{"rejected",
                      {V::Accepted, V::WrongAnswer, V::TimeLimitExceeded, V::RunTimeError},
                      {V::WrongAnswer, V::TimeLimitExceeded, V::RunTimeError}},
        DirectoryCase{"brute_force",
                      {V::Accepted, V::RunTimeError, V::TimeLimitExceeded},
                      {V::RunTimeError, V::TimeLimitExceeded}},
        DirectoryCase{"correct", {V::Accepted}, {}},
        DirectoryCase{"wrong-answer", {V::Accepted, V::WrongAnswer}, {V::WrongAnswer}},
        DirectoryCase{"timelimit", {V::Accepted, V::TimeLimitExceeded}, {V::TimeLimitExceeded}},
        DirectoryCase{"run-error", {V::Accepted, V::RunTimeError}, {V::RunTimeError}},
        DirectoryCase{"compiler-error", {V::CompileError}, {V::CompileError}},
        DirectoryCase{
            "output-limit", {V::Accepted, V::OutputLimitExceeded}, {V::OutputLimitExceeded}},
        DirectoryCase{"no-output", {V::Accepted, V::WrongAnswer}, {V::WrongAnswer}},
        // Newer DOMjudge spells them with underscores.
        DirectoryCase{"compiler_error", {V::CompileError}, {V::CompileError}},
        DirectoryCase{"no_output", {V::Accepted, V::WrongAnswer}, {V::WrongAnswer}},
        DirectoryCase{"run_error", {V::Accepted, V::RunTimeError}, {V::RunTimeError}}));

TEST(Expectations, UnknownDirectory) {
    EXPECT_FALSE(expectationForDirectory("maybe"));
}

TEST(Expectations, TagListsFinalVerdicts) {
    std::optional<Expectation> e = expectationFromTag(" CORRECT, TIMELIMIT\r");
    ASSERT_TRUE(e.has_value());
    EXPECT_EQ(e->finalOneOf, (std::set<Verdict>{V::Accepted, V::TimeLimitExceeded}));
    EXPECT_EQ(e->source, ExpectationSource::ExpectedResultsTag);
    EXPECT_FALSE(expectationFromTag("CORRECT, SOMETIMES"));
    EXPECT_FALSE(expectationFromTag("   "));
}

TEST(Submissions, EveryDirectoryAndTheTag) {
    ScratchDirectory scratch;
    auto files = testing::with(
        testing::differentLegacy(),
        {
            {"submissions/accepted/tagged.cpp", "// @EXPECTED_RESULTS@: CORRECT, TIMELIMIT\n"},
            {"submissions/partially_accepted/p.py", "#\n"},
            {"submissions/correct/dj.c", "\n"},
            {"submissions/run-error/dj.c", "\n"},
            {"submissions/compiler-error/dj.c", "\n"},
            {"submissions/dir_tagged/x", ""},
            {"submissions/wrong_answer/multi/Main.java", "class Main {}\n"},
            {"submissions/wrong_answer/multi/Util.java", "// @EXPECTED_RESULTS@: WRONG-ANSWER\n"},
            {"submissions/odd_dir/a.c", "\n"},
        });
    const LoadResult result = loadPackage(testing::writeTree(scratch.path() / "p", files));
    ASSERT_TRUE(result.ok());
    const Package& package = *result.package;
    EXPECT_EQ(byName(package, "accepted/distance.cpp").expected.permitted,
              (std::set<Verdict>{V::Accepted}));
    const ExampleSubmission& tagged = byName(package, "accepted/tagged.cpp");
    EXPECT_EQ(tagged.expected.source, ExpectationSource::ExpectedResultsTag);
    EXPECT_EQ(tagged.expected.finalOneOf, (std::set<Verdict>{V::Accepted, V::TimeLimitExceeded}));
    EXPECT_TRUE(byName(package, "partially_accepted/p.py").expected.partiallyAccepted);
    EXPECT_EQ(byName(package, "time_limit_exceeded/count.py").expected.required,
              (std::set<Verdict>{V::TimeLimitExceeded}));
    EXPECT_EQ(byName(package, "run-error/dj.c").expected.required,
              (std::set<Verdict>{V::RunTimeError}));
    const ExampleSubmission& multi = byName(package, "wrong_answer/multi");
    EXPECT_TRUE(multi.isDirectory);
    EXPECT_EQ(multi.expected.finalOneOf, (std::set<Verdict>{V::WrongAnswer}));
    EXPECT_TRUE(result.diagnostics.contains("unknown-submission-directory"));
    EXPECT_THROW(byName(package, "odd_dir/a.c"), std::runtime_error);
    // Sorted: by directory, then by entry.
    EXPECT_EQ(package.submissions.front().name, "accepted/distance.cpp");
}

TEST(Submissions, SubmissionsYamlOverridesTheDirectory) {
    ScratchDirectory scratch;
    const LoadResult result =
        loadPackage(testing::writeTree(scratch.path() / "p", testing::oddechoScoring2025()));
    ASSERT_TRUE(result.ok());
    const ExampleSubmission& echo = byName(*result.package, "accepted/echo.py");
    EXPECT_EQ(echo.language, "python3");
    EXPECT_EQ(echo.expected.permitted, (std::set<Verdict>{V::Accepted}));
    const ExampleSubmission& empty = byName(*result.package, "rejected/empty.py");
    EXPECT_EQ(empty.expected.required, (std::set<Verdict>{V::WrongAnswer}));
    EXPECT_EQ(empty.expected.source, ExpectationSource::SubmissionsYaml);
    EXPECT_EQ(byName(*result.package, "brute_force/slow.py").expected.required,
              (std::set<Verdict>{V::RunTimeError, V::TimeLimitExceeded}));
}

TEST(Submissions, SubmissionsYamlBadValuesAndDoubleStar) {
    ScratchDirectory scratch;
    auto files = testing::with(testing::oddechoScoring2025(),
                               {{"submissions/submissions.yaml",
                                 "accepted/{echo,other}.py:\n  entrypoint: echo\n"
                                 "'**/*.py':\n  language: python3\n"
                                 "rejected/*:\n  permitted: [AC, MAYBE]\n"}});
    const LoadResult result = loadPackage(testing::writeTree(scratch.path() / "p", files));
    EXPECT_FALSE(result.ok());
    const Diagnostic* bad = result.diagnostics.find("bad-value");
    ASSERT_NE(bad, nullptr);
    EXPECT_EQ(bad->where.file, "submissions/submissions.yaml");
    EXPECT_EQ(bad->where.line, 6);
    EXPECT_TRUE(result.diagnostics.contains("unsupported-glob"));
}

}  // namespace
}  // namespace verdict::packages
