// Network namespaces: every run gets one of its own, never the host's and never one that another
// run has been in. In root mode a slot's next namespace is made ahead of time, while the run
// before it runs (a spare bound at templates/net-<slot>, sandbox/src/box_network.h): a spare is
// entered by one run only, and a spare marked taken (its run died before replacing it) by none.
//
// Namespaces are compared by inode number, which the kernel reuses once a namespace is gone, so
// the test holds a descriptor on every namespace it compares against for as long as it compares.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include <optional>
#include <string>

#include "isolation.h"
#include "sandbox_test.h"

namespace verdict::tests {
namespace {

constexpr long long kFirstBoxUid = 800000;
const std::string kTemplates = "/run/verdict-sandbox/templates";

struct Probe {
    std::string network;  // "net:[inode]", as /proc/self/ns/net reads inside the box
    long long slot = -1;  // root mode only
};

std::string networkName(ino_t inode) {
    return "net:[" + std::to_string(inode) + "]";
}

// The namespace bound at `path`, held open so that its inode cannot be reused meanwhile.
struct HeldNamespace {
    int fd = -1;
    std::string name;
    ~HeldNamespace() {
        if (fd >= 0)
            ::close(fd);
    }
};

std::optional<std::string> heldName(HeldNamespace& held, const std::string& path) {
    held.fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    struct stat info {};
    if (held.fd < 0 || ::fstat(held.fd, &info) != 0)
        return std::nullopt;
    held.name = networkName(info.st_ino);
    return held.name;
}

std::string sparePath(long long slot) {
    return kTemplates + "/net-" + std::to_string(slot);
}

bool exists(const std::string& path) {
    struct stat info {};
    return ::lstat(path.c_str(), &info) == 0;
}

class NetworkNamespaceTest : public SandboxTest {
  protected:
    Probe probe() {
        SandboxRequest request;
        request.program = "/usr/bin/readlink";
        request.args = {"/proc/self/ns/net"};
        RunResult result = runChecked(request);
        expectStatus(result, "ok");
        Probe found;
        if (!result.programLines().empty())
            found.network = result.programLines().front();
        if (runningAsRoot())
            found.slot = result.json()["isolation"].value("box_uid", 0ll) - kFirstBoxUid;
        EXPECT_TRUE(found.network.rfind("net:[", 0) == 0) << result.describe();
        return found;
    }

    static std::string hostNetwork() {
        struct stat info {};
        EXPECT_EQ(::stat("/proc/self/ns/net", &info), 0);
        return networkName(info.st_ino);
    }
};

TEST_F(NetworkNamespaceTest, NeverTheHosts) {
    const std::string host = hostNetwork();
    for (int run = 0; run < 3; ++run)
        EXPECT_NE(probe().network, host) << "the box ran in the host's network namespace";
}

// Root mode: a run first, so that its slot has a spare, held for the test.
class SpareNetworkTest : public NetworkNamespaceTest {
  protected:
    void SetUp() override {
        if (!runningAsRoot())
            GTEST_SKIP() << "spare network namespaces are made in root mode only";
        m_slot = probe().slot;
        ASSERT_GE(m_slot, 0);
        ASSERT_TRUE(heldName(m_spare, sparePath(m_slot)))
            << "a root-mode run left no spare network namespace at " << sparePath(m_slot);
    }

    // The next run, in the same slot (the sandbox tests never run alongside other boxes).
    Probe nextRun() {
        Probe next = probe();
        EXPECT_EQ(next.slot, m_slot) << "another run took the slot";
        return next;
    }

    // The slot's spare after the run: a new one, held.
    void expectReplaced(HeldNamespace& replacement) {
        ASSERT_TRUE(heldName(replacement, sparePath(m_slot))) << "no spare made for the next run";
        EXPECT_NE(replacement.name, m_spare.name) << "the spare is still offered to another run";
        EXPECT_FALSE(exists(sparePath(m_slot) + ".taken")) << "the spare's mark was not cleared";
    }

    long long m_slot = -1;
    HeldNamespace m_spare;
};

TEST_F(SpareNetworkTest, EnteredByOneRunThenReplaced) {
    Probe next = nextRun();
    EXPECT_EQ(next.network, m_spare.name) << "the run did not use its slot's spare";
    HeldNamespace replacement;
    expectReplaced(replacement);
    Probe after = probe();
    EXPECT_NE(after.network, m_spare.name) << "a second run entered the same namespace";
    EXPECT_NE(after.network, next.network);
}

TEST_F(SpareNetworkTest, MarkedTakenIsNeverEntered) {
    // As a run that took the spare and was killed before replacing it leaves things.
    const std::string mark = sparePath(m_slot) + ".taken";
    int fd = ::open(mark.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    ASSERT_GE(fd, 0) << "could not mark " << sparePath(m_slot);
    ::close(fd);
    EXPECT_NE(nextRun().network, m_spare.name) << "a run entered a spare marked taken";
    HeldNamespace replacement;
    expectReplaced(replacement);
}

TEST_F(SpareNetworkTest, HostsNamespaceIsRefused) {
    // As a mistaken operator or a bug could leave things: the host's namespace in the spare's
    // place.
    const std::string path = sparePath(m_slot);
    ASSERT_EQ(::umount2(path.c_str(), MNT_DETACH), 0);
    ASSERT_EQ(::mount("/proc/self/ns/net", path.c_str(), nullptr, MS_BIND, nullptr), 0)
        << "could not bind the host's namespace at " << path;
    const std::string host = hostNetwork();
    EXPECT_NE(nextRun().network, host) << "the box ran in the host's network namespace";
    HeldNamespace replacement;
    ASSERT_TRUE(heldName(replacement, path));
    EXPECT_NE(replacement.name, host) << "the host's namespace is still offered as a spare";
}

}  // namespace
}  // namespace verdict::tests
