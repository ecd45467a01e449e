/* kill(-1, SIGKILL) and kill(getppid(), SIGKILL): must reach nothing outside the box; we survive.
 */
#include "hostile.h"

#include <signal.h>

static void report(const char* what, int result) {
    printf("%s: result=%d errno=%s\n", what, result, result < 0 ? errnoName(errno) : "none");
}

int main(void) {
    hostileInit();
    report("kill(-1)", kill(-1, SIGKILL));
    pid_t parent = getppid();
    if (parent == 0) {
        /* Parent outside our PID namespace: kill(0) would mean our own process group instead. */
        printf("kill(ppid): parent not visible\n");
    } else {
        printf("kill(ppid): ppid=%d\n", (int)parent);
        report("kill(ppid)", kill(parent, SIGKILL));
    }
    usleep(200 * 1000);
    printf("kill: alive\n");
    return kExitContained;
}
