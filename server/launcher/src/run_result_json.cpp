// The helper's JSON result back into a RunResult (the inverse of sandbox::toJson).
#include <nlohmann/json.hpp>

#include "verdict/launcher/sandbox_launcher.h"

namespace verdict::launcher {

namespace {

using sandbox::Failure;
using sandbox::Status;

constexpr std::pair<const char*, Status> kStatuses[] = {
    {"ok", Status::Ok},
    {"nonzero_exit", Status::NonzeroExit},
    {"signaled", Status::Signaled},
    {"time_limit", Status::TimeLimit},
    {"wall_limit", Status::WallLimit},
    {"memory_limit", Status::MemoryLimit},
    {"output_limit", Status::OutputLimit},
    {"sandbox_error", Status::SandboxError},
};

std::optional<Status> statusFromName(const std::string& name) {
    for (const auto& [text, status] : kStatuses) {
        if (name == text)
            return status;
    }
    return std::nullopt;
}

sandbox::Isolation isolationFrom(const nlohmann::json& json) {
    sandbox::Isolation isolation;
    isolation.cgroupMode = json.at("cgroup_mode").get<std::string>();
    isolation.userNamespace = json.at("user_namespace").get<bool>();
    isolation.boxUid = json.at("box_uid").get<std::uint32_t>();
    for (const auto& item : json.at("degraded")) {
        isolation.degraded.push_back({item.at("feature").get<std::string>(),
                                      item.at("fallback").get<std::string>(),
                                      item.at("reason").get<std::string>()});
    }
    return isolation;
}

}  // namespace

Expected<RunResult> parseRunResult(std::string_view text) {
    auto json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.is_object()) {
        return Failure{"read the sandbox result", 0,
                       "not a JSON object: '" + std::string(text.substr(0, 200)) + "'"};
    }
    try {
        RunResult result;
        auto status = statusFromName(json.at("status").get<std::string>());
        if (!status)
            return Failure{"read the sandbox result", 0, "unknown status"};
        result.status = *status;
        result.exitCode = json.at("exit_code").get<int>();
        result.signal = json.at("signal").get<int>();
        result.cpuMs = json.at("cpu_ms").get<std::uint64_t>();
        result.wallMs = json.at("wall_ms").get<std::uint64_t>();
        result.memoryKib = json.at("memory_kib").get<std::uint64_t>();
        result.outputBytes = json.at("output_bytes").get<std::uint64_t>();
        result.isolation = isolationFrom(json.at("isolation"));
        result.error = json.value("error", "");
        return result;
    } catch (const nlohmann::json::exception& error) {
        return Failure{"read the sandbox result", 0, error.what()};
    }
}

}  // namespace verdict::launcher
