#include "server_process.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

#include "package_builder.h"

extern char** environ;

namespace verdict::tests {

namespace fs = std::filesystem;

namespace {

std::string readAll(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

ServerProcess::ServerProcess(nlohmann::json config, int workers) : m_workers(workers) {
    char pattern[] = "/tmp/verdict-server-test-XXXXXX";
    m_root = ::mkdtemp(pattern);
    fs::permissions(m_root, fs::perms::owner_all | fs::perms::group_exec | fs::perms::others_exec);
    m_dataDir = m_root / "data";
    config["drain_seconds"] = config.value("drain_seconds", 20);
    std::ofstream(m_root / "config.json") << config.dump();
}

ServerProcess::~ServerProcess() {
    if (m_pid > 0) {
        signal(SIGKILL);
        wait();
    }
    std::error_code ignored;
    fs::remove_all(m_root, ignored);
}

bool ServerProcess::start() {
    fs::remove(m_root / "port");
    // A restart listens where the first start did, so clients can reconnect.
    std::string listenPort = m_address.port.empty() ? "0" : m_address.port;
    std::vector<std::string> args = {VERDICT_SERVER,
                                     "--data",
                                     m_dataDir.string(),
                                     "--listen",
                                     "127.0.0.1:" + listenPort,
                                     "--port-file",
                                     (m_root / "port").string(),
                                     "--config",
                                     (m_root / "config.json").string(),
                                     "--workers",
                                     std::to_string(m_workers)};
    args.insert(args.end(), m_extraArguments.begin(), m_extraArguments.end());
    std::vector<char*> argv;
    for (auto& arg : args)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    std::vector<std::string> environment = {
        std::string("VERDICT_ADMIN_PASSWORD=") + kAdminPassword,
        std::string("VERDICT_SANDBOX=") + VERDICT_SANDBOX_HELPER,
        std::string("VERDICT_LANGUAGES=") + VERDICT_LANGUAGES_JSON, "PATH=/usr/bin:/bin"};
    std::vector<char*> envp;
    for (auto& entry : environment)
        envp.push_back(entry.data());
    envp.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, (m_root / "stdout.log").c_str(),
                                     O_WRONLY | O_CREAT | O_APPEND, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, (m_root / "stderr.log").c_str(),
                                     O_WRONLY | O_CREAT | O_APPEND, 0600);
    int failed = posix_spawn(&m_pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (failed != 0) {
        m_pid = -1;
        return false;
    }
    for (int i = 0; i < 200; ++i) {
        std::string port = readAll(m_root / "port");
        if (!port.empty() && port.back() == '\n') {
            m_address.host = "127.0.0.1";
            m_address.tls = !m_extraArguments.empty() && m_extraArguments.front() == "--tls-cert";
            m_address.port = port.substr(0, port.size() - 1);
            return true;
        }
        int status = 0;
        if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_pid = -1;
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
}

void ServerProcess::signal(int number) {
    if (m_pid > 0)
        ::kill(m_pid, number);
}

int ServerProcess::wait() {
    if (m_pid <= 0)
        return -1;
    int status = 0;
    ::waitpid(m_pid, &status, 0);
    m_pid = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
}

std::unique_ptr<client::Client> ServerProcess::login(const std::string& user,
                                                     const std::string& password) {
    auto api = std::make_unique<client::Client>(m_address);
    auto result = api->login(user, password);
    return result ? std::move(api) : nullptr;
}

std::string ServerProcess::logs() const {
    return readAll(m_root / "stderr.log");
}

std::string aplusbZip() {
    packages::testing::ScratchDirectory scratch;
    fs::path archive = scratch.path() / "aplusb.zip";
    packages::testing::zipTree(fs::path(VERDICT_SOURCE_DIR) / "resources/problems/aplusb", archive);
    return readAll(archive);
}

}  // namespace verdict::tests
