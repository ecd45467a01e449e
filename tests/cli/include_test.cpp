// include/<language>/ and include/default/: the package's files are compiled (or imported)
// with the submission, as function-style problems need.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli_process.h"

namespace verdict::tests {
namespace {

// The contestant writes add(); the package's grader reads the input and prints its result.
void writeFunctionProblem(const TempDir& dir) {
    dir.write("pkg/problem.yaml", "name: Add Function\n");
    dir.write("pkg/data/sample/1.in", "1 2\n");
    dir.write("pkg/data/sample/1.ans", "3\n");
    dir.write("pkg/data/secret/1.in", "4000000000 5\n");
    dir.write("pkg/data/secret/1.ans", "4000000005\n");
    dir.write("pkg/include/cpp/add.h", "long long add(long long a, long long b);\n");
    dir.write("pkg/include/cpp/grader.cpp",
              "#include <cstdio>\n#include \"add.h\"\n"
              "int main(){long long a,b;std::scanf(\"%lld %lld\",&a,&b);"
              "std::printf(\"%lld\\n\",add(a,b));}\n");
    dir.write("pkg/include/default/helper.py",
              "def read_pair():\n    return map(int, input().split())\n");
}

nlohmann::json judge(const TempDir& dir, const std::string& file, const std::string& code) {
    auto source = dir.write(file, code);
    auto outcome = runVerdict(
        "judge " + (dir.path() / "pkg").string() + " " + source.string() + " --json", true);
    auto json = nlohmann::json::parse(outcome.output, nullptr, false);
    EXPECT_FALSE(json.is_discarded()) << outcome.output << outcome.errors;
    return json;
}

TEST(IncludeFiles, LanguageIncludesAreCompiledWithTheSubmission) {
    TempDir dir;
    writeFunctionProblem(dir);
    auto json = judge(dir, "add.cpp",
                      "#include \"add.h\"\nlong long add(long long a, long long b){return a+b;}\n");
    EXPECT_EQ(json["verdict"], "AC") << json.dump();
}

TEST(IncludeFiles, IncludedFilesWinOverSubmittedOnesOfTheSameName) {
    TempDir dir;
    writeFunctionProblem(dir);
    // A submission folder that brings its own grader.cpp printing 0: the package's replaces it.
    dir.write("sub/add.cpp",
              "#include \"add.h\"\nlong long add(long long a, long long b){return a+b;}\n");
    dir.write("sub/grader.cpp", "#include <cstdio>\nint main(){std::puts(\"0\");}\n");
    auto outcome = runVerdict("judge " + (dir.path() / "pkg").string() + " " +
                                  (dir.path() / "sub").string() + " --language cpp --json",
                              true);
    auto json = nlohmann::json::parse(outcome.output, nullptr, false);
    EXPECT_EQ(json["verdict"], "AC") << outcome.output << outcome.errors;
}

TEST(IncludeFiles, DefaultIncludesReachEveryLanguage) {
    TempDir dir;
    writeFunctionProblem(dir);
    auto json =
        judge(dir, "sum.py", "from helper import read_pair\na, b = read_pair()\nprint(a + b)\n");
    EXPECT_EQ(json["verdict"], "AC") << json.dump();
}

}  // namespace
}  // namespace verdict::tests
