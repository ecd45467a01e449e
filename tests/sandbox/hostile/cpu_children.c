/* CPU in child processes: one waited-for child and one orphaned grandchild each burn argv[1] ms;
   the box's CPU time must include both. */
#include "hostile.h"

#include <sys/wait.h>

static void waitFor(pid_t pid) {
    int status = 0;
    if (pid < 0 || waitpid(pid, &status, 0) != pid) {
        broken("children: fork/wait failed %s", errnoName(errno));
    }
}

int main(int argc, char** argv) {
    hostileInit();
    long burnMs = argLong(argc, argv, 1);
    pid_t child = fork();
    if (child == 0) {
        burnThreadCpuMs(burnMs);
        _exit(0);
    }
    waitFor(child);

    /* The grandchild is orphaned at once; its end is seen as EOF on the pipe it holds. */
    int done[2];
    if (pipe(done) != 0) {
        broken("children: pipe failed");
    }
    pid_t middle = fork();
    if (middle == 0) {
        if (fork() == 0) {
            close(done[0]);
            burnThreadCpuMs(burnMs);
            _exit(0);
        }
        _exit(0);
    }
    close(done[1]);
    waitFor(middle);
    char byte;
    while (read(done[0], &byte, 1) > 0) {
    }
    printf("children: done own_cpu_ms=%ld\n", clockMs(CLOCK_PROCESS_CPUTIME_ID));
    return kExitContained;
}
