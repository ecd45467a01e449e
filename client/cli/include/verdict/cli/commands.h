#pragma once
// The `verdict` command line: each command is a function over its arguments and output streams,
// so tests can call it directly as well as through the executable.
#include <ostream>
#include <string>
#include <vector>

namespace verdict::cli {

constexpr int kExitAccepted = 0;
constexpr int kExitRejected = 1;  // judged, and the verdict is not AC
constexpr int kExitError = 2;     // bad usage, unreadable package, missing language or toolchain

// `verdict judge PROBLEM SOURCE [--language ID] [--json]`.
int judgeCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// `verdict languages [--json]`: the catalogue, what is installed here and its versions.
int languagesCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// `verdict run SOURCE [--language ID] [--stdin FILE] [--time S] [--memory MIB] [--json]`.
int runCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// `verdict verify PROBLEM [--json]`: every example submission gets what it promises.
int verifyCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// The commands that talk to a verdict-server (server_commands.cpp).
int loginCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int submitCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int watchCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int problemsCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
// `verdict run SOURCE --server URL [--stdin FILE] [--language ID] [--json]`: on the server.
int remoteRunCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int adminCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace verdict::cli
