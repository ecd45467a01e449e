// Problem upload (zips), listing and showing: samples and statement, never secret data.
#include "api_fixture.h"

namespace verdict::tests {

namespace {

namespace testing = packages::testing;

class ProblemApiTest : public ApiFixture {};

TEST_F(ProblemApiTest, AnUploadedProblemIsListedAndShown) {
    store::Id id = addSumProblem();
    ASSERT_GT(id, 0);
    auto list = call("GET", "/api/v1/problems", "", newUser("alice"));
    ASSERT_EQ(list.status, 200);
    ASSERT_EQ(bodyOf(list).size(), 1u);
    EXPECT_EQ(bodyOf(list)[0]["short_name"], "sum-it");
    EXPECT_EQ(bodyOf(list)[0]["name"], "Sum It");

    auto shown = call("GET", "/api/v1/problems/" + std::to_string(id), "", m_adminToken);
    ASSERT_EQ(shown.status, 200) << shown.body;
    auto problem = bodyOf(shown);
    EXPECT_EQ(problem["code_kib"], 1);
    ASSERT_EQ(problem["samples"].size(), 1u);
    EXPECT_EQ(problem["samples"][0]["input"], "1 2\n");
    EXPECT_EQ(problem["samples"][0]["output"], "3\n");
    EXPECT_NE(problem["statement"]["markdown"].get<std::string>().find("Add two numbers"),
              std::string::npos);
}

// A package that states no code limit gets the server's (code_limit_bytes, 64 KiB by default),
// not the package format's 128 KiB.
TEST_F(ProblemApiTest, WithoutAStatedCodeLimitTheServersDefaultApplies) {
    const testing::FileList files =
        testing::with(sumProblem(), {{"problem.yaml", "name: Sum It\n"}});
    auto upload = call("POST", "/api/v1/problems?name=nolimit", problemZip(files), m_adminToken);
    ASSERT_EQ(upload.status, 201) << upload.body;
    store::Id id = bodyOf(upload).value("id", store::Id(0));
    std::string alice = newUser("alice");
    EXPECT_EQ(bodyOf(call("GET", "/api/v1/problems/" + std::to_string(id), "", alice))["code_kib"],
              64);
    auto submitBytes = [&](std::size_t bytes) {
        std::string source = "# " + std::string(bytes - 3, 'x') + "\n";
        nlohmann::json body = {{"problem", id}, {"language", "python3"}, {"source", source}};
        return call("POST", "/api/v1/submissions", body.dump(), alice);
    };
    EXPECT_EQ(submitBytes(64 * 1024).status, 202);
    auto tooLarge = submitBytes(64 * 1024 + 1);
    EXPECT_EQ(tooLarge.status, 413);
    EXPECT_EQ(errorCode(tooLarge), "source_too_large");
}

// A client compares custom-run output the way the judge will: each sample carries the default
// validator's arguments, and the problem says when its own validator decides instead.
TEST_F(ProblemApiTest, SamplesCarryTheValidatorsArguments) {
    const testing::FileList files = testing::with(
        sumProblem(), {{"problem.yaml", "name: Sum It\nvalidator_flags: float_tolerance 1e-6\n"}});
    auto upload = call("POST", "/api/v1/problems?name=floaty", problemZip(files), m_adminToken);
    ASSERT_EQ(upload.status, 201) << upload.body;
    auto shown = call("GET", "/api/v1/problems/" + std::to_string(bodyOf(upload).value("id", 0)),
                      "", m_adminToken);
    auto problem = bodyOf(shown);
    EXPECT_EQ(problem["validation"], "default");
    EXPECT_EQ(problem["samples"][0]["validator_args"],
              nlohmann::json::array({"float_tolerance", "1e-6"}));

    const testing::FileList custom = testing::with(
        sumProblem(), {{"output_validators/check/check.py", "import sys\nsys.exit(42)\n"}});
    upload = call("POST", "/api/v1/problems?name=custom", problemZip(custom), m_adminToken);
    ASSERT_EQ(upload.status, 201) << upload.body;
    shown = call("GET", "/api/v1/problems/" + std::to_string(bodyOf(upload).value("id", 0)), "",
                 m_adminToken);
    EXPECT_EQ(bodyOf(shown)["validation"], "custom");
}

TEST_F(ProblemApiTest, SecretDataIsNeverServed) {
    store::Id id = addSumProblem();
    std::string secret = "SECRET-INPUT-71829";
    for (const char* target : {"/api/v1/problems", "/api/v1/problems/1"}) {
        auto response = call("GET", target, "", m_adminToken);
        EXPECT_EQ(response.body.find(secret), std::string::npos) << target;
        EXPECT_EQ(response.body.find("71834"), std::string::npos) << target;
    }
    EXPECT_EQ(id, 1);
}

TEST_F(ProblemApiTest, ABrokenPackageIs422NamingTheFile) {
    auto files = testing::with(sumProblem(), {{"problem.yaml", "name: [unclosed\n"}});
    auto response = call("POST", "/api/v1/problems", problemZip(files), m_adminToken);
    EXPECT_EQ(response.status, 422) << response.body;
    EXPECT_EQ(errorCode(response), "bad_package");
    EXPECT_NE(bodyOf(response)["error"]["message"].get<std::string>().find("problem.yaml"),
              std::string::npos)
        << response.body;
}

TEST_F(ProblemApiTest, ASecondProblemWithTheSameShortNameIs409) {
    addSumProblem();
    auto again = call("POST", "/api/v1/problems", problemZip(sumProblem()), m_adminToken);
    EXPECT_EQ(again.status, 409) << again.body;
    EXPECT_EQ(errorCode(again), "problem_exists");
    auto renamed =
        call("POST", "/api/v1/problems?name=sum2", problemZip(sumProblem()), m_adminToken);
    EXPECT_EQ(renamed.status, 201) << renamed.body;
    EXPECT_EQ(bodyOf(renamed)["short_name"], "sum2");
}

TEST_F(ProblemApiTest, APdfStatementIsServedAsItsBytes) {
    const std::string pdf = std::string("%PDF-1.4\n\x00\xff binary\n%%EOF\n", 25);
    auto files = testing::with(sumProblem(), {{"problem_statement/problem.en.pdf", pdf},
                                              {"problem_statement/problem.sv.pdf", "%PDF-sv"}});
    auto added = call("POST", "/api/v1/problems", problemZip(files), m_adminToken);
    ASSERT_EQ(added.status, 201) << added.body;
    const std::string base = "/api/v1/problems/" + std::to_string(bodyOf(added)["id"].get<int>());
    const std::string alice = newUser("alice");

    auto english = call("GET", base + "/statement?format=pdf&language=en", "", alice);
    ASSERT_EQ(english.status, 200) << english.body;
    EXPECT_EQ(english.contentType, "application/pdf");
    EXPECT_EQ(english.body, pdf);
    auto swedish = call("GET", base + "/statement?format=pdf&language=sv", "", alice);
    EXPECT_EQ(swedish.body, "%PDF-sv");
    auto preferred = call("GET", base + "/statement?format=pdf", "", alice);
    EXPECT_EQ(preferred.body, pdf);
    auto markdown = call("GET", base + "/statement", "", alice);
    EXPECT_EQ(markdown.contentType, "text/markdown; charset=utf-8");
    EXPECT_EQ(markdown.body, "# Sum It\n\nAdd two numbers.\n");

    auto missing = call("GET", base + "/statement?format=pdf&language=fi", "", alice);
    EXPECT_EQ(missing.status, 404);
    EXPECT_EQ(errorCode(missing), "unknown_statement");
    EXPECT_EQ(errorCode(call("GET", "/api/v1/problems/99/statement", "", alice)),
              "unknown_problem");
    EXPECT_EQ(call("GET", base + "/statement", "").status, 401);
}

TEST_F(ProblemApiTest, OnlyAdminsUploadProblems) {
    auto response = call("POST", "/api/v1/problems", problemZip(sumProblem()), newUser("alice"));
    EXPECT_EQ(response.status, 403);
    EXPECT_EQ(errorCode(response), "forbidden");
}

TEST_F(ProblemApiTest, AnUnknownProblemIs404) {
    auto response = call("GET", "/api/v1/problems/42", "", m_adminToken);
    EXPECT_EQ(response.status, 404);
    EXPECT_EQ(errorCode(response), "unknown_problem");
}

}  // namespace

}  // namespace verdict::tests
