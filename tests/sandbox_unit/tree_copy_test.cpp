// Copying a hostile tree: only regular files and directories cross, nothing is ever followed.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "tree_copy.h"
#include "verdict/sandbox/unique_fd.h"

namespace verdict::sandbox {
namespace {

namespace fs = std::filesystem;

class TreeCopy : public testing::Test {
  protected:
    void SetUp() override {
        char pattern[] = "/tmp/verdict-tree-copy-XXXXXX";
        ASSERT_NE(::mkdtemp(pattern), nullptr);
        m_root = pattern;
        fs::create_directories(m_root / "from" / "sub");
        fs::create_directories(m_root / "to");
        std::ofstream(m_root / "victim") << "untouched";
    }
    void TearDown() override { fs::remove_all(m_root); }

    Step copy(const CopyRules& rules) {
        UniqueFd from(::open((m_root / "from").c_str(), O_RDONLY | O_DIRECTORY));
        UniqueFd to(::open((m_root / "to").c_str(), O_RDONLY | O_DIRECTORY));
        return copyTree(from.get(), to.get(), rules);
    }
    static std::string read(const fs::path& path) {
        std::ifstream in(path);
        return std::string(std::istreambuf_iterator<char>(in), {});
    }

    fs::path m_root;
};

TEST_F(TreeCopy, RegularFilesAndDirectoriesCross) {
    std::ofstream(m_root / "from" / "a.txt") << "alpha";
    std::ofstream(m_root / "from" / "sub" / "b.txt") << "beta";
    ASSERT_FALSE(copy({}));
    EXPECT_EQ(read(m_root / "to" / "a.txt"), "alpha");
    EXPECT_EQ(read(m_root / "to" / "sub" / "b.txt"), "beta");
}

TEST_F(TreeCopy, LinksFifosAndHardLinksAreDropped) {
    fs::create_symlink(m_root / "victim", m_root / "from" / "link");
    fs::create_directory_symlink("/etc", m_root / "from" / "dirlink");
    ASSERT_EQ(::mkfifo((m_root / "from" / "fifo").c_str(), 0644), 0);
    std::ofstream(m_root / "from" / "original") << "x";
    fs::create_hard_link(m_root / "from" / "original", m_root / "from" / "hard");
    CopyRules rules;
    rules.skipHardLinked = true;
    ASSERT_FALSE(copy(rules));
    for (const char* name : {"link", "dirlink", "fifo", "hard", "original"}) {
        EXPECT_FALSE(fs::exists(fs::symlink_status(m_root / "to" / name))) << name;
    }
}

TEST_F(TreeCopy, NeverWritesThroughALinkAlreadyAtTheTarget) {
    // A link planted where the file will be written must be replaced, not followed.
    fs::create_symlink(m_root / "victim", m_root / "to" / "out.txt");
    std::ofstream(m_root / "from" / "out.txt") << "program output";
    ASSERT_FALSE(copy({}));
    EXPECT_EQ(read(m_root / "victim"), "untouched");
    EXPECT_FALSE(fs::is_symlink(m_root / "to" / "out.txt"));
    EXPECT_EQ(read(m_root / "to" / "out.txt"), "program output");
}

TEST_F(TreeCopy, NeverDescendsThroughADirectoryLinkAtTheTarget) {
    fs::create_directory_symlink(m_root, m_root / "to" / "sub");
    std::ofstream(m_root / "from" / "sub" / "victim") << "overwritten";
    ASSERT_FALSE(copy({}));
    EXPECT_EQ(read(m_root / "victim"), "untouched");
    EXPECT_TRUE(fs::is_directory(fs::symlink_status(m_root / "to" / "sub")));
}

TEST_F(TreeCopy, SetIdBitsAreCleared) {
    std::ofstream(m_root / "from" / "tool") << "#!/bin/sh\n";
    ASSERT_EQ(::chmod((m_root / "from" / "tool").c_str(), 06755), 0);
    ASSERT_FALSE(copy({}));
    struct stat info {};
    ASSERT_EQ(::stat((m_root / "to" / "tool").c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 07777, 0755u);
}

TEST_F(TreeCopy, DepthIsBounded) {
    fs::path deep = m_root / "from";
    for (int i = 0; i < 10; ++i)
        deep /= "d";
    fs::create_directories(deep);
    std::ofstream(deep / "leaf") << "x";
    CopyRules rules;
    rules.maxDepth = 3;
    ASSERT_FALSE(copy(rules));
    EXPECT_FALSE(fs::exists(m_root / "to" / "d" / "d" / "d" / "d" / "d"));
}

}  // namespace
}  // namespace verdict::sandbox
