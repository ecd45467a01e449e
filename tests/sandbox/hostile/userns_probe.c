/* New user namespaces: unshare(CLONE_NEWUSER) and clone(CLONE_NEWUSER) must be denied, clone3
   must fail with ENOSYS (its flags cannot be filtered, so glibc falls back to clone). */
#include "hostile.h"

#include <linux/sched.h>
#include <sched.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>

static long childExits(long result) {
    if (result == 0) {
        _exit(0);
    }
    if (result > 0) {
        waitpid((pid_t)result, NULL, 0);
    }
    return result;
}

int main(void) {
    hostileInit();
    expectFailure("unshare newuser", unshare(CLONE_NEWUSER));
    expectFailure("clone newuser",
                  childExits(syscall(SYS_clone, CLONE_NEWUSER | SIGCHLD, NULL, NULL, NULL, 0)));
    struct clone_args args;
    memset(&args, 0, sizeof args);
    args.flags = CLONE_NEWUSER;
    args.exit_signal = SIGCHLD;
    long result = childExits(syscall(SYS_clone3, &args, sizeof args));
    if (result >= 0) {
        escaped("clone3 newuser: succeeded (%ld)", result);
    }
    printf("clone3: %s %s\n", errno == ENOSYS ? "denied" : "unexpected", errnoName(errno));
    return kExitContained;
}
