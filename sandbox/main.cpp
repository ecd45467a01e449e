// verdict-sandbox: a thin command-line front end over the sandbox library.
#include <csignal>
#include <cstdio>
#include <string>
#include <vector>

#include "verdict/sandbox/cli.h"
#include "verdict/sandbox/sandbox.h"

namespace {

constexpr int kSandboxFailed = 2;

int printUsageError(const verdict::sandbox::UsageError& error) {
    std::fprintf(stderr, "verdict-sandbox: %s\n", error.message.c_str());
    if (error.json) {
        verdict::sandbox::RunResult result;
        result.status = verdict::sandbox::Status::SandboxError;
        result.error = error.message;
        std::printf("%s\n", verdict::sandbox::toJson(result).c_str());
    }
    return kSandboxFailed;
}

int runCommand(const verdict::sandbox::RunOptions& options) {
    auto result = verdict::sandbox::runSandboxed(options);
    if (options.json) {
        std::printf("%s\n", verdict::sandbox::toJson(result).c_str());
    }
    if (result.status == verdict::sandbox::Status::SandboxError || !options.json) {
        std::fprintf(stderr, "%s\n", verdict::sandbox::toHumanLine(result).c_str());
    }
    return result.status == verdict::sandbox::Status::SandboxError ? kSandboxFailed : 0;
}

}  // namespace

int main(int argc, char** argv) {
    // A reader that went away (a closed pipe) is an error to handle, not a reason to die.
    std::signal(SIGPIPE, SIG_IGN);
    std::vector<std::string> args(argv + 1, argv + argc);
    auto command = verdict::sandbox::parseCommandLine(args);
    if (auto* run = std::get_if<verdict::sandbox::RunCommand>(&command)) {
        return runCommand(run->options);
    }
    if (auto* check = std::get_if<verdict::sandbox::CheckCommand>(&command)) {
        std::fputs(verdict::sandbox::describeHost(check->json).c_str(), stdout);
        return 0;
    }
    if (auto* error = std::get_if<verdict::sandbox::UsageError>(&command)) {
        return printUsageError(*error);
    }
    std::fputs(verdict::sandbox::usageText(), stdout);
    return 0;
}
