/* userfaultfd (a kernel-exploit helper) must be denied, even in user-mode-only form. */
#include "hostile.h"

#include <fcntl.h>
#include <linux/userfaultfd.h>
#include <sys/syscall.h>

#ifndef UFFD_USER_MODE_ONLY
#define UFFD_USER_MODE_ONLY 1
#endif

int main(void) {
    hostileInit();
    expectFailure("userfaultfd", syscall(SYS_userfaultfd, O_CLOEXEC | UFFD_USER_MODE_ONLY));
    return kExitContained;
}
