#include "bench_server.h"

#include <fstream>
#include <stdexcept>

namespace verdict::bench {

namespace {

constexpr const char* kUserPassword = "bench-password-1";

nlohmann::json benchConfig() {
    return {{"submissions_per_minute", 1e9},
            {"burst", 1e9},
            {"queue_capacity", 10'000'000},
            {"drain_seconds", 1}};
}

template <class T>
T valueOrThrow(client::Result<T> result, const std::string& step) {
    if (!result)
        throw std::runtime_error(step + ": " + result.error.describe());
    return *result.value;
}

}  // namespace

BenchServer::BenchServer(int workers) : m_process(benchConfig(), workers) {
    if (!m_process.start())
        throw std::runtime_error("verdict-server did not start:\n" + m_process.logs());
    m_admin = m_process.admin();
    if (!m_admin)
        throw std::runtime_error("cannot log in as admin:\n" + m_process.logs());
}

std::int64_t BenchServer::addProblem(const std::string& zip, const std::string& shortName) {
    auto reply = valueOrThrow(
        m_admin->postBytes("/api/v1/problems?name=" + shortName, zip, "application/zip"),
        "uploading " + shortName);
    return reply.at("id").get<std::int64_t>();
}

std::unique_ptr<client::Client> BenchServer::addUser(const std::string& name) {
    valueOrThrow(m_admin->post("/api/v1/users", {{"username", name}, {"password", kUserPassword}}),
                 "creating user " + name);
    return login(name);
}

std::unique_ptr<client::Client> BenchServer::login(const std::string& name) {
    auto user = m_process.login(name, kUserPassword);
    if (!user)
        throw std::runtime_error("cannot log in as " + name);
    return user;
}

long residentKib(pid_t pid) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string key;
    while (status >> key) {
        if (key == "VmRSS:") {
            long kib = 0;
            status >> kib;
            return kib;
        }
        status.ignore(1 << 20, '\n');
    }
    return -1;
}

}  // namespace verdict::bench
