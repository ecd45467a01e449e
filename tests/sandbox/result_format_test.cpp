// The --json result: one object on the last stdout line, even after output without a final
// newline, with every field of the contract and the right types.
#include <gtest/gtest.h>

#include "sandbox_test.h"

namespace verdict::tests {
namespace {

class ResultFormatTest : public SandboxTest {};

TEST_F(ResultFormatTest, JsonIsTheLastLineWithAllFields) {
    SandboxRequest request;
    request.program = "/bin/sh";
    request.args = {"-c", "printf unterminated; exit 3"};
    RunResult result = runChecked(request);
    expectStatus(result, "nonzero_exit");
    EXPECT_EQ(result.number("exit_code"), 3) << result.describe();
    EXPECT_EQ(result.number("signal"), 0) << result.describe();
    ASSERT_EQ(result.programLines().size(), 1u) << result.describe();
    EXPECT_EQ(result.programLines()[0], "unterminated") << result.describe();
    const nlohmann::json& json = result.json();
    for (const char* field :
         {"exit_code", "signal", "cpu_ms", "wall_ms", "memory_kib", "output_bytes"}) {
        ASSERT_TRUE(json.contains(field)) << field << result.describe();
        EXPECT_TRUE(json[field].is_number_integer()) << field << result.describe();
    }
    ASSERT_TRUE(json.contains("isolation") && json["isolation"].is_object()) << result.describe();
    const nlohmann::json& isolation = json["isolation"];
    EXPECT_TRUE(isolation.contains("cgroup_mode") && isolation["cgroup_mode"].is_string());
    EXPECT_TRUE(isolation.contains("user_namespace") && isolation["user_namespace"].is_boolean());
    EXPECT_TRUE(isolation.contains("box_uid") && isolation["box_uid"].is_number_integer());
    EXPECT_TRUE(isolation.contains("degraded") && isolation["degraded"].is_array());
    EXPECT_FALSE(json.contains("error")) << "error is only for sandbox_error" << result.describe();
}

TEST_F(ResultFormatTest, SignalEndIsSignaled) {
    SandboxRequest request;
    request.program = "/bin/sh";
    request.args = {"-c", "kill -SEGV $$"};
    RunResult result = runChecked(request);
    expectStatus(result, "signaled");
    EXPECT_EQ(result.number("exit_code"), -1) << result.describe();
    EXPECT_EQ(result.number("signal"), 11) << result.describe();
}

// --ignore-sigpipe (interactive validators): SIGPIPE starts ignored, and a shell cannot undo a
// signal ignored on entry, so its own SIGPIPE does nothing; without it, the default kills.
TEST_F(ResultFormatTest, IgnoreSigpipeStartsTheProgramWithSigpipeIgnored) {
    SandboxRequest request;
    request.program = "/bin/sh";
    request.args = {"-c", "kill -PIPE $$; echo survived"};
    RunResult killed = runChecked(request);
    expectStatus(killed, "signaled");
    EXPECT_EQ(killed.number("signal"), 13) << killed.describe();
    request.options = {"--ignore-sigpipe"};
    RunResult survived = runChecked(request);
    expectStatus(survived, "ok");
    EXPECT_EQ(survived.programLines(), std::vector<std::string>{"survived"}) << survived.describe();
}

}  // namespace
}  // namespace verdict::tests
