// Work-dir traps: whatever the box leaves (symlinks, hard links, FIFOs, devices, sockets, set-id
// files) must not come back to the host, and the host must never write through a link.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <string>

#include "sandbox_test.h"
#include "temp_workdir.h"
#include "test_binaries.h"

namespace verdict::tests {
namespace {

// A world-writable host file and directory outside the box that a link may point to.
class Victims {
  public:
    Victims() : m_token(uniqueToken()) {
        writeTextFile(file(), "victim\n", 0666);
        ::mkdir(dir().c_str(), 0777);
        ::chmod(dir().c_str(), 0777);
        writeTextFile(secret(), m_token + "\n", 0644);
    }
    ~Victims() {
        removeTree(dir());
        ::unlink(file().c_str());
        ::unlink(secret().c_str());
    }
    std::string file() const { return "/tmp/verdict-victim-" + m_token; }
    std::string dir() const { return "/tmp/verdict-victimdir-" + m_token; }
    std::string secret() const { return "/tmp/verdict-secret-" + m_token; }
    const std::string& token() const { return m_token; }

    void expectIntact() const {
        EXPECT_EQ(readTextFile(file()).value_or("<missing>"), "victim\n")
            << "written through a link";
        EXPECT_EQ(lstatMode(file()).value_or(0) & 07777, 0666u);
        EXPECT_TRUE(listTree(dir()).empty()) << "a file was created through a directory link";
        EXPECT_EQ(readTextFile(secret()).value_or("<missing>"), m_token + "\n");
    }

  private:
    std::string m_token;
};

class WorkdirEscapeTest : public SandboxTest {};

TEST_F(WorkdirEscapeTest, OnlyPlainFilesAndDirectoriesComeBack) {
    Victims victims;
    ASSERT_EQ(::symlink(victims.secret().c_str(), m_workdir.file("in-link").c_str()), 0);
    RunResult result = runHostile("links", {"--time", "5"}, {victims.file(), victims.token()});
    expectStatus(result, "ok");
    expectPrinted(result, "links in-link: absent");
    expectPrinted(result, "links out.txt: created ");
    expectPrinted(result, "links fifo: created ");
    expectPrinted(result, "links suid: created ");
    ::unlink(m_workdir.file("in-link").c_str());  // our own link, planted before the run

    for (const auto& entry : listTree(m_workdir.path())) {
        EXPECT_TRUE(S_ISREG(entry.mode) || S_ISDIR(entry.mode))
            << entry.relativePath << " came back with mode " << std::oct << entry.mode;
        EXPECT_EQ(entry.mode & (S_ISUID | S_ISGID), 0u)
            << entry.relativePath << " kept set-id bits";
        if (S_ISREG(entry.mode)) {
            EXPECT_EQ(entry.links, 1u) << entry.relativePath << " is hard-linked";
        }
    }
    EXPECT_FALSE(lstatMode(m_workdir.file("a.txt")).has_value()) << "hard-linked file kept";
    EXPECT_FALSE(lstatMode(m_workdir.file("hard.txt")).has_value()) << "hard-linked file kept";
    auto suid = lstatMode(m_workdir.file("suid"));
    ASSERT_TRUE(suid.has_value()) << "the regular file 'suid' did not come back"
                                  << result.describe();
    EXPECT_EQ(*suid & 07000, 0u);
    EXPECT_EQ(readTextFile(m_workdir.file("sub/plain.txt")).value_or("<missing>"), "plain\n")
        << "ordinary output files must come back" << result.describe();
    victims.expectIntact();
}

TEST_F(WorkdirEscapeTest, HostNeverWritesThroughPlantedLinks) {
    Victims victims;
    ASSERT_EQ(::symlink(victims.file().c_str(), m_workdir.file("out.txt").c_str()), 0);
    ASSERT_EQ(::symlink(victims.dir().c_str(), m_workdir.file("sub").c_str()), 0);
    RunResult result = runHostile("write_file", {"--time", "5"}, {"out.txt", "sub/x.txt"});
    expectStatus(result, "ok");
    expectPrinted(result, "write out.txt: done");
    expectPrinted(result, "write sub/x.txt: done");
    victims.expectIntact();
    auto out = lstatMode(m_workdir.file("out.txt"));
    if (out && S_ISREG(*out)) {
        EXPECT_EQ(readTextFile(m_workdir.file("out.txt")).value_or(""), "pwned\n");
    }
}

}  // namespace
}  // namespace verdict::tests
