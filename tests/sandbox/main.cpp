// Test entry point: the harness becomes a child subreaper first, so any process that outlives
// the sandbox (a daemon, a leaked box init) is reparented to us and shows up as a leftover.
#include <gtest/gtest.h>

#include <csignal>

#include "host_processes.h"

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    verdict::tests::becomeChildSubreaper();
    std::signal(SIGPIPE, SIG_IGN);
    return RUN_ALL_TESTS();
}
