#include "validator_fixture.h"

namespace verdict::tests {

const char* const kPythonPermutation = R"(import sys
answer, feedback = sys.argv[2], sys.argv[3]
team = sys.stdin.read().split()
expected = open(answer).read().split()
ok = sorted(team) == sorted(expected)
with open(feedback + "judgemessage.txt", "w") as out:
    out.write("a permutation" if ok else "not a permutation of " + " ".join(expected))
sys.exit(42 if ok else 43)
)";

const char* const kCppPermutation = R"(#include <algorithm>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>
int main(int argc, char** argv) {
    if (argc < 4) return 1;
    std::vector<std::string> team, expected;
    std::string token;
    while (std::cin >> token) team.push_back(token);
    std::ifstream answer(argv[2]);
    while (answer >> token) expected.push_back(token);
    std::sort(team.begin(), team.end());
    std::sort(expected.begin(), expected.end());
    bool ok = team == expected;
    std::ofstream(std::string(argv[3]) + "judgemessage.txt") << (ok ? "cpp: ok" : "cpp: wrong");
    return ok ? 42 : 43;
}
)";

const char* const kPermutedSubmission = "a, b = map(int, input().split())\nprint(a + b, b, a)\n";
const char* const kWrongSubmission = "a, b = map(int, input().split())\nprint(a, b, a - b)\n";

languages::Catalogue* ValidatorTest::s_catalogue = nullptr;

void ValidatorTest::SetUpTestSuite() {
    auto loaded = languages::Catalogue::load(VERDICT_LANGUAGES_JSON);
    ASSERT_TRUE(loaded) << loaded.failure().describe();
    s_catalogue = new languages::Catalogue(std::move(loaded.value()));
}

void ValidatorTest::TearDownTestSuite() {
    delete s_catalogue;
    s_catalogue = nullptr;
}

void ValidatorTest::SetUp() {
    m_problem.addFile("data/sample/1.ans", "1 2 3\n");
    m_problem.addFile("data/secret/a.ans", "5 7 12\n");
    m_problem.addFile("data/secret/b.ans", "1000000000 1000000000 2000000000\n");
}

void ValidatorTest::addValidator(const std::string& relative, const std::string& code) const {
    m_problem.addFile("problem.yaml", "name: Sum\nvalidation: custom\n");
    m_problem.addFile("output_validators/" + relative, code);
}

judge::Judgement ValidatorTest::judgeIn(const std::string& language, const std::string& fileName,
                                        const std::string& code) const {
    auto loaded = packages::loadPackage(m_problem.package());
    EXPECT_TRUE(loaded.ok());
    if (!loaded.ok())
        return {};
    judge::JudgeSettings settings;
    settings.catalogue = s_catalogue;
    settings.validatorCache = cacheDir();
    launcher::SandboxLauncher sandbox(VERDICT_SANDBOX_HELPER);
    judge::Submission submission{s_catalogue->find(language),
                                 {m_problem.submission(fileName, code)}};
    return judge::Judge(sandbox, settings).judge(*loaded.package, submission);
}

std::string explain(const judge::Judgement& judgement) {
    std::string text =
        std::string(judge::verdictCode(judgement.verdict)) + "; error: " + judgement.error;
    if (!judgement.tests.empty()) {
        text += "; last test " + judgement.tests.back().name + ": " +
                judge::verdictCode(judgement.tests.back().verdict) + " " +
                judgement.tests.back().message;
    }
    return text;
}

}  // namespace verdict::tests
