// Zipped packages: honest archives load like directories; hostile ones are refused by name.
#include <gtest/gtest.h>

#include <fstream>

#include "sample_packages.h"
#include "verdict/packages/package.h"

namespace verdict::packages {
namespace {

namespace fs = std::filesystem;
using testing::RawEntry;
using testing::ScratchDirectory;

std::string firstError(const LoadResult& result) {
    return result.diagnostics.all().empty() ? "" : result.diagnostics.all()[0].toString();
}

TEST(ZipPackage, LoadsFromTheTopLevelIntoATemporaryDirectory) {
    ScratchDirectory scratch;
    testing::writeTree(scratch.path() / "hello", testing::helloLegacy());
    testing::zipTree(scratch.path() / "hello", scratch.path() / "hello.zip");
    fs::path extracted;
    {
        const LoadResult result = loadPackage(scratch.path() / "hello.zip");
        ASSERT_TRUE(result.ok()) << firstError(result);
        EXPECT_EQ(result.package->shortName, "hello");
        EXPECT_EQ(result.package->testCases.size(), 2u);
        extracted = result.package->root;
        EXPECT_TRUE(fs::exists(extracted / "problem.yaml"));
    }
    EXPECT_FALSE(fs::exists(extracted));  // the temporary directory went with the package
}

TEST(ZipPackage, LoadsFromOneDirectoryInsideAKppIntoAGivenDirectory) {
    ScratchDirectory scratch;
    testing::writeTree(scratch.path() / "src", testing::oddechoScoring2025());
    testing::zipTree(scratch.path() / "src", scratch.path() / "oddecho.kpp", "oddecho/");
    LoadOptions options;
    options.extractTo = scratch.path() / "out";
    const LoadResult result = loadPackage(scratch.path() / "oddecho.kpp", options);
    ASSERT_TRUE(result.ok()) << firstError(result);
    EXPECT_EQ(result.package->root, fs::canonical(scratch.path() / "out" / "oddecho"));
    EXPECT_EQ(result.package->testCases.size(), 4u);
    EXPECT_EQ(result.package->config.version, FormatVersion::V2025_09);
}

TEST(ZipPackage, KeepsExecutableBits) {
    ScratchDirectory scratch;
    const fs::path src = testing::writeTree(scratch.path() / "sum", testing::plain2025());
    fs::permissions(src / "output_validator" / "build", fs::perms::owner_exec,
                    fs::perm_options::add);
    testing::zipTree(src, scratch.path() / "sum.zip");
    const LoadResult result = loadPackage(scratch.path() / "sum.zip");
    ASSERT_TRUE(result.ok()) << firstError(result);
    const fs::perms perms =
        fs::status(result.package->root / "output_validator" / "build").permissions();
    EXPECT_NE(perms & fs::perms::owner_exec, fs::perms::none);
}

// A hostile or broken archive: the error code and the entry it names.
struct BadZip {
    const char* label;
    std::vector<RawEntry> entries;
    const char* code;
    const char* entry;
};

class ZipErrors : public ::testing::TestWithParam<BadZip> {};

TEST_P(ZipErrors, RefusedNamingTheEntry) {
    ScratchDirectory scratch;
    const fs::path archive = scratch.path() / "bad.zip";
    testing::writeZip(archive, GetParam().entries);
    LoadOptions options;
    options.extractTo = scratch.path() / "out";
    options.zipLimits.maxEntryBytes = 1000;
    options.zipLimits.maxTotalBytes = 1500;
    options.zipLimits.maxEntries = 5;
    const LoadResult result = loadPackage(archive, options);
    EXPECT_FALSE(result.ok());
    const Diagnostic* found = result.diagnostics.find(GetParam().code);
    ASSERT_NE(found, nullptr) << firstError(result);
    EXPECT_NE(found->where.file.find(GetParam().entry), std::string::npos) << found->toString();
    // Nothing was written outside, and nothing at all for refused archives.
    EXPECT_FALSE(fs::exists(scratch.path() / "evil"));
    EXPECT_FALSE(fs::exists(scratch.path() / "out" / "problem.yaml"));
}

const RawEntry kYaml{"problem.yaml", "name: A\n"};

INSTANTIATE_TEST_SUITE_P(
    All, ZipErrors,
    ::testing::Values(
        BadZip{"zip_slip", {kYaml, {"../evil", "x"}}, "zip-slip", "../evil"},
        BadZip{"zip_slip_deep", {kYaml, {"data/../../evil", "x"}}, "zip-slip", "data/../../evil"},
        BadZip{"absolute", {kYaml, {"/tmp/evil", "x"}}, "zip-absolute-path", "/tmp/evil"},
        BadZip{"symlink", {kYaml, {"data/secret", "/etc", true}}, "zip-symlink", "data/secret"},
        BadZip{"oversized_entry",
               {kYaml, {"data/secret/1.in", std::string(1001, 'a')}},
               "zip-entry-too-large",
               "data/secret/1.in"},
        BadZip{"too_large_in_total",
               {kYaml, {"a", std::string(800, 'a')}, {"b", std::string(800, 'b')}},
               "zip-too-large",
               "bad.zip"},
        BadZip{"too_many_entries",
               {kYaml, {"a", ""}, {"b", ""}, {"c", ""}, {"d", ""}, {"e", ""}},
               "zip-too-many-entries",
               "bad.zip"}),
    [](const ::testing::TestParamInfo<BadZip>& param) { return std::string(param.param.label); });

TEST(ZipPackage, NotAZipAtAll) {
    ScratchDirectory scratch;
    std::ofstream(scratch.path() / "fake.zip") << "this is plain text, not an archive\n";
    const LoadResult result = loadPackage(scratch.path() / "fake.zip");
    EXPECT_FALSE(result.ok());
    const Diagnostic* found = result.diagnostics.find("not-a-zip");
    ASSERT_NE(found, nullptr) << firstError(result);
    EXPECT_EQ(found->where.file, "fake.zip");
}

TEST(ZipPackage, MissingPath) {
    const LoadResult result = loadPackage("/nonexistent/verdict/pkg.zip");
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.diagnostics.contains("missing-package"));
}

TEST(ZipPackage, RefusesANonEmptyExtractionDirectory) {
    ScratchDirectory scratch;
    testing::writeZip(scratch.path() / "ok.zip", {kYaml});
    testing::writeTree(scratch.path() / "out", {{"already-here", "x"}});
    LoadOptions options;
    options.extractTo = scratch.path() / "out";
    const LoadResult result = loadPackage(scratch.path() / "ok.zip", options);
    EXPECT_TRUE(result.diagnostics.contains("bad-extraction-directory"));
}

}  // namespace
}  // namespace verdict::packages
