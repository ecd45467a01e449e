// TLS (a self-signed certificate, pinned by the client) and a client that keeps following a
// submission while the server is killed and restarted under it: it reconnects and resumes
// after the last event it saw, losing nothing and showing nothing twice.
#include <gtest/gtest.h>
#include <signal.h>
#include <stdlib.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <thread>

#include "package_builder.h"
#include "server_process.h"
#include "verdict/client/event_stream.h"

namespace verdict::tests {
namespace {

namespace fs = std::filesystem;

const char* kSum = "a, b = map(int, input().split())\nprint(a + b)\n";
const char* kSlowSum =
    "import time\ntime.sleep(0.7)\na, b = map(int, input().split())\nprint(a + b)\n";

std::string commandOutput(const std::string& command) {
    std::string output;
    if (FILE* pipe = ::popen(command.c_str(), "r")) {
        char buffer[512];
        while (std::size_t got = std::fread(buffer, 1, sizeof buffer, pipe))
            output.append(buffer, got);
        ::pclose(pipe);
    }
    return output;
}

// A self-signed certificate for 127.0.0.1; returns its SHA-256 fingerprint (hex, no colons).
std::string makeCertificate(const fs::path& dir) {
    std::string key = (dir / "key.pem").string(), cert = (dir / "cert.pem").string();
    commandOutput(
        "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes "
        "-days 1 -subj /CN=127.0.0.1 -keyout " +
        key + " -out " + cert + " 2>&1");
    std::string line = commandOutput("openssl x509 -in " + cert + " -noout -fingerprint -sha256");
    std::string hex;
    for (char c : line.substr(line.find('=') + 1)) {
        if (std::isxdigit(static_cast<unsigned char>(c)))
            hex += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return hex;
}

class TlsServer : public testing::Test {
  protected:
    void SetUp() override {
        m_fingerprint = makeCertificate(m_certs.path());
        ASSERT_EQ(m_fingerprint.size(), 64u) << "openssl did not make a certificate";
        m_server.addArguments({"--tls-cert", (m_certs.path() / "cert.pem").string(), "--tls-key",
                               (m_certs.path() / "key.pem").string()});
        ASSERT_TRUE(m_server.start()) << m_server.logs();
    }

    packages::testing::ScratchDirectory m_certs;
    std::string m_fingerprint;
    ServerProcess m_server;
};

TEST_F(TlsServer, APinnedClientSubmitsAndFollowsOverTls) {
    m_server.pinCertificate(m_fingerprint);
    auto admin = m_server.admin();
    ASSERT_TRUE(admin) << m_server.logs();
    EXPECT_EQ(admin->serverCertificateSha256(), m_fingerprint);
    ASSERT_TRUE(admin->postBytes("/api/v1/problems?name=aplusb", aplusbZip(), "application/zip"));
    auto id = admin->submit("aplusb", "python3", kSum);
    ASSERT_TRUE(id) << id.error.describe();
    client::EventStream stream(m_server.address(), admin->token());
    auto done = stream.follow(client::Target::Submission, *id.value, {});
    ASSERT_TRUE(done) << done.error.describe();
    EXPECT_EQ((*done.value)["verdict"], "AC");
}

TEST_F(TlsServer, AnUnpinnedSelfSignedCertificateOrAWrongPinIsRefused) {
    client::Client verifying(m_server.address());
    auto refused = verifying.login("admin", kAdminPassword);
    EXPECT_FALSE(refused);
    EXPECT_EQ(refused.error.code, "tls") << refused.error.describe();

    client::ServerAddress wrongPin = m_server.address();
    wrongPin.pinnedSha256 = std::string(64, 'a');
    client::Client pinnedWrong(wrongPin);
    auto mismatch = pinnedWrong.login("admin", kAdminPassword);
    EXPECT_EQ(mismatch.error.code, "tls");
    EXPECT_NE(mismatch.error.message.find(m_fingerprint), std::string::npos)
        << "the error shows the real fingerprint, to pin it knowingly";
}

TEST(ResumeAcrossRestart, TheStreamReconnectsAndResumesWithoutLossOrRepeats) {
    ServerProcess server(nlohmann::json{{"lease_ms", 1500}});
    ASSERT_TRUE(server.start()) << server.logs();
    auto admin = server.admin();
    ASSERT_TRUE(admin);
    ASSERT_TRUE(admin->postBytes("/api/v1/problems?name=aplusb", aplusbZip(), "application/zip"));
    auto id = admin->submit("aplusb", "python3", kSlowSum);
    ASSERT_TRUE(id);

    std::vector<nlohmann::json> events;
    std::atomic<bool> judging{false};
    client::EventStream stream(server.address(), admin->token());
    client::Result<nlohmann::json> done;
    std::thread follower([&] {
        done = stream.follow(
            client::Target::Submission, *id.value,
            [&](const nlohmann::json& event) {
                events.push_back(event);
                if (event.contains("result"))
                    judging = true;
            },
            0, std::chrono::seconds(60), 100);
    });
    while (!judging)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    server.signal(SIGKILL);
    server.wait();
    ASSERT_TRUE(server.start()) << server.logs();  // the same port
    follower.join();
    ASSERT_TRUE(done) << done.error.describe();
    EXPECT_GE(stream.reconnects(), 1);
    int finals = 0;
    for (std::size_t i = 0; i < events.size(); ++i) {
        EXPECT_EQ(events[i]["seq"], i + 1) << "every event once, in order";
        finals += events[i]["status"] == "done";
    }
    EXPECT_EQ(finals, 1);
    EXPECT_EQ((*done.value)["verdict"], "AC");
}

// cancel() from another thread ends a follow that waits for events (a queued submission that
// nobody judges), and one that is between reconnections (the server is gone), within moments.
TEST(CancelFollow, EndsAWaitingOrReconnectingFollowAtOnce) {
    ServerProcess server(nlohmann::json::object(), 0);  // no workers: it stays queued
    ASSERT_TRUE(server.start()) << server.logs();
    auto admin = server.admin();
    ASSERT_TRUE(admin);
    ASSERT_TRUE(admin->postBytes("/api/v1/problems?name=aplusb", aplusbZip(), "application/zip"));
    auto id = admin->submit("aplusb", "python3", kSum);
    ASSERT_TRUE(id);
    for (bool serverGone : {false, true}) {
        if (serverGone) {
            server.signal(SIGKILL);
            server.wait();
        }
        client::EventStream stream(server.address(), admin->token());
        client::Result<nlohmann::json> done;
        std::atomic<int> events{0};
        std::thread follower([&] {
            done = stream.follow(
                client::Target::Submission, *id.value, [&](const nlohmann::json&) { ++events; }, 0,
                std::chrono::minutes(5), 1000);
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        const auto cancelledAt = std::chrono::steady_clock::now();
        stream.cancel();
        follower.join();
        const auto took = std::chrono::steady_clock::now() - cancelledAt;
        EXPECT_FALSE(done);
        EXPECT_EQ(done.error.code, "cancelled");
        EXPECT_LT(took, std::chrono::seconds(2));
        EXPECT_EQ(events.load(), serverGone ? 0 : 1);  // "queued", then nothing
    }
}

}  // namespace
}  // namespace verdict::tests
