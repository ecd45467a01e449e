// Compiled output validators: built once and cached by content hash across judgements, from a
// single file, a directory of sources, or a directory with `build` and `run` scripts.
#include <stdlib.h>

#include <gtest/gtest.h>

#include "validator_fixture.h"

namespace verdict::tests {
namespace {

namespace fs = std::filesystem;
using judge::Verdict;

// The cache's entries (one directory per validator hash), ignoring unfinished builds.
std::vector<fs::path> entries(const fs::path& cache) {
    std::vector<fs::path> found;
    for (const auto& entry : fs::directory_iterator(cache)) {
        if (entry.path().filename().string().rfind(".build-", 0) != 0)
            found.push_back(entry.path());
    }
    return found;
}

TEST_F(ValidatorTest, SecondJudgementTakesTheCompiledValidatorFromTheCache) {
    addValidator("check.cpp", kCppPermutation);
    auto first = judgePython(kPermutedSubmission);
    EXPECT_EQ(first.verdict, Verdict::Accepted) << explain(first);
    EXPECT_TRUE(first.validatorCompiled);
    auto cached = entries(cacheDir());
    ASSERT_EQ(cached.size(), 1u);
    EXPECT_TRUE(fs::exists(cached[0] / "main")) << "the compiled validator is kept";
    auto builtAt = fs::last_write_time(cached[0] / "main");
    auto second = judgePython(kWrongSubmission);
    EXPECT_EQ(second.verdict, Verdict::WrongAnswer) << explain(second);
    EXPECT_FALSE(second.validatorCompiled);
    EXPECT_EQ(entries(cacheDir()), cached);
    EXPECT_EQ(fs::last_write_time(cached[0] / "main"), builtAt);

    addValidator("check.cpp", std::string(kCppPermutation) + "// changed\n");
    auto changed = judgePython(kPermutedSubmission);
    EXPECT_TRUE(changed.validatorCompiled) << "a changed validator is a new cache entry";
    EXPECT_EQ(entries(cacheDir()).size(), 2u);
}

TEST_F(ValidatorTest, FailedBuildsAreNotCached) {
    addValidator("check.cpp", "int main( {}\n");
    EXPECT_EQ(judgePython(kPermutedSubmission).verdict, Verdict::JudgeError);
    EXPECT_TRUE(entries(cacheDir()).empty());
    EXPECT_TRUE(fs::is_empty(cacheDir())) << "the temporary build dir is removed";
}

TEST_F(ValidatorTest, DefaultCacheIsUnderXdgCacheHome) {
    addValidator("check.py", kPythonPermutation);
    fs::path xdg = m_problem.root() / "xdg";
    const char* saved = std::getenv("XDG_CACHE_HOME");
    std::string restore = saved != nullptr ? saved : "";
    ::setenv("XDG_CACHE_HOME", xdg.c_str(), 1);
    EXPECT_EQ(judge::JudgeSettings{}.validatorCache, fs::path());
    auto loaded = packages::loadPackage(m_problem.package());
    ASSERT_TRUE(loaded.ok());
    judge::JudgeSettings settings;
    settings.catalogue = s_catalogue;
    launcher::SandboxLauncher sandbox(VERDICT_SANDBOX_HELPER);
    auto judgement =
        judge::Judge(sandbox, settings)
            .judge(*loaded.package, {s_catalogue->find("python3"),
                                     {m_problem.submission("sum.py", kPermutedSubmission)}});
    if (saved != nullptr)
        ::setenv("XDG_CACHE_HOME", restore.c_str(), 1);
    else
        ::unsetenv("XDG_CACHE_HOME");
    EXPECT_EQ(judgement.verdict, Verdict::Accepted) << explain(judgement);
    EXPECT_EQ(entries(xdg / "verdict/validators").size(), 1u);
}

TEST_F(ValidatorTest, DirectoryOfCppSources) {
    addValidator("check/tokens.h",
                 "#include <iostream>\n#include <string>\n#include <vector>\n"
                 "inline std::vector<std::string> tokens(std::istream& in) {\n"
                 "  std::vector<std::string> t; std::string s; while (in >> s) t.push_back(s);\n"
                 "  return t; }\n");
    addValidator(
        "check/compare.cpp",
        "#include <algorithm>\n#include \"tokens.h\"\n"
        "bool samePermutation(std::vector<std::string> a, std::vector<std::string> b) {\n"
        "  std::sort(a.begin(), a.end()); std::sort(b.begin(), b.end()); return a == b;}\n");
    addValidator("check/main.cpp",
                 "#include <fstream>\n#include \"tokens.h\"\n"
                 "bool samePermutation(std::vector<std::string>, std::vector<std::string>);\n"
                 "int main(int, char** argv) { std::ifstream answer(argv[2]);\n"
                 "  return samePermutation(tokens(std::cin), tokens(answer)) ? 42 : 43; }\n");
    auto accepted = judgePython(kPermutedSubmission);
    EXPECT_EQ(accepted.verdict, Verdict::Accepted) << explain(accepted);
    EXPECT_EQ(judgePython(kWrongSubmission).verdict, Verdict::WrongAnswer);
}

TEST_F(ValidatorTest, DirectoryWithBuildAndRunScripts) {
    // `build` (not executable: run with sh) makes the program `run` starts.
    addValidator("check/build", "cp permutation.py.in permutation.py\n");
    addValidator("check/permutation.py.in", kPythonPermutation);
    addValidator("check/run", "#!/bin/sh\nexec /usr/bin/python3 permutation.py \"$@\"\n");
    fs::permissions(m_problem.package() / "output_validators/check/run",
                    fs::perms::owner_exec | fs::perms::group_exec | fs::perms::others_exec,
                    fs::perm_options::add);
    auto accepted = judgePython(kPermutedSubmission);
    EXPECT_EQ(accepted.verdict, Verdict::Accepted) << explain(accepted);
    EXPECT_EQ(judgePython(kWrongSubmission).verdict, Verdict::WrongAnswer);
}

TEST_F(ValidatorTest, BuildScriptThatFailsIsAJudgeError) {
    addValidator("check/build", "echo cannot build >&2\nexit 1\n");
    addValidator("check/run", "#!/bin/sh\nexit 42\n");
    auto judgement = judgePython(kPermutedSubmission);
    EXPECT_EQ(judgement.verdict, Verdict::JudgeError);
    EXPECT_NE(judgement.error.find("cannot build"), std::string::npos) << judgement.error;
}

}  // namespace
}  // namespace verdict::tests
