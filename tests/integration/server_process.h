#pragma once
// A real verdict-server process for tests and benchmarks: its own data dir, port 0, the admin
// password set; started, signalled (SIGTERM, SIGKILL) and restarted on the same data dir.
#include <sys/types.h>

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "verdict/client/client.h"

namespace verdict::tests {

constexpr const char* kAdminPassword = "admin-password-1";

class ServerProcess {
  public:
    // `workers`: judging threads (--workers; 0 queues without judging).
    explicit ServerProcess(nlohmann::json config = nlohmann::json::object(), int workers = 1);
    ~ServerProcess();

    // More verdict-server options for every start; "--tls-cert F --tls-key K" first makes the
    // address https.
    void addArguments(std::vector<std::string> arguments) {
        m_extraArguments = std::move(arguments);
    }
    // Waits until it listens (a restart on the same port); false when it does not.
    bool start();
    // Clients of this server: TLS ones pin the certificate with this SHA-256 (hex).
    void pinCertificate(const std::string& sha256) { m_address.pinnedSha256 = sha256; }
    void signal(int number);
    int wait();  // its exit status (-signal when killed)
    bool running() const { return m_pid > 0; }
    pid_t pid() const { return m_pid; }

    const client::ServerAddress& address() const { return m_address; }
    std::unique_ptr<client::Client> login(const std::string& user, const std::string& password);
    std::unique_ptr<client::Client> admin() { return login("admin", kAdminPassword); }
    std::string logs() const;  // what it wrote to stderr
    const std::filesystem::path& dataDir() const { return m_dataDir; }

  private:
    std::filesystem::path m_root, m_dataDir;
    pid_t m_pid = -1;
    int m_workers = 1;
    std::vector<std::string> m_extraArguments;
    client::ServerAddress m_address;
};

// The bundled aplusb package as zip bytes (for POST /api/v1/problems).
std::string aplusbZip();

}  // namespace verdict::tests
