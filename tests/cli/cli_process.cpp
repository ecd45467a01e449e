#include "cli_process.h"

#include <stdlib.h>
#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <sstream>

namespace verdict::tests {

namespace fs = std::filesystem;

CliOutcome runVerdict(const std::string& arguments, bool separateStderr,
                      const std::string& environment) {
    TempDir scratch;
    fs::path errorsFile = scratch.path() / "stderr";
    std::string command = (environment.empty() ? "" : "env " + environment + " ") +
                          std::string(VERDICT_CLI) + " " + arguments +
                          (separateStderr ? " 2>" + errorsFile.string() : " 2>&1");
    CliOutcome outcome;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr)
        return outcome;
    char buffer[4096];
    while (std::size_t got = std::fread(buffer, 1, sizeof buffer, pipe))
        outcome.output.append(buffer, got);
    int status = ::pclose(pipe);
    outcome.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (separateStderr) {
        std::stringstream text;
        text << std::ifstream(errorsFile).rdbuf();
        outcome.errors = text.str();
    }
    return outcome;
}

TempDir::TempDir() {
    char pattern[] = "/tmp/verdict-cli-test-XXXXXX";
    m_path = ::mkdtemp(pattern);
    fs::permissions(m_path, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                fs::perms::others_read | fs::perms::others_exec);
}

TempDir::~TempDir() {
    std::error_code ignored;
    fs::remove_all(m_path, ignored);
}

fs::path TempDir::write(const std::string& relative, const std::string& text) const {
    fs::path path = m_path / relative;
    fs::create_directories(path.parent_path());
    std::ofstream(path) << text;
    return path;
}

}  // namespace verdict::tests
