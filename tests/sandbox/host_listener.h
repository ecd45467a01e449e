#pragma once
// A listening socket on the host (TCP or abstract AF_UNIX) that a box must not be able to reach;
// it can tell afterwards whether anybody connected.
#include <optional>
#include <string>

namespace verdict::tests {

class HostListener {
  public:
    static HostListener tcp(const std::string& address);
    static HostListener abstractUnix(const std::string& name);
    HostListener(HostListener&& other) noexcept;
    ~HostListener();
    HostListener(const HostListener&) = delete;
    HostListener& operator=(const HostListener&) = delete;
    HostListener& operator=(HostListener&&) = delete;

    int port() const { return m_port; }
    // Connects from the host itself: proves the listener works, so "not reached" means something.
    bool reachableFromHost();
    // True if a connection is waiting (accepts it).
    bool wasReached();

  private:
    HostListener(int fd, int family, std::string address, int port);

    int m_fd = -1;
    int m_family = 0;
    std::string m_address;  // dotted IPv4 or the abstract name
    int m_port = 0;
};

// The first non-loopback IPv4 address of an interface that is up, if any.
std::optional<std::string> hostNonLoopbackIpv4();

}  // namespace verdict::tests
