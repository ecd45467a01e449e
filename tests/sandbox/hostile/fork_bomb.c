/* Fork bomb: forks sleeping children until the box refuses; reaching the process limit escapes. */
#include "hostile.h"

#include <signal.h>

int main(int argc, char** argv) {
    hostileInit();
    long limit = argLong(argc, argv, 1);
    long forks = 0;
    int error = 0;
    while (forks < 4 * limit + 64) {
        pid_t pid = fork();
        if (pid < 0) {
            error = errno;
            break;
        }
        if (pid == 0) {
            alarm(120); /* bounded damage if ever run outside a sandbox */
            for (;;) {
                pause();
            }
        }
        ++forks;
    }
    printf("fork: stopped after %ld errno=%s\n", forks, error != 0 ? errnoName(error) : "none");
    if (forks >= limit) {
        escaped("fork: %ld children with a limit of %ld processes", forks, limit);
    }
    return kExitContained;
}
