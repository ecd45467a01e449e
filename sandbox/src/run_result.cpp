#include "verdict/sandbox/run_result.h"

#include "json_writer.h"

namespace verdict::sandbox {

const char* statusName(Status status) {
    switch (status) {
        case Status::Ok:
            return "ok";
        case Status::NonzeroExit:
            return "nonzero_exit";
        case Status::Signaled:
            return "signaled";
        case Status::TimeLimit:
            return "time_limit";
        case Status::WallLimit:
            return "wall_limit";
        case Status::MemoryLimit:
            return "memory_limit";
        case Status::OutputLimit:
            return "output_limit";
        case Status::SandboxError:
            return "sandbox_error";
    }
    return "sandbox_error";
}

std::string toJson(const std::vector<Degradation>& degraded) {
    std::string out = "[";
    for (const auto& item : degraded) {
        if (out.size() > 1) {
            out += ", ";
        }
        out += JsonObjectWriter()
                   .field("feature", item.feature)
                   .field("fallback", item.fallback)
                   .field("reason", item.reason)
                   .finish();
    }
    return out + "]";
}

static std::string isolationJson(const Isolation& isolation) {
    return JsonObjectWriter()
        .field("cgroup_mode", isolation.cgroupMode)
        .field("user_namespace", isolation.userNamespace)
        .field("box_uid", static_cast<std::uint64_t>(isolation.boxUid))
        .raw("degraded", toJson(isolation.degraded))
        .finish();
}

std::string toJson(const RunResult& result) {
    JsonObjectWriter writer;
    writer.field("status", statusName(result.status))
        .field("exit_code", result.exitCode)
        .field("signal", result.signal)
        .field("cpu_ms", result.cpuMs)
        .field("wall_ms", result.wallMs)
        .field("memory_kib", result.memoryKib)
        .field("output_bytes", result.outputBytes)
        .raw("isolation", isolationJson(result.isolation));
    if (result.status == Status::SandboxError) {
        writer.field("error", result.error);
    }
    return writer.finish();
}

std::string toHumanLine(const RunResult& result) {
    if (result.status == Status::SandboxError) {
        return "verdict-sandbox: error: " + result.error;
    }
    std::string line = std::string("verdict-sandbox: ") + statusName(result.status);
    line += " exit=" + std::to_string(result.exitCode);
    if (result.signal != 0) {
        line += " signal=" + std::to_string(result.signal);
    }
    line += " cpu=" + std::to_string(result.cpuMs) + "ms";
    line += " wall=" + std::to_string(result.wallMs) + "ms";
    line += " memory=" + std::to_string(result.memoryKib) + "KiB";
    line += " output=" + std::to_string(result.outputBytes) + "B";
    line += " cgroups=" + result.isolation.cgroupMode;
    for (const auto& item : result.isolation.degraded) {
        line += " degraded:" + item.feature + "=" + item.fallback;
    }
    return line;
}

}  // namespace verdict::sandbox
