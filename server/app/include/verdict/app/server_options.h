#pragma once
// verdict-server's command line and --config file.
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "verdict/api/api.h"
#include "verdict/http/server.h"
#include "verdict/worker/worker_pool.h"

namespace verdict::app {

struct ServerSettings {
    std::filesystem::path dataDir;
    http::ServerOptions http;
    worker::WorkerConfig workers;
    api::ApiConfig api;
    std::chrono::seconds drain{30};                 // SIGTERM: time to finish what is running
    std::optional<std::filesystem::path> portFile;  // the bound port is written here
};

// Parses the arguments (after argv[0]); on a usage error returns nullopt with `error` set.
std::optional<ServerSettings> parseServerArguments(const std::vector<std::string>& args,
                                                   std::string& error);
const char* serverUsage();

}  // namespace verdict::app
