#include "subscriber_swarm.h"

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>
#include <mutex>
#include <nlohmann/json.hpp>

namespace verdict::bench {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
using tcp = net::ip::tcp;

namespace {

constexpr int kInFlight = 256;

}  // namespace

struct SubscriberSwarm::Shared {
    net::io_context io;
    net::executor_work_guard<net::io_context::executor_type> guard{io.get_executor()};
    tcp::endpoint endpoint;
    std::string token;
    std::string subscribe;
    std::atomic<int> subscribed = 0, failed = 0, queued = 0;
    int wanted = 0, started = 0;  // io thread only
    std::vector<Clock::time_point> lastQueued;
    mutable std::mutex errorMutex;
    std::string firstError;

    void fail(const beast::error_code& ec, const char* step) {
        if (failed++ == 0) {
            std::lock_guard lock(errorMutex);
            firstError = std::string(step) + ": " + ec.message();
        }
        startNext();
    }
    void startNext();
};

namespace {

// One subscriber: connect → handshake → subscribe → read forever (doX / onX pairs).
class Subscriber : public std::enable_shared_from_this<Subscriber> {
  public:
    Subscriber(SubscriberSwarm::Shared& shared, std::size_t index)
        : m_shared(shared), m_index(index), m_ws(shared.io) {}

    void doConnect() {
        beast::get_lowest_layer(m_ws).expires_after(std::chrono::seconds(30));
        beast::get_lowest_layer(m_ws).async_connect(
            m_shared.endpoint,
            [self = shared_from_this()](beast::error_code ec) { self->onConnect(ec); });
    }

  private:
    void onConnect(beast::error_code ec) {
        if (ec)
            return m_shared.fail(ec, "connect");
        beast::get_lowest_layer(m_ws).expires_never();
        m_ws.set_option(websocket::stream_base::timeout::suggested(beast::role_type::client));
        m_ws.set_option(websocket::stream_base::decorator(
            [token = m_shared.token](websocket::request_type& request) {
                request.set(beast::http::field::authorization, "Bearer " + token);
            }));
        m_ws.async_handshake(
            "127.0.0.1", "/api/v1/events",
            [self = shared_from_this()](beast::error_code error) { self->onHandshake(error); });
    }

    void onHandshake(beast::error_code ec) {
        if (ec)
            return m_shared.fail(ec, "handshake");
        m_ws.text(true);
        m_ws.async_write(net::buffer(m_shared.subscribe),
                         [self = shared_from_this()](beast::error_code error, std::size_t) {
                             if (error)
                                 return self->m_shared.fail(error, "subscribe");
                             self->doRead();
                         });
    }

    void doRead() {
        m_ws.async_read(m_buffer, [self = shared_from_this()](beast::error_code ec, std::size_t) {
            self->onRead(ec);
        });
    }

    // Only what the measurement needs is looked at: no JSON parsing on the hot path.
    void onRead(beast::error_code ec) {
        if (ec)
            return m_shared.fail(ec, "read");
        auto now = SubscriberSwarm::Clock::now();
        std::string_view text(static_cast<const char*>(m_buffer.data().data()), m_buffer.size());
        if (text.find("\"status\":\"queued\"") != std::string_view::npos) {
            m_shared.lastQueued[m_index] = now;
            m_shared.queued.fetch_add(1, std::memory_order_release);
        } else if (text.find("\"type\":\"subscribed\"") != std::string_view::npos) {
            ++m_shared.subscribed;
            m_shared.startNext();
        }
        m_buffer.consume(m_buffer.size());
        doRead();
    }

    SubscriberSwarm::Shared& m_shared;
    std::size_t m_index;
    websocket::stream<beast::tcp_stream> m_ws;
    beast::flat_buffer m_buffer;
};

}  // namespace

void SubscriberSwarm::Shared::startNext() {
    if (started >= wanted)
        return;
    std::make_shared<Subscriber>(*this, static_cast<std::size_t>(started++))->doConnect();
}

SubscriberSwarm::SubscriberSwarm(const client::ServerAddress& address, std::string token,
                                 std::int64_t submission, std::int64_t afterSeq)
    : m_shared(std::make_unique<Shared>()) {
    m_shared->endpoint = tcp::endpoint(net::ip::make_address(address.host),
                                       static_cast<unsigned short>(std::stoi(address.port)));
    m_shared->token = std::move(token);
    m_shared->subscribe =
        nlohmann::json{{"type", "subscribe"}, {"submission", submission}, {"after_seq", afterSeq}}
            .dump();
    m_thread = std::jthread([shared = m_shared.get()] { shared->io.run(); });
}

SubscriberSwarm::~SubscriberSwarm() {
    m_shared->guard.reset();
    m_shared->io.stop();
    m_thread.join();
}

bool SubscriberSwarm::open(int count, std::chrono::milliseconds timeout) {
    m_shared->lastQueued.assign(static_cast<std::size_t>(count), Clock::time_point{});
    net::post(m_shared->io, [shared = m_shared.get(), count] {
        shared->wanted = count;
        for (int i = 0; i < kInFlight; ++i)
            shared->startNext();
    });
    auto deadline = Clock::now() + timeout;
    while (subscribed() + failed() < count && Clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    return subscribed() == count;
}

int SubscriberSwarm::subscribed() const {
    return m_shared->subscribed.load();
}

int SubscriberSwarm::failed() const {
    return m_shared->failed.load();
}

std::string SubscriberSwarm::firstError() const {
    std::lock_guard lock(m_shared->errorMutex);
    return m_shared->firstError;
}

bool SubscriberSwarm::waitForQueued(int events, std::chrono::milliseconds timeout) const {
    auto deadline = Clock::now() + timeout;
    while (m_shared->queued.load(std::memory_order_acquire) < events) {
        if (Clock::now() >= deadline)
            return false;
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    return true;
}

std::vector<SubscriberSwarm::Clock::time_point> SubscriberSwarm::lastQueuedTimes() const {
    return m_shared->lastQueued;
}

}  // namespace verdict::bench
