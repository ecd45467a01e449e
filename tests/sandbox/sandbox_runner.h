#pragma once
// Runs the real build/bin/verdict-sandbox: `run [options] --json -- program args`.
#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "child_process.h"
#include "run_result.h"

namespace verdict::tests {

struct SandboxRequest {
    std::vector<std::string> options;  // sandbox options, e.g. {"--time", "1"}
    std::string program;
    std::vector<std::string> args;
    std::vector<std::string> extraEnv;  // added to the sandbox's own environment
    int stdinFd = -1;                   // -1: /dev/null
    bool json = true;
    std::chrono::milliseconds timeout{120000};
};

class SandboxRunner {
  public:
    static std::vector<std::string> commandLine(const SandboxRequest& request);
    // Raw invocation with arbitrary arguments after the binary (for bad-invocation tests).
    static RunResult invoke(const std::vector<std::string>& arguments,
                            std::chrono::milliseconds timeout = std::chrono::seconds(30));
    static RunResult run(const SandboxRequest& request);
    // Starts a run and returns at once; finish() collects the result.
    static std::unique_ptr<ChildProcess> start(const SandboxRequest& request);
    static RunResult finish(ChildProcess& process, const SandboxRequest& request);
};

}  // namespace verdict::tests
