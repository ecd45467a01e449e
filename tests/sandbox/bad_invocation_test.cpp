// Bad invocations: exit status 2, exactly one clear line on stderr naming the problem, and with
// --json a sandbox_error object as the last stdout line.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "host_cgroups.h"
#include "run_result.h"
#include "sandbox_runner.h"

namespace verdict::tests {
namespace {

struct BadInvocation {
    const char* name;
    std::vector<std::string> options;  // between "run" and "--"
    std::string program;
    std::string mentioned;  // the stderr line must contain this
};

void PrintTo(const BadInvocation& invocation, std::ostream* out) {
    *out << invocation.name;
}

class BadInvocationTest
    : public ::testing::TestWithParam<std::tuple<BadInvocation, bool /*json*/>> {};

TEST_P(BadInvocationTest, ExitsTwoWithOneLine) {
    const auto& [invocation, json] = GetParam();
    std::vector<std::string> arguments{"run"};
    if (json) {
        arguments.emplace_back("--json");
    }
    arguments.insert(arguments.end(), invocation.options.begin(), invocation.options.end());
    arguments.emplace_back("--");
    arguments.push_back(invocation.program);
    RunResult result = SandboxRunner::invoke(arguments);
    EXPECT_EQ(result.sandboxExitCode(), 2) << result.describe();
    std::vector<std::string> lines = result.stderrLines();
    ASSERT_EQ(lines.size(), 1u) << "want exactly one stderr line" << result.describe();
    EXPECT_NE(lines[0].find(invocation.mentioned), std::string::npos)
        << "the message does not name '" << invocation.mentioned << "'" << result.describe();
    if (json) {
        ASSERT_TRUE(result.hasJson()) << result.describe();
        EXPECT_EQ(result.status(), "sandbox_error") << result.describe();
        EXPECT_TRUE(result.json().value("error", "") != "") << result.describe();
    } else {
        EXPECT_TRUE(result.outcome().out.empty()) << result.describe();
    }
    EXPECT_TRUE(leftoverBoxCgroups().empty());
}

INSTANTIATE_TEST_SUITE_P(
    Cases, BadInvocationTest,
    ::testing::Combine(::testing::Values(
                           BadInvocation{
                               "unknown_option", {"--bogus-option"}, "/bin/true", "--bogus-option"},
                           BadInvocation{"missing_stdin",
                                         {"--stdin", "/nonexistent/verdict-input"},
                                         "/bin/true",
                                         "/nonexistent/verdict-input"},
                           BadInvocation{"zero_memory", {"--memory", "0"}, "/bin/true", "--memory"},
                           BadInvocation{"missing_program_path",
                                         {},
                                         "/box/verdict-no-such-program",
                                         "verdict-no-such-program"},
                           BadInvocation{"missing_program_in_path",
                                         {},
                                         "verdict-no-such-program",
                                         "verdict-no-such-program"}),
                       ::testing::Bool()),
    [](const auto& testInfo) {
        return std::string(std::get<0>(testInfo.param).name) +
               (std::get<1>(testInfo.param) ? "_json" : "_plain");
    });

}  // namespace
}  // namespace verdict::tests
