#include "verdict/app/server_options.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

namespace verdict::app {

namespace {

std::optional<int> parseCount(const std::string& text, int low, int high) {
    int value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < low || value > high)
        return std::nullopt;
    return value;
}

bool parseListen(const std::string& text, http::ServerOptions& options) {
    std::size_t colon = text.rfind(':');
    if (colon == std::string::npos)
        return false;
    auto port = parseCount(text.substr(colon + 1), 0, 65535);
    if (!port)
        return false;
    options.host = text.substr(0, colon);
    if (options.host.size() > 2 && options.host.front() == '[' && options.host.back() == ']')
        options.host = options.host.substr(1, options.host.size() - 2);
    options.port = static_cast<std::uint16_t>(*port);
    return !options.host.empty();
}

// The --config file: a JSON object of optional settings (docs/server.md).
bool applyConfig(const std::filesystem::path& file, ServerSettings& settings, std::string& error) {
    std::ifstream in(file);
    if (!in) {
        error = "cannot read the config file " + file.string();
        return false;
    }
    auto json = nlohmann::json::parse(in, nullptr, false);
    if (!json.is_object()) {
        error = file.string() + " is not a JSON object";
        return false;
    }
    try {
        settings.workers.runners = json.value("runners", settings.workers.runners);
        settings.workers.lease = std::chrono::milliseconds(
            json.value("lease_ms", static_cast<std::int64_t>(settings.workers.lease.count())));
        settings.workers.maxAttempts = json.value("max_attempts", settings.workers.maxAttempts);
        settings.api.queueCapacity = json.value("queue_capacity", settings.api.queueCapacity);
        settings.api.submissionsPerMinute =
            json.value("submissions_per_minute", settings.api.submissionsPerMinute);
        settings.api.burst = json.value("burst", settings.api.burst);
        settings.api.defaultCodeLimitBytes =
            json.value("code_limit_bytes", settings.api.defaultCodeLimitBytes);
        settings.drain = std::chrono::seconds(json.value("drain_seconds", settings.drain.count()));
        settings.http.apiThreads = json.value("api_threads", settings.http.apiThreads);
        if (json.contains("contest")) {
            std::string why;
            settings.api.contest = api::parseContest(json["contest"], why);
            if (!settings.api.contest) {
                error = file.string() + ": " + why;
                return false;
            }
        }
    } catch (const nlohmann::json::exception& wrong) {
        error = file.string() + ": a setting has the wrong type (" + wrong.what() + ")";
        return false;
    }
    return true;
}

}  // namespace

const char* serverUsage() {
    return "usage: verdict-server --data DIR [--listen HOST:PORT] [--workers N]\n"
           "                      [--tls-cert FILE --tls-key FILE] [--config FILE]\n"
           "                      [--port-file FILE]\n"
           "Serves the Verdict API (docs/api.md) from DIR (created when missing).\n"
           "First start: the admin account 'admin' gets $VERDICT_ADMIN_PASSWORD, or a\n"
           "generated password printed once.\n";
}

std::optional<ServerSettings> parseServerArguments(const std::vector<std::string>& args,
                                                   std::string& error) {
    ServerSettings settings;
    settings.workers.judges = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    std::optional<std::filesystem::path> config;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& option = args[i];
        if (i + 1 >= args.size()) {
            error = "'" + option + "' needs a value (or is unknown)";
            return std::nullopt;
        }
        const std::string& value = args[++i];
        if (option == "--data") {
            settings.dataDir = value;
        } else if (option == "--listen") {
            if (!parseListen(value, settings.http)) {
                error = "--listen takes HOST:PORT, e.g. 127.0.0.1:8080 or 0.0.0.0:0";
                return std::nullopt;
            }
        } else if (option == "--workers") {
            auto count = parseCount(value, 0, 256);
            if (!count) {
                error = "--workers takes 0 (accept and queue only) to 256";
                return std::nullopt;
            }
            settings.workers.judges = *count;
        } else if (option == "--tls-cert") {
            settings.http.tlsCertificate = value;
        } else if (option == "--tls-key") {
            settings.http.tlsKey = value;
        } else if (option == "--config") {
            config = value;
        } else if (option == "--port-file") {
            settings.portFile = value;
        } else {
            error = "unknown option '" + option + "'";
            return std::nullopt;
        }
    }
    if (settings.dataDir.empty()) {
        error = "--data DIR is required";
        return std::nullopt;
    }
    if (config && !applyConfig(*config, settings, error))
        return std::nullopt;
    settings.api.dataDir = settings.dataDir;
    settings.workers.validatorCache = settings.dataDir / "validator-cache";
    return settings;
}

}  // namespace verdict::app
