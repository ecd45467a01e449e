// The `verdict` commands that talk to a server, as a person runs them: the real executable
// against a real verdict-server process (real data dir, real sandbox). Login saves a token in
// $XDG_CONFIG_HOME; admin commands add a problem and a user; submit and watch follow the verdict
// live and exit with a status that reflects it; run does a custom run on the server.
#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "cli_process.h"
#include "server_process.h"

namespace verdict::tests {
namespace {

class CliServerTest : public ::testing::Test {
  protected:
    void SetUp() override { ASSERT_TRUE(m_server.start()) << m_server.logs(); }

    std::string url() const { return m_server.address().toString(); }
    // `verdict ARGS` with this test's own credentials file and the given extra environment.
    CliOutcome verdict(const std::string& arguments, const std::string& environment = {}) {
        return runVerdict(arguments, true,
                          "XDG_CONFIG_HOME=" + m_config.path().string() + " " + environment);
    }
    static std::string solution(const std::string& relative) {
        return std::string(VERDICT_SOURCE_DIR) + "/resources/problems/aplusb/submissions/" +
               relative;
    }

    ServerProcess m_server;
    TempDir m_config;
    TempDir m_files;
};

TEST_F(CliServerTest, AnAdminSetsUpAndAContestantSubmitsRunsAndWatches) {
    auto login = verdict("login --server " + url() + " --user admin",
                         std::string("VERDICT_PASSWORD=") + kAdminPassword);
    ASSERT_EQ(login.status, 0) << login.output << login.errors;
    EXPECT_NE(login.output.find("logged in to " + url() + " as admin"), std::string::npos);

    // Later commands find the server and the token that login saved.
    std::string package = std::string(VERDICT_SOURCE_DIR) + "/resources/problems/aplusb";
    auto added = verdict("admin add-problem " + package + " --name aplusb");
    ASSERT_EQ(added.status, 0) << added.errors;
    EXPECT_TRUE(std::regex_search(added.output, std::regex(R"(problem \d+ aplusb)")))
        << added.output;
    auto user = verdict("admin add-user alice", "VERDICT_NEW_PASSWORD=alice-password-1");
    ASSERT_EQ(user.status, 0) << user.errors;
    auto problems = verdict("problems");
    ASSERT_EQ(problems.status, 0) << problems.errors;
    EXPECT_NE(problems.output.find("aplusb"), std::string::npos) << problems.output;
    auto none = verdict("admin judge-errors");
    ASSERT_EQ(none.status, 0) << none.errors;
    EXPECT_EQ(none.output, "no judge errors\n");

    ASSERT_EQ(verdict("login --user alice", "VERDICT_PASSWORD=alice-password-1").status, 0);
    auto accepted = verdict("submit --problem aplusb " + solution("accepted/sum.py"));
    EXPECT_EQ(accepted.status, 0) << accepted.output << accepted.errors;
    EXPECT_NE(accepted.output.find("AC"), std::string::npos) << accepted.output;
    auto wrong = verdict("submit --problem aplusb " + solution("wrong_answer/overflow.cpp"));
    EXPECT_EQ(wrong.status, 1) << "another verdict than AC exits 1: " << wrong.output;
    EXPECT_NE(wrong.output.find("WA"), std::string::npos) << wrong.output;

    std::smatch id;
    ASSERT_TRUE(std::regex_search(accepted.output, id, std::regex(R"(submission (\d+) queued)")));
    auto watched = verdict("watch " + id[1].str());
    EXPECT_EQ(watched.status, 0) << watched.output << watched.errors;
    EXPECT_NE(watched.output.find("AC"), std::string::npos) << watched.output;

    auto input = m_files.write("in.txt", "20 22\n");
    auto ran = verdict("run " + solution("accepted/sum.py") + " --stdin " + input.string() +
                       " --server " + url());
    EXPECT_EQ(ran.status, 0) << ran.output << ran.errors;
    EXPECT_NE(ran.output.find("42"), std::string::npos) << ran.output;

    // Admin commands refuse a contestant, saying what to do.
    auto refused = verdict("admin judge-errors");
    EXPECT_EQ(refused.status, 2);
    EXPECT_NE(refused.errors.find("alice is not an admin"), std::string::npos) << refused.errors;
    auto notAllowed = verdict("admin add-user mallory", "VERDICT_NEW_PASSWORD=mallory-pass-1");
    EXPECT_EQ(notAllowed.status, 2);
    EXPECT_NE(notAllowed.errors.find("forbidden"), std::string::npos) << notAllowed.errors;
}

// A validator that crashes is the judge's fault: after the last attempt the submission is JE,
// submit exits 2, and the admins find it with its reason.
TEST(CliServerJudgeErrors, AreListedForAdminsWithTheirReason) {
    ServerProcess server(nlohmann::json{{"max_attempts", 1}});
    ASSERT_TRUE(server.start()) << server.logs();
    TempDir config, package;
    package.write("problem.yaml",
                  "name: Broken\nvalidation: custom\nlimits:\n  validation_time: 1\n");
    package.write("data/secret/1.in", "1 2\n");
    package.write("data/secret/1.ans", "3\n");
    package.write("output_validators/check.py", "raise RuntimeError('validator boom')\n");
    auto verdict = [&](const std::string& arguments) {
        return runVerdict(
            arguments + " --server " + server.address().toString(), true,
            "XDG_CONFIG_HOME=" + config.path().string() + " VERDICT_PASSWORD=" + kAdminPassword);
    };
    ASSERT_EQ(verdict("login --user admin").status, 0);
    auto added = verdict("admin add-problem " + package.path().string() + " --name broken");
    ASSERT_EQ(added.status, 0) << added.errors;
    auto solution = package.write("sum.py", "a, b = map(int, input().split())\nprint(a + b)\n");
    auto submitted = verdict("submit --problem broken " + solution.string());
    EXPECT_EQ(submitted.status, 2) << "a judge error exits 2: " << submitted.output;
    EXPECT_NE(submitted.output.find("JE"), std::string::npos) << submitted.output;
    auto listed = verdict("admin judge-errors");
    ASSERT_EQ(listed.status, 0) << listed.errors;
    EXPECT_TRUE(std::regex_search(listed.output, std::regex(R"(submission \d+ .*python3: )")))
        << listed.output;
    EXPECT_NE(listed.output.find("validator boom"), std::string::npos) << listed.output;
}

TEST_F(CliServerTest, WithoutLoginTheCommandSaysWhatToDo) {
    auto submit =
        verdict("submit --server " + url() + " --problem 1 " + solution("accepted/sum.py"));
    EXPECT_EQ(submit.status, 2);
    EXPECT_NE(submit.errors.find("verdict login"), std::string::npos) << submit.errors;
}

}  // namespace
}  // namespace verdict::tests
