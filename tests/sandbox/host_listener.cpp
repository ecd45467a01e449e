#include "host_listener.h"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstddef>
#include <cstring>
#include <stdexcept>

namespace verdict::tests {

namespace {

std::runtime_error socketError(const std::string& what) {
    return std::runtime_error(what + ": " + std::strerror(errno));
}

socklen_t abstractAddress(const std::string& name, sockaddr_un& address) {
    address = {};
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path + 1, name.data(), name.size());
    return static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + 1 + name.size());
}

sockaddr_in inetAddress(const std::string& text, int port) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    ::inet_pton(AF_INET, text.c_str(), &address.sin_addr);
    return address;
}

}  // namespace

HostListener::HostListener(int fd, int family, std::string address, int port)
    : m_fd(fd), m_family(family), m_address(std::move(address)), m_port(port) {}

HostListener::HostListener(HostListener&& other) noexcept
    : m_fd(other.m_fd),
      m_family(other.m_family),
      m_address(std::move(other.m_address)),
      m_port(other.m_port) {
    other.m_fd = -1;
}

HostListener::~HostListener() {
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

HostListener HostListener::tcp(const std::string& address) {
    int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    sockaddr_in bound = inetAddress(address, 0);
    socklen_t length = sizeof bound;
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&bound), sizeof bound) != 0 ||
        ::listen(fd, 16) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&bound), &length) != 0) {
        throw socketError("listen on " + address);
    }
    return HostListener(fd, AF_INET, address, ntohs(bound.sin_port));
}

HostListener HostListener::abstractUnix(const std::string& name) {
    int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    sockaddr_un address{};
    socklen_t length = abstractAddress(name, address);
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&address), length) != 0 ||
        ::listen(fd, 16) != 0) {
        throw socketError("listen on @" + name);
    }
    return HostListener(fd, AF_UNIX, name, 0);
}

bool HostListener::reachableFromHost() {
    int fd = ::socket(m_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    int result = -1;
    if (m_family == AF_INET) {
        sockaddr_in address = inetAddress(m_address, m_port);
        result = ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
    } else {
        sockaddr_un address{};
        socklen_t length = abstractAddress(m_address, address);
        result = ::connect(fd, reinterpret_cast<sockaddr*>(&address), length);
    }
    bool reached = result == 0;
    pollfd waiter{m_fd, POLLIN, 0};
    reached = reached && ::poll(&waiter, 1, 1000) == 1 && wasReached();
    ::close(fd);
    return reached;
}

bool HostListener::wasReached() {
    int connection = ::accept4(m_fd, nullptr, nullptr, SOCK_CLOEXEC);
    if (connection < 0) {
        return false;
    }
    ::close(connection);
    return true;
}

std::optional<std::string> hostNonLoopbackIpv4() {
    ifaddrs* interfaces = nullptr;
    if (::getifaddrs(&interfaces) != 0) {
        return std::nullopt;
    }
    std::optional<std::string> found;
    for (ifaddrs* it = interfaces; it != nullptr && !found; it = it->ifa_next) {
        if (it->ifa_addr == nullptr || it->ifa_addr->sa_family != AF_INET ||
            (it->ifa_flags & IFF_UP) == 0 || (it->ifa_flags & IFF_LOOPBACK) != 0) {
            continue;
        }
        char text[INET_ADDRSTRLEN] = "";
        sockaddr_in address{};
        std::memcpy(&address, it->ifa_addr, sizeof address);
        ::inet_ntop(AF_INET, &address.sin_addr, text, sizeof text);
        found = text;
    }
    ::freeifaddrs(interfaces);
    return found;
}

}  // namespace verdict::tests
