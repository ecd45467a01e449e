#include "server_session.h"

#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

namespace verdict::cli {

namespace {

namespace fs = std::filesystem;

fs::path credentialsFile() {
    const char* config = std::getenv("XDG_CONFIG_HOME");
    const char* home = std::getenv("HOME");
    fs::path base =
        config && *config ? fs::path(config) : fs::path(home && *home ? home : "/tmp") / ".config";
    return base / "verdict" / "credentials.json";
}

nlohmann::json loadCredentials() {
    std::ifstream in(credentialsFile());
    auto json = in ? nlohmann::json::parse(in, nullptr, false) : nlohmann::json::object();
    return json.is_object() ? json : nlohmann::json::object();
}

}  // namespace

std::string takeOption(std::vector<std::string>& args, const std::string& option) {
    auto it = std::find(args.begin(), args.end(), option);
    if (it == args.end() || it + 1 == args.end())
        return {};
    std::string value = *(it + 1);
    args.erase(it, it + 2);
    return value;
}

bool takeFlag(std::vector<std::string>& args, const std::string& flag) {
    auto it = std::find(args.begin(), args.end(), flag);
    if (it == args.end())
        return false;
    args.erase(it);
    return true;
}

std::optional<ServerSession> openSession(std::vector<std::string>& args, bool needToken,
                                         const std::string& command, std::ostream& err) {
    ServerSession session;
    session.url = takeOption(args, "--server");
    auto saved = loadCredentials();
    if (session.url.empty()) {
        const char* fromEnvironment = std::getenv("VERDICT_SERVER");
        session.url = fromEnvironment && *fromEnvironment ? fromEnvironment
                                                          : saved.value("default", std::string());
    }
    if (session.url.empty()) {
        err << "verdict " << command
            << ": which server? give --server URL (or log in first: verdict login --server URL)\n";
        return std::nullopt;
    }
    std::string error;
    auto address = client::parseServerAddress(session.url, error);
    if (!address) {
        err << "verdict " << command << ": " << error << "\n";
        return std::nullopt;
    }
    session.address = *address;
    const char* token = std::getenv("VERDICT_TOKEN");
    if (token && *token) {
        session.token = token;
    } else if (saved.contains("servers") && saved["servers"].contains(session.url)) {
        session.token = saved["servers"][session.url].value("token", std::string());
        session.address.pinnedSha256 = saved["servers"][session.url].value("pin", std::string());
    }
    if (needToken && session.token.empty()) {
        err << "verdict " << command << ": not logged in to " << session.url
            << "; run: verdict login --server " << session.url << "\n";
        return std::nullopt;
    }
    return session;
}

bool saveCredentials(const std::string& url, const std::string& username, const std::string& token,
                     std::string& error) {
    auto saved = loadCredentials();
    saved["default"] = url;
    saved["servers"][url] = {{"token", token}, {"username", username}};
    fs::path file = credentialsFile();
    std::error_code ec;
    fs::create_directories(file.parent_path(), ec);
    fs::path temporary = file.string() + ".new";
    {
        std::ofstream out(temporary, std::ios::trunc);
        ::chmod(temporary.c_str(), 0600);
        out << saved.dump(2) << "\n";
        if (!out) {
            error = "cannot write " + temporary.string();
            return false;
        }
    }
    fs::rename(temporary, file, ec);
    if (ec)
        error = "cannot write " + file.string() + ": " + ec.message();
    return !ec;
}

std::string readPassword(const char* environmentName, const std::string& prompt,
                         std::ostream& err) {
    if (const char* given = std::getenv(environmentName); given && *given)
        return given;
    bool terminal = ::isatty(STDIN_FILENO) != 0;
    termios saved{};
    if (terminal) {
        err << prompt << std::flush;
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string password;
    std::getline(std::cin, password);
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << "\n";
    }
    return password;
}

}  // namespace verdict::cli
