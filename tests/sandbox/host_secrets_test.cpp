// Host secrets: /etc/shadow, secret files the harness creates outside the box, the work dir's and
// the build tree's host paths, and other processes in /proc.
#include <gtest/gtest.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "host_processes.h"
#include "sandbox_test.h"
#include "temp_workdir.h"
#include "test_binaries.h"
#include "test_paths.h"

namespace verdict::tests {
namespace {

class HostSecretsTest : public SandboxTest {};

TEST_F(HostSecretsTest, ShadowIsUnreadable) {
    RunResult result = runHostile("read_shadow", {"--time", "5"}, {});
    expectStatus(result, "ok");
    expectPrinted(result, "open /etc/shadow: denied E[A-Z]+");
    expectPrinted(result, "open /etc/gshadow: denied E[A-Z]+");
}

TEST_F(HostSecretsTest, SecretsAndHostPathsAreInvisible) {
    const std::string token = uniqueToken();
    std::vector<std::string> secrets{"/tmp/verdict-secret-" + token};
    const std::string buildSecret = std::string(kBuildDir) + "/verdict-secret-" + token;
    if (::access(std::string(kBuildDir).c_str(), W_OK) == 0) {
        secrets.push_back(buildSecret);  // the rootless user cannot write into the build tree
    }
    for (const auto& secret : secrets) {
        writeTextFile(secret, token + "\n", 0644);
    }
    std::vector<std::string> args{token};
    args.insert(args.end(), secrets.begin(), secrets.end());
    args.push_back(m_workdir.path());
    args.emplace_back(kBuildDir);
    args.emplace_back(kSourceDir);
    RunResult result = runHostile("secret_search", {"--time", "20"}, args);
    for (const auto& secret : secrets) {
        ::unlink(secret.c_str());
    }
    expectStatus(result, "ok");
    for (std::size_t i = 1; i < args.size(); ++i) {
        expectPrinted(result, "search: " + regexEscape(args[i]) + " invisible E[A-Z]+");
    }
    expectPrinted(result, R"(search: walked \d+ entries, token not found)");
}

TEST_F(HostSecretsTest, ProcShowsOnlyTheBox) {
    const std::string comm = "vp" + uniqueToken(12);
    Victim victim(comm);
    RunResult result = runHostile("proc_snoop", {"--time", "5"}, {comm});
    expectStatus(result, "ok");
    auto visible = result.numberFromLine(R"(proc: visible=(\d+))");
    ASSERT_TRUE(visible.has_value()) << result.describe();
    EXPECT_GE(*visible, 1) << result.describe();
    EXPECT_LE(*visible, 3) << "more than the box's init and program visible" << result.describe();
    EXPECT_TRUE(victim.alive());
}

}  // namespace
}  // namespace verdict::tests
