// The commands that talk to a verdict-server: login, submit, watch, problems, admin.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli_support.h"
#include "server_session.h"
#include "verdict/cli/commands.h"
#include "verdict/client/event_stream.h"
#include "verdict/judge/work_dir.h"
#include "verdict/languages/catalogue.h"
#include "verdict/packages/zip_create.h"

namespace verdict::cli {

namespace {

namespace fs = std::filesystem;

int fail(std::ostream& err, const std::string& command, const client::ClientError& error) {
    err << "verdict " << command << ": " << error.describe() << "\n";
    return kExitError;
}

std::optional<std::string> readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// A package as zip bytes: a .zip/.kpp file as it is, a folder zipped here.
std::optional<std::string> packageZip(const fs::path& package, std::ostream& err) {
    if (!fs::is_directory(package))
        return readFile(package);
    auto scratch = judge::WorkDir::create("upload");  // removed with its contents
    if (!scratch) {
        err << "verdict admin add-problem: " << scratch.failure().describe() << "\n";
        return std::nullopt;
    }
    fs::path archive = scratch->path() / "package.zip";
    std::string error;
    if (packages::zipDirectory(package, archive, "", error))
        return readFile(archive);
    err << "verdict admin add-problem: " << error << "\n";
    return std::nullopt;
}

// --language ID, else the catalogue's language for the file's extension; "" (said on `err`)
// when there is none.
std::string languageFor(const std::string& given, const fs::path& file, const std::string& command,
                        std::ostream& err) {
    if (!given.empty())
        return given;
    auto catalogue = languages::Catalogue::load(languages::Catalogue::defaultPath());
    const auto* language = catalogue ? languageOf(catalogue.value(), file) : nullptr;
    if (language == nullptr) {
        err << "verdict " << command << ": unknown language for " << file.string()
            << "; give --language ID\n";
        return {};
    }
    return language->id;
}

// "[#####.....] 5/10"
std::string progressBar(std::int64_t done, std::int64_t total) {
    const int width = 20;
    int filled = total > 0 ? static_cast<int>(done * width / total) : 0;
    return "[" + std::string(static_cast<std::size_t>(filled), '#') +
           std::string(static_cast<std::size_t>(width - filled), '.') + "] " +
           std::to_string(done) + "/" + std::to_string(total);
}

void printEvent(const nlohmann::json& event, std::ostream& out) {
    std::string status = event.value("status", "");
    if (status == "running" && event.contains("result")) {
        const auto& result = event["result"];
        out << progressBar(event.value("test", 0), event.value("tests", 0)) << "  "
            << result.value("name", "") << ": " << result.value("verdict", "") << "  "
            << result.value("cpu_ms", 0) << " ms  " << result.value("memory_kib", 0) << " KiB\n";
    } else if (status == "done") {
        out << "verdict: " << event.value("verdict", event.value("result", std::string("done")));
        if (event.contains("score"))
            out << "  score " << event["score"];
        out << "\n";
    } else if (status != "running") {
        out << status << (event.value("attempt", 1) > 1 ? " (judged again)" : "") << "\n";
    }
    out.flush();
}

// Follows a submission to its verdict: exit 0 AC, 1 another verdict, 2 an error.
int followSubmission(const ServerSession& session, std::int64_t id, std::ostream& out,
                     std::ostream& err, const std::string& command) {
    client::EventStream stream(session.address, session.token);
    auto done = stream.follow(client::Target::Submission, id,
                              [&](const nlohmann::json& event) { printEvent(event, out); });
    if (!done)
        return fail(err, command, done.error);
    std::string verdict = done.value->value("verdict", "");
    if (verdict == "JE")
        return kExitError;
    return verdict == "AC" ? kExitAccepted : kExitRejected;
}

}  // namespace

int loginCommand(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err) {
    auto args = arguments;
    std::string user = takeOption(args, "--user");
    auto session = openSession(args, false, "login", err);
    if (!session)
        return kExitError;
    if (user.empty())
        user = "admin";
    client::Client api(session->address);
    auto result =
        api.login(user, readPassword("VERDICT_PASSWORD", "password for " + user + ": ", err));
    if (!result)
        return fail(err, "login", result.error);
    std::string error;
    if (!saveCredentials(session->url, user, api.token(), error)) {
        err << "verdict login: " << error << "\n";
        return kExitError;
    }
    out << "logged in to " << session->url << " as " << user << "\n";
    return 0;
}

int submitCommand(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err) {
    auto args = arguments;
    std::string problem = takeOption(args, "--problem");
    std::string languageId = takeOption(args, "--language");
    auto session = openSession(args, true, "submit", err);
    if (!session)
        return kExitError;
    if (problem.empty() || args.size() != 1) {
        err << "verdict submit: usage: verdict submit [--server URL] --problem P FILE "
               "[--language ID]\n";
        return kExitError;
    }
    auto source = readFile(args[0]);
    if (!source) {
        err << "verdict submit: cannot read " << args[0] << "\n";
        return kExitError;
    }
    languageId = languageFor(languageId, args[0], "submit", err);
    if (languageId.empty())
        return kExitError;
    client::Client api(session->address, session->token);
    nlohmann::json problemRef = problem;
    if (problem.find_first_not_of("0123456789") == std::string::npos)
        problemRef = std::stoll(problem);
    auto id = api.submit(problemRef, languageId, *source);
    if (!id)
        return fail(err, "submit", id.error);
    out << "submission " << *id.value << " queued\n";
    return followSubmission(*session, *id.value, out, err, "submit");
}

int watchCommand(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err) {
    auto args = arguments;
    auto session = openSession(args, true, "watch", err);
    if (!session)
        return kExitError;
    if (args.size() != 1 || args[0].find_first_not_of("0123456789") != std::string::npos) {
        err << "verdict watch: usage: verdict watch [--server URL] SUBMISSION_ID\n";
        return kExitError;
    }
    return followSubmission(*session, std::stoll(args[0]), out, err, "watch");
}

int problemsCommand(const std::vector<std::string>& arguments, std::ostream& out,
                    std::ostream& err) {
    auto args = arguments;
    bool json = takeFlag(args, "--json");
    auto session = openSession(args, true, "problems", err);
    if (!session)
        return kExitError;
    client::Client api(session->address, session->token);
    auto list = api.get("/api/v1/problems");
    if (!list)
        return fail(err, "problems", list.error);
    if (json) {
        out << list.value->dump() << "\n";
        return 0;
    }
    for (const auto& problem : *list.value) {
        out << problem.value("id", 0) << "  " << problem.value("short_name", "") << "  "
            << problem.value("name", "") << "\n";
    }
    return 0;
}

namespace {

// The submissions whose judging failed on our side after every retry (verdict JE), newest first.
int listJudgeErrors(client::Client& api, bool json, std::ostream& out, std::ostream& err) {
    // The server shows a non-admin only their own: say so instead of an empty list.
    auto me = api.get("/api/v1/users/me");
    if (!me)
        return fail(err, "admin judge-errors", me.error);
    if (!me.value->value("admin", false)) {
        err << "verdict admin judge-errors: " << me.value->value("username", "this user")
            << " is not an admin; log in as one (verdict login --user NAME)\n";
        return kExitError;
    }
    auto list = api.get("/api/v1/submissions?all&verdict=JE&limit=500");
    if (!list)
        return fail(err, "admin judge-errors", list.error);
    if (json) {
        out << list.value->dump() << "\n";
        return 0;
    }
    if (list.value->empty())
        out << "no judge errors\n";
    for (const auto& submission : *list.value) {
        const auto& result = submission["result"];
        std::string why = result.is_object() ? result.value("error", "") : "";
        out << "submission " << submission.value("id", 0) << "  user "
            << submission.value("user", 0) << "  problem " << submission.value("problem", 0) << "  "
            << submission.value("language", "") << ": " << (why.empty() ? "no reason kept" : why)
            << "\n";
    }
    return 0;
}

}  // namespace

int adminCommand(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err) {
    auto args = arguments;
    std::string name = takeOption(args, "--name");
    bool admin = takeFlag(args, "--admin");
    bool json = takeFlag(args, "--json");
    auto session = openSession(args, true, "admin", err);
    if (!session)
        return kExitError;
    client::Client api(session->address, session->token);
    if (args.size() == 2 && args[0] == "add-problem") {
        auto zip = packageZip(args[1], err);
        if (!zip) {
            err << "verdict admin add-problem: cannot read " << args[1] << "\n";
            return kExitError;
        }
        std::string path = "/api/v1/problems" + (name.empty() ? "" : "?name=" + name);
        auto added = api.postBytes(path, *zip, "application/zip");
        if (!added)
            return fail(err, "admin add-problem", added.error);
        out << "problem " << (*added.value)["id"] << " " << added.value->value("short_name", "")
            << ": " << added.value->value("name", "") << "\n";
        return 0;
    }
    if (args.size() == 2 && args[0] == "add-user") {
        std::string password =
            readPassword("VERDICT_NEW_PASSWORD", "password for " + args[1] + ": ", err);
        auto added = api.post("/api/v1/users",
                              {{"username", args[1]}, {"password", password}, {"admin", admin}});
        if (!added)
            return fail(err, "admin add-user", added.error);
        out << "user " << (*added.value)["id"] << " " << args[1] << (admin ? " (admin)" : "")
            << "\n";
        return 0;
    }
    if (args.size() == 1 && args[0] == "judge-errors")
        return listJudgeErrors(api, json, out, err);
    err << "verdict admin: usage: verdict admin add-problem PACKAGE(.zip or folder) [--name "
           "SHORT]\n"
           "                      verdict admin add-user NAME [--admin]\n"
           "                      verdict admin judge-errors [--json]\n";
    return kExitError;
}

int remoteRunCommand(const std::vector<std::string>& arguments, std::ostream& out,
                     std::ostream& err) {
    auto args = arguments;
    std::string input = takeOption(args, "--stdin");
    std::string languageId = takeOption(args, "--language");
    bool json = takeFlag(args, "--json");
    auto session = openSession(args, true, "run", err);
    if (!session)
        return kExitError;
    if (args.size() != 1) {
        err << "verdict run: usage: verdict run SOURCE --server URL [--stdin FILE] "
               "[--language ID] [--json]\n";
        return kExitError;
    }
    auto source = readFile(args[0]);
    auto stdinText = input.empty() ? std::optional<std::string>("") : readFile(input);
    if (!source || !stdinText) {
        err << "verdict run: cannot read " << (source ? input : args[0]) << "\n";
        return kExitError;
    }
    languageId = languageFor(languageId, args[0], "run", err);
    if (languageId.empty())
        return kExitError;
    client::Client api(session->address, session->token);
    auto id = api.startRun(languageId, *source, *stdinText);
    if (!id)
        return fail(err, "run", id.error);
    client::EventStream stream(session->address, session->token);
    auto done = stream.follow(client::Target::Run, *id.value, {});
    if (!done)
        return fail(err, "run", done.error);
    auto run = api.get("/api/v1/runs/" + std::to_string(*id.value));
    if (!run)
        return fail(err, "run", run.error);
    const auto& result = (*run.value)["result"];
    if (json) {
        out << result.dump() << "\n";
    } else {
        if (!result["compile"].value("ok", false))
            err << result["compile"].value("output", "");
        out << result.value("stdout", "") << std::flush;
        err << result.value("stderr", "") << "status: " << result.value("status", "")
            << "  exit code " << result.value("exit_code", 0) << "  " << result.value("cpu_ms", 0)
            << " ms cpu  " << result.value("memory_kib", 0) << " KiB\n";
    }
    return result.value("status", "") == "ok" && result.value("exit_code", 1) == 0 ? kExitAccepted
                                                                                   : kExitRejected;
}

}  // namespace verdict::cli
