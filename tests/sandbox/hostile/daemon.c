/* setsid + double fork: a daemon renamed to argv[1] that sleeps forever and keeps stdout open.
   The sandbox must kill it when the program exits. */
#include "hostile.h"

#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>

int main(int argc, char** argv) {
    hostileInit();
    const char* name = argString(argc, argv, 1);
    pid_t middle = fork();
    if (middle == 0) {
        setsid();
        if (fork() == 0) {
            prctl(PR_SET_NAME, name, 0, 0, 0);
            signal(SIGHUP, SIG_IGN);
            signal(SIGTERM, SIG_IGN);
            alarm(120); /* bounded damage if ever run outside a sandbox */
            for (;;) {
                sleep(1000);
            }
        }
        _exit(0);
    }
    if (middle < 0 || waitpid(middle, NULL, 0) != middle) {
        broken("daemon: fork failed %s", errnoName(errno));
    }
    printf("daemon: started %s\n", name);
    return kExitContained;
}
