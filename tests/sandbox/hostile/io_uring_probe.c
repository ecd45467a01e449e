/* io_uring can bypass socket filters (isolate 2.6): io_uring_setup must be denied. */
#include "hostile.h"

#include <linux/io_uring.h>
#include <sys/syscall.h>

int main(void) {
    hostileInit();
    struct io_uring_params params;
    memset(&params, 0, sizeof params);
    expectFailure("io_uring_setup", syscall(SYS_io_uring_setup, 4, &params));
    return kExitContained;
}
