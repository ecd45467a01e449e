/* TIOCSTI pushes input into a terminal: the filter must answer EPERM, also for the high-bit variant
   (CVE-2019-10063). fd 0 is not a tty, so ENOTTY means the call reached the kernel. */
#include "hostile.h"

#include <sys/ioctl.h>
#include <sys/syscall.h>

static void probe(const char* what, unsigned long request) {
    char byte = 'x';
    long result = syscall(SYS_ioctl, 0, request, &byte);
    if (result == 0) {
        escaped("%s: injected", what);
    }
    if (errno == ENOTTY) {
        escaped("%s: bypassed ENOTTY", what);
    }
    printf("%s: denied %s\n", what, errnoName(errno));
}

int main(void) {
    hostileInit();
    probe("tiocsti", TIOCSTI);
    probe("tiocsti high", TIOCSTI | (1UL << 32));
    return kExitContained;
}
