#include "sandbox_runner.h"

#include "test_binaries.h"

namespace verdict::tests {

std::vector<std::string> SandboxRunner::commandLine(const SandboxRequest& request) {
    std::vector<std::string> argv{sandboxBinary(), "run"};
    argv.insert(argv.end(), request.options.begin(), request.options.end());
    if (request.json) {
        argv.emplace_back("--json");
    }
    argv.emplace_back("--");
    argv.push_back(request.program);
    argv.insert(argv.end(), request.args.begin(), request.args.end());
    return argv;
}

RunResult SandboxRunner::invoke(const std::vector<std::string>& arguments,
                                std::chrono::milliseconds timeout) {
    SpawnOptions options;
    options.argv.push_back(sandboxBinary());
    options.argv.insert(options.argv.end(), arguments.begin(), arguments.end());
    ChildProcess process(options);
    return RunResult(process.wait(timeout));
}

std::unique_ptr<ChildProcess> SandboxRunner::start(const SandboxRequest& request) {
    SpawnOptions options;
    options.argv = commandLine(request);
    options.extraEnv = request.extraEnv;
    options.stdinFd = request.stdinFd;
    return std::make_unique<ChildProcess>(options);
}

RunResult SandboxRunner::finish(ChildProcess& process, const SandboxRequest& request) {
    return RunResult(process.wait(request.timeout));
}

RunResult SandboxRunner::run(const SandboxRequest& request) {
    auto process = start(request);
    return finish(*process, request);
}

}  // namespace verdict::tests
