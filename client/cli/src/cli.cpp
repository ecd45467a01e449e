#include <functional>
#include <map>

#include "verdict/cli/commands.h"

namespace verdict::cli {

namespace {

const char* kUsage = R"(usage: verdict COMMAND [ARGS]

commands:
  judge PROBLEM SOURCE [--language ID] [--json]
      compile SOURCE (a file or a folder) and judge it on the problem package PROBLEM
      (a folder, .zip or .kpp) in the sandbox; one line per test, then the verdict.
      Exit status: 0 accepted, 1 another verdict, 2 an error (usage, package, language).
  verify PROBLEM [--json]
      judge every example submission under PROBLEM's submissions/ and check it gets what its
      folder, submissions.yaml or @EXPECTED_RESULTS@ tag promises; a table, then a summary.
      Submissions whose language is not installed are listed as skipped.
      Exit status: 0 all as expected, 1 some not, 2 an error (usage, package, judge error).
  languages [--json]
      the language catalogue: ids, extensions, whether the toolchain is installed here and
      its version.
  run SOURCE [--language ID] [--stdin FILE] [--time S] [--memory MIB] [--json]
      compile SOURCE and run it once in the sandbox (a custom test; default 1 s, 256 MiB,
      input /dev/null); prints its output, then a status line on stderr.
      Exit status: 0 it ran and exited 0, 1 otherwise (compile error, limits, exit code),
      2 an error (usage, missing file, language, sandbox).
      With --server URL: the same on the server's compilers and limits (POST /api/v1/runs).

talking to a verdict-server (--server URL, else $VERDICT_SERVER, else the last login):
  login --server URL [--user NAME]
      log in (password from $VERDICT_PASSWORD or stdin); the token is kept in
      $XDG_CONFIG_HOME/verdict/credentials.json (mode 0600).
  submit [--server URL] --problem P FILE [--language ID]
      submit FILE to problem P (id or short name) and follow the verdict live.
      Exit status: 0 accepted, 1 another verdict, 2 an error.
  watch [--server URL] ID
      follow submission ID live to its verdict (same exit status as submit).
  problems [--server URL] [--json]
      the server's problems.
  admin add-problem PACKAGE [--name SHORT] | admin add-user NAME [--admin]
      (admins) add a problem package (.zip or a folder), add a user (password from $VERDICT_NEW_PASSWORD or stdin).
  admin judge-errors [--json]
      (admins) the submissions the judge failed on after every retry (verdict JE), with why.
)";

using Command = std::function<int(const std::vector<std::string>&, std::ostream&, std::ostream&)>;

}  // namespace

int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (args.empty() || args[0] == "--help" || args[0] == "help") {
        out << kUsage;
        return args.empty() ? kExitError : 0;
    }
    static const std::map<std::string, Command> kCommands = {
        {"judge", judgeCommand}, {"verify", verifyCommand},     {"languages", languagesCommand},
        {"run", runCommand},     {"login", loginCommand},       {"submit", submitCommand},
        {"watch", watchCommand}, {"problems", problemsCommand}, {"admin", adminCommand}};
    auto command = kCommands.find(args[0]);
    if (command == kCommands.end()) {
        err << "verdict: unknown command '" << args[0] << "'\n" << kUsage;
        return kExitError;
    }
    try {
        return command->second({args.begin() + 1, args.end()}, out, err);
    } catch (const std::exception& error) {  // never a crash: a bug here is still one line
        err << "verdict " << args[0] << ": internal error: " << error.what() << "\n";
        return kExitError;
    }
}

}  // namespace verdict::cli
