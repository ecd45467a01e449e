// What the box inherits from its caller: only fds 0-2 and a scrubbed environment.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <map>
#include <regex>
#include <set>
#include <string>

#include "sandbox_test.h"
#include "temp_workdir.h"
#include "test_binaries.h"

namespace verdict::tests {
namespace {

class InheritanceTest : public SandboxTest {};

TEST_F(InheritanceTest, OnlyStandardDescriptorsReachTheBox) {
    const std::string secret = "/tmp/verdict-fd-secret-" + uniqueToken();
    writeTextFile(secret, "secret\n", 0600);
    int leaked = ::open(secret.c_str(), O_RDONLY);  // deliberately without O_CLOEXEC
    ASSERT_GE(leaked, 0);
    ASSERT_EQ(::fcntl(leaked, F_GETFD) & FD_CLOEXEC, 0) << "the leak attempt must be real";
    RunResult result = runHostile("fd_leak", {"--time", "5"}, {});
    ::close(leaked);
    ::unlink(secret.c_str());
    expectStatus(result, "ok");
    for (const char* line : {"fd 0: open", "fd 1: open", "fd 2: open", "fd: only 0,1,2 open"}) {
        expectPrinted(result, line);
    }
}

TEST_F(InheritanceTest, EnvironmentIsScrubbed) {
    const std::string secret = "verdict-env-" + uniqueToken();
    SandboxRequest request;
    // The caller's own HOME and LANG must be replaced, not passed through.
    request.extraEnv = {"VERDICT_TEST_SECRET=" + secret, "HOME=/tmp/" + secret,
                        "LANG=xx_XX." + secret};
    RunResult result =
        runHostile("env_dump", {"--time", "5", "--env", "VERDICT_EXTRA=hello"}, {secret}, request);
    expectStatus(result, "ok");
    expectPrinted(result, "env: end");
    std::map<std::string, std::string> environment;
    const std::regex entry("env: ([^=]+)=(.*)");
    for (const auto& line : result.programLines()) {
        std::smatch match;
        if (std::regex_match(line, match, entry)) {
            environment[match[1].str()] = match[2].str();
        }
    }
    std::set<std::string> names;
    for (const auto& [name, value] : environment) {
        names.insert(name);
    }
    const std::set<std::string> expected{"PATH", "HOME", "TMPDIR", "LANG", "VERDICT_EXTRA"};
    EXPECT_EQ(names, expected) << result.describe();
    EXPECT_EQ(environment["PATH"], "/usr/local/bin:/usr/bin:/bin");
    EXPECT_EQ(environment["HOME"], "/box");
    EXPECT_EQ(environment["TMPDIR"], "/tmp");
    EXPECT_EQ(environment["LANG"], "C.UTF-8");
    EXPECT_EQ(environment["VERDICT_EXTRA"], "hello");
}

}  // namespace
}  // namespace verdict::tests
