#include "verdict/cli/commands.h"

namespace verdict::cli {

namespace {

const char* kUsage = R"(usage: verdict COMMAND [ARGS]

commands:
  judge PROBLEM SOURCE [--language ID] [--json]
      compile SOURCE (a file or a folder) and judge it on the problem package PROBLEM
      (a folder, .zip or .kpp) in the sandbox; one line per test, then the verdict.
      Exit status: 0 accepted, 1 another verdict, 2 an error (usage, package, language).
)";

}  // namespace

int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (args.empty() || args[0] == "--help" || args[0] == "help") {
        out << kUsage;
        return args.empty() ? kExitError : 0;
    }
    if (args[0] == "judge") {
        return judgeCommand({args.begin() + 1, args.end()}, out, err);
    }
    err << "verdict: unknown command '" << args[0] << "'\n" << kUsage;
    return kExitError;
}

}  // namespace verdict::cli
