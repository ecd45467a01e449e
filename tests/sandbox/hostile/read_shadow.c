/* The host's password hashes must not be readable: /etc/shadow and /etc/gshadow. */
#include "hostile.h"

#include <fcntl.h>

int main(void) {
    hostileInit();
    expectFailure("open /etc/shadow", open("/etc/shadow", O_RDONLY | O_CLOEXEC));
    expectFailure("open /etc/gshadow", open("/etc/gshadow", O_RDONLY | O_CLOEXEC));
    return kExitContained;
}
