/* AF_INET connect to argv[1]:argv[2], where the test harness listens on the host: must fail. */
#include "hostile.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>

int main(int argc, char** argv) {
    hostileInit();
    const char* address = argString(argc, argv, 1);
    long port = argLong(argc, argv, 2);
    struct sockaddr_in target = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    if (inet_pton(AF_INET, address, &target.sin_addr) != 1) {
        broken("inet: bad address %s", address);
    }
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        printf("inet %s: socket denied %s\n", address, errnoName(errno));
        return kExitContained;
    }
    int result = connect(fd, (struct sockaddr*)&target, sizeof target);
    int error = result == 0 ? 0 : errno;
    if (error == EINPROGRESS) {
        struct pollfd waiter = {.fd = fd, .events = POLLOUT};
        if (poll(&waiter, 1, 3000) == 0) {
            printf("inet %s: connect failed ETIMEDOUT\n", address);
            return kExitContained;
        }
        socklen_t length = sizeof error;
        getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length);
    }
    if (error == 0) {
        escaped("inet %s:%ld: connected", address, port);
    }
    printf("inet %s: connect failed %s\n", address, errnoName(error));
    return kExitContained;
}
