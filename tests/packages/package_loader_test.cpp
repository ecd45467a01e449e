// Whole packages from directories: everything the judge needs, and the errors of broken ones.
#include <gtest/gtest.h>

#include "sample_packages.h"
#include "verdict/packages/package.h"

namespace verdict::packages {
namespace {

namespace fs = std::filesystem;
using testing::FileList;
using testing::ScratchDirectory;
using testing::with;
using testing::without;

LoadResult load(const ScratchDirectory& scratch, const FileList& files) {
    return loadPackage(testing::writeTree(scratch.path() / "pkg", files));
}

std::string firstError(const LoadResult& result) {
    return result.diagnostics.all().empty() ? "" : result.diagnostics.all()[0].toString();
}

TEST(PackageLoader, HelloLegacy) {
    ScratchDirectory scratch;
    const LoadResult result = load(scratch, testing::helloLegacy());
    ASSERT_TRUE(result.ok()) << firstError(result);
    const Package& p = *result.package;
    EXPECT_EQ(p.shortName, "pkg");
    EXPECT_EQ(p.config.version, FormatVersion::Legacy);
    EXPECT_EQ(p.config.displayName(), "Hello There");
    EXPECT_FALSE(p.config.type.customOutputValidator);
    EXPECT_TRUE(p.outputValidators.empty());
    EXPECT_EQ(p.timeLimitSource, TimeLimitSource::NotSet);
    EXPECT_EQ(p.submissions.size(), 3u);
    ASSERT_EQ(p.statements.size(), 2u);
    EXPECT_EQ(p.statements[0].language, "en");
    EXPECT_EQ(p.statements[0].format, "tex");
    EXPECT_EQ(p.statements[1].language, "sv");
    EXPECT_EQ(p.statements[1].format, "md");
    EXPECT_TRUE(result.diagnostics.all().empty()) << firstError(result);
}

TEST(PackageLoader, TimelimitFileWhenProblemYamlHasNone) {
    ScratchDirectory scratch;
    const LoadResult result = load(scratch, testing::differentLegacy());
    ASSERT_TRUE(result.ok()) << firstError(result);
    EXPECT_EQ(result.package->timeLimitSource, TimeLimitSource::TimelimitFile);
    EXPECT_EQ(result.package->timeLimit, 2.5);
    EXPECT_EQ(result.package->config.limits.memoryMib, 256);
}

TEST(PackageLoader, ProblemYamlTimeLimitWinsOverTimelimitFile) {
    ScratchDirectory scratch;
    const LoadResult result =
        load(scratch, with(testing::oddechoScoring2025(), {{".timelimit", "7\n"}}));
    ASSERT_TRUE(result.ok()) << firstError(result);
    EXPECT_EQ(result.package->timeLimitSource, TimeLimitSource::ProblemYaml);
    EXPECT_EQ(result.package->timeLimit, 2.0);
    EXPECT_TRUE(result.package->config.type.scoring);
}

TEST(PackageLoader, InteractiveWithDirectoryValidator) {
    ScratchDirectory scratch;
    const LoadResult result = load(scratch, testing::guessInteractive());
    ASSERT_TRUE(result.ok()) << firstError(result);
    const Package& p = *result.package;
    EXPECT_TRUE(p.config.type.interactive);
    ASSERT_EQ(p.outputValidators.size(), 1u);
    EXPECT_EQ(p.outputValidators[0].name, "pick_validator");
    EXPECT_TRUE(p.outputValidators[0].isDirectory);
    EXPECT_FALSE(p.outputValidators[0].hasBuildScript);
    ASSERT_EQ(p.inputValidators.size(), 1u);
    EXPECT_FALSE(p.inputValidators[0].isDirectory);
}

TEST(PackageLoader, Modern2025ValidatorIncludesAndRootStatement) {
    ScratchDirectory scratch;
    const LoadResult result = load(scratch, testing::plain2025());
    ASSERT_TRUE(result.ok()) << firstError(result);
    const Package& p = *result.package;
    EXPECT_TRUE(p.config.type.customOutputValidator);
    ASSERT_EQ(p.outputValidators.size(), 1u);
    EXPECT_TRUE(p.outputValidators[0].hasBuildScript);
    EXPECT_FALSE(p.outputValidators[0].hasRunScript);
    EXPECT_EQ(p.includes.size(), 2u);
    EXPECT_EQ(p.includes.count("cpp"), 1u);
    EXPECT_EQ(p.includes.count("default"), 1u);
    ASSERT_EQ(p.statements.size(), 1u);
    EXPECT_EQ(p.statements[0].format, "pdf");
    EXPECT_EQ(p.statements[0].language, "");
    EXPECT_EQ(p.config.limits.memoryMib, 1024);
    EXPECT_EQ(p.submissions.size(), 2u);
    EXPECT_TRUE(p.submissions[0].isDirectory);  // "multi" sorts before "sum.cpp"
}

TEST(PackageLoader, MultiPassNeedsAValidator) {
    ScratchDirectory scratch;
    const LoadResult result =
        load(scratch,
             with(testing::helloLegacy(), {{"problem.yaml", "validation: custom multi-pass\n"}}));
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.diagnostics.contains("missing-output-validator"));
    const LoadResult fixed =
        load(scratch, {{"output_validators/v.py", "# next pass\n"}});  // same dir, adds one
    ASSERT_TRUE(fixed.ok()) << firstError(fixed);
    EXPECT_TRUE(fixed.package->config.type.multiPass);
}

TEST(PackageLoader, LinksInsideThePackageAreFollowed) {
    ScratchDirectory scratch;
    const LoadResult result = load(
        scratch, with(testing::helloLegacy(),
                      {{"@data/secret/2.in", "1.in"}, {"@data/secret/2.ans", "../sample/1.ans"}}));
    ASSERT_TRUE(result.ok()) << firstError(result);
    EXPECT_EQ(result.package->testCases.size(), 3u);
}

TEST(PackageLoader, GeneralPathIsNotAZipOrDirectory) {
    ScratchDirectory scratch;
    const LoadResult result = loadPackage(scratch.path() / "nothing-here");
    EXPECT_TRUE(result.diagnostics.contains("missing-package"));
}

// A broken package: the error code and the file it names.
struct BadPackage {
    const char* label;
    FileList files;
    const char* code;
    const char* file;
    int line;
};

class PackageErrors : public ::testing::TestWithParam<BadPackage> {};

TEST_P(PackageErrors, NamesTheProblemAndTheFile) {
    ScratchDirectory scratch;
    testing::writeTree(scratch.path() / "outside", {{"secret.txt", "not yours\n"}});
    const LoadResult result = load(scratch, GetParam().files);
    EXPECT_FALSE(result.ok());
    const Diagnostic* found = result.diagnostics.find(GetParam().code);
    ASSERT_NE(found, nullptr) << firstError(result);
    EXPECT_EQ(found->where.file, GetParam().file) << found->toString();
    EXPECT_EQ(found->where.line, GetParam().line) << found->toString();
    EXPECT_FALSE(found->hint.empty());
}

INSTANTIATE_TEST_SUITE_P(
    All, PackageErrors,
    ::testing::Values(
        BadPackage{"missing_problem_yaml", without(testing::helloLegacy(), "problem.yaml"),
                   "missing-problem-yaml", "problem.yaml", 0},
        BadPackage{
            "bad_yaml_line",
            with(testing::helloLegacy(), {{"problem.yaml", "name: A\nlimits:\n  memory: [\n"}}),
            "bad-yaml", "problem.yaml", 4},
        BadPackage{"wrong_type",
                   with(testing::helloLegacy(), {{"problem.yaml", "keywords: {a: 1}\n"}}),
                   "wrong-type", "problem.yaml", 1},
        BadPackage{
            "symlink_leaves_package",
            with(testing::helloLegacy(), {{"@data/secret/2.in", "../../../outside/secret.txt"},
                                          {"data/secret/2.ans", "x\n"}}),
            "symlink-escape", "data/secret/2.in", 0},
        BadPackage{"symlinked_directory_leaves_package",
                   with(testing::helloLegacy(), {{"@submissions/accepted/lib", "/etc"}}),
                   "symlink-escape", "submissions/accepted/lib", 0},
        BadPackage{"absolute_symlink_to_problem_yaml",
                   with(without(testing::helloLegacy(), "problem.yaml"),
                        {{"@problem.yaml", "/etc/hostname"}}),
                   "symlink-escape", "problem.yaml", 0},
        BadPackage{"broken_symlink",
                   with(testing::helloLegacy(), {{"@data/secret/9.in", "nope.in"}}),
                   "broken-symlink", "data/secret/9.in", 0},
        BadPackage{"bad_timelimit", with(testing::helloLegacy(), {{".timelimit", "fast\n"}}),
                   "bad-timelimit", ".timelimit", 0},
        BadPackage{"custom_without_validator",
                   with(testing::helloLegacy(), {{"problem.yaml", "validation: custom\n"}}),
                   "missing-output-validator", "problem.yaml", 0}),
    [](const ::testing::TestParamInfo<BadPackage>& param) {
        return std::string(param.param.label);
    });

}  // namespace
}  // namespace verdict::packages
