/* AF_VSOCK (a cross-box side channel): creating the socket must be denied. */
#include "hostile.h"

#include <linux/vm_sockets.h>
#include <sys/socket.h>

int main(void) {
    hostileInit();
    expectFailure("vsock stream", socket(AF_VSOCK, SOCK_STREAM | SOCK_CLOEXEC, 0));
    expectFailure("vsock dgram", socket(AF_VSOCK, SOCK_DGRAM | SOCK_CLOEXEC, 0));
    return kExitContained;
}
