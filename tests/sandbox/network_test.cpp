// Network: the box has its own network namespace. The harness listens on the host (loopback, a
// host address, an abstract AF_UNIX name) and first proves from the host that each is reachable.
#include <gtest/gtest.h>

#include <string>

#include "host_listener.h"
#include "sandbox_test.h"
#include "test_binaries.h"

namespace verdict::tests {
namespace {

class NetworkTest : public SandboxTest {
  protected:
    void expectUnreachable(HostListener& listener, const std::string& address) {
        ASSERT_TRUE(listener.reachableFromHost()) << "harness listener broken";
        RunResult result =
            runHostile("net_inet", {"--time", "10"}, {address, std::to_string(listener.port())});
        expectStatus(result, "ok");
        expectPrinted(result, "inet " + address + ": (connect failed|socket denied) E[A-Z]+");
        EXPECT_FALSE(listener.wasReached()) << "the box connected to the host" << result.describe();
    }
};

TEST_F(NetworkTest, HostLoopbackIsUnreachable) {
    HostListener listener = HostListener::tcp("127.0.0.1");
    expectUnreachable(listener, "127.0.0.1");
}

TEST_F(NetworkTest, HostAddressIsUnreachable) {
    auto address = hostNonLoopbackIpv4();
    if (!address) {
        GTEST_SKIP() << "the host has no non-loopback IPv4 address";
    }
    HostListener listener = HostListener::tcp(*address);
    expectUnreachable(listener, *address);
}

TEST_F(NetworkTest, HostAbstractUnixSocketIsUnreachable) {
    const std::string name = "verdict-test-" + uniqueToken();
    HostListener listener = HostListener::abstractUnix(name);
    ASSERT_TRUE(listener.reachableFromHost()) << "harness listener broken";
    RunResult result = runHostile("net_unix", {"--time", "10"}, {name});
    expectStatus(result, "ok");
    expectPrinted(result, "unix: (connect failed|socket denied) E[A-Z]+");
    EXPECT_FALSE(listener.wasReached()) << "the box connected to the host" << result.describe();
}

}  // namespace
}  // namespace verdict::tests
