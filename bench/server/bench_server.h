#pragma once
// One verdict-server started for a measurement: its own data dir on port 0 (killed and removed
// when this object dies, also when the measurement throws), rate limits lifted so the
// benchmark measures the server and not its throttle, an admin logged in, a problem uploaded.
#include <memory>
#include <string>

#include "server_process.h"
#include "verdict/client/client.h"

namespace verdict::bench {

class BenchServer {
  public:
    // Throws std::runtime_error (with the server's stderr) when it cannot be started.
    explicit BenchServer(int workers);

    const client::ServerAddress& address() const { return m_process.address(); }
    pid_t pid() const { return m_process.pid(); }
    client::Client& admin() { return *m_admin; }

    // Uploads a problem package (zip bytes); returns its id.
    std::int64_t addProblem(const std::string& zip, const std::string& shortName);
    // Creates a user and returns a client logged in as that user.
    std::unique_ptr<client::Client> addUser(const std::string& name);
    // A client logged in as an existing user (one more connection).
    std::unique_ptr<client::Client> login(const std::string& name);

  private:
    tests::ServerProcess m_process;
    std::unique_ptr<client::Client> m_admin;
};

// The server's resident set size (VmRSS in /proc/PID/status), in KiB.
long residentKib(pid_t pid);

}  // namespace verdict::bench
