#pragma once
// Which server a command talks to and with which token: --server URL, else $VERDICT_SERVER,
// else the one `verdict login` saved last; the token from $VERDICT_TOKEN, else the one saved
// for that server in $XDG_CONFIG_HOME/verdict/credentials.json (~/.config/...; mode 0600).
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "verdict/client/client.h"

namespace verdict::cli {

struct ServerSession {
    client::ServerAddress address;
    std::string url;
    std::string token;
};

// Removes `--server URL` from `args`. Nullopt with a message on `err` when no server is known
// or the URL is wrong; `needToken`: also when no token is known (then: run verdict login).
std::optional<ServerSession> openSession(std::vector<std::string>& args, bool needToken,
                                         const std::string& command, std::ostream& err);

// Saves the token for `url` and makes it the default server.
bool saveCredentials(const std::string& url, const std::string& username, const std::string& token,
                     std::string& error);

// A password: $name when set, else one line from stdin (not echoed on a terminal).
std::string readPassword(const char* environmentName, const std::string& prompt, std::ostream& err);

// Removes `option VALUE` from args; returns VALUE (empty when absent).
std::string takeOption(std::vector<std::string>& args, const std::string& option);
bool takeFlag(std::vector<std::string>& args, const std::string& flag);

}  // namespace verdict::cli
