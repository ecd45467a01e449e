// Cgroup layout detection from fixtures of every layout the sandbox must handle.
#include <gtest/gtest.h>

#include "cgroup_layout.h"
#include "file_io.h"
#include "mountinfo.h"

namespace verdict::sandbox {
namespace {

// This project's test machines: v1 controllers (cpu and cpuacct apart) and an empty cgroup2.
const char* kHybridMounts =
    "31 23 0:28 / /sys/fs/cgroup rw,relatime - tmpfs tmpfs rw,mode=755\n"
    "32 31 0:29 / /sys/fs/cgroup/cpu rw,relatime - cgroup cgroup rw,cpu\n"
    "33 31 0:30 / /sys/fs/cgroup/cpuacct rw,relatime - cgroup cgroup rw,cpuacct\n"
    "35 31 0:32 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory\n"
    "39 31 0:36 / /sys/fs/cgroup/pids rw,relatime - cgroup cgroup rw,pids\n"
    "41 31 0:38 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw\n";
const char* kHybridCgroup = "8:pids:/\n4:memory:/process_api/abc\n2:cpuacct:/\n1:cpu:/\n0::/\n";

const char* kV2Mounts =
    "26 23 0:23 / /sys/fs/cgroup rw,nosuid,nodev,noexec shared:4 - cgroup2 cgroup2 "
    "rw,nsdelegate,memory_recursiveprot\n";
const char* kV2Cgroup = "0::/user.slice/user-1000.slice/session-2.scope\n";

// Classic v1 with cpu and cpuacct co-mounted and no cgroup2 at all.
const char* kV1Mounts =
    "30 25 0:26 / /sys/fs/cgroup/cpu,cpuacct rw - cgroup cgroup rw,cpu,cpuacct\n"
    "31 25 0:27 / /sys/fs/cgroup/memory rw - cgroup cgroup rw,memory\n"
    "32 25 0:28 / /sys/fs/cgroup/pids rw - cgroup cgroup rw,pids\n";
const char* kV1Cgroup = "5:pids:/docker/x\n4:memory:/docker/x\n3:cpu,cpuacct:/docker/x\n";

TEST(CgroupLayout, HybridHostUsesV1ControllersBelowOwnCgroups) {
    auto layout = detectCgroupLayout(kHybridMounts, kHybridCgroup, "hugetlb\n");
    EXPECT_EQ(layout.mode, CgroupMode::Hybrid);
    EXPECT_EQ(layout.v1OwnDirs.at("memory"), "/sys/fs/cgroup/memory/process_api/abc");
    EXPECT_EQ(layout.v1OwnDirs.at("pids"), "/sys/fs/cgroup/pids");
    EXPECT_EQ(layout.v1OwnDirs.at("cpuacct"), "/sys/fs/cgroup/cpuacct");
    ASSERT_TRUE(layout.unifiedOwnDir);
    EXPECT_EQ(*layout.unifiedOwnDir, "/sys/fs/cgroup/unified");
}

TEST(CgroupLayout, PureV2NeedsMemoryAndPidsControllers) {
    auto layout = detectCgroupLayout(kV2Mounts, kV2Cgroup, "cpuset cpu io memory pids\n");
    EXPECT_EQ(layout.mode, CgroupMode::V2);
    EXPECT_EQ(*layout.unifiedOwnDir, "/sys/fs/cgroup/user.slice/user-1000.slice/session-2.scope");
    EXPECT_EQ(detectCgroupLayout(kV2Mounts, kV2Cgroup, "cpu io\n").mode, CgroupMode::None);
}

TEST(CgroupLayout, CoMountedCpuAndCpuacctIsV1) {
    auto layout = detectCgroupLayout(kV1Mounts, kV1Cgroup, "");
    EXPECT_EQ(layout.mode, CgroupMode::V1);
    EXPECT_EQ(layout.v1OwnDirs.at("cpuacct"), "/sys/fs/cgroup/cpu,cpuacct/docker/x");
    EXPECT_FALSE(layout.unifiedMount);
}

TEST(CgroupLayout, MountRootIsStrippedFromOwnPath) {
    // Inside a container the hierarchy's root is our own cgroup, bind-mounted.
    const char* mounts =
        "31 25 0:27 /docker/x /sys/fs/cgroup/memory rw - cgroup cgroup rw,memory\n";
    auto layout = detectCgroupLayout(mounts, "4:memory:/docker/x/inner\n", "");
    EXPECT_EQ(layout.v1OwnDirs.at("memory"), "/sys/fs/cgroup/memory/inner");
}

TEST(CgroupLayout, NoCgroupsAtAll) {
    auto layout = detectCgroupLayout("22 1 0:5 / /proc rw - proc proc rw\n", "", "");
    EXPECT_EQ(layout.mode, CgroupMode::None);
}

TEST(MountInfo, UnescapesOctalSequences) {
    auto entries = parseMountInfo("40 1 0:9 / /mnt/with\\040space rw - tmpfs tmpfs rw\n");
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].mountPoint, "/mnt/with space");
    EXPECT_EQ(entries[0].fsType, "tmpfs");
}

TEST(MountInfo, OptionalFieldsBeforeTheSeparator) {
    auto entries =
        parseMountInfo("26 23 0:23 / /sys/fs/cgroup rw shared:4 master:1 - cgroup2 cgroup2 rw\n");
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].fsType, "cgroup2");
    EXPECT_EQ(entries[0].superOptions, "rw");
}

TEST(MountInfo, HasOptionMatchesWholeWords) {
    EXPECT_TRUE(hasOption("rw,cpu,cpuacct", "cpu"));
    EXPECT_TRUE(hasOption("rw,cpu,cpuacct", "cpuacct"));
    EXPECT_FALSE(hasOption("rw,cpuacct", "cpu"));
}

TEST(FileIo, KeyedValues) {
    std::string events = "low 0\nhigh 0\nmax 12\noom 1\noom_kill 3\noom_group_kill 0\n";
    EXPECT_EQ(keyedValue(events, "oom_kill"), 3u);
    EXPECT_EQ(keyedValue(events, "oom"), 1u);
    EXPECT_FALSE(keyedValue(events, "missing"));
}

}  // namespace
}  // namespace verdict::sandbox
