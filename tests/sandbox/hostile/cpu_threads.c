/* Two threads each burn argv[1] ms of CPU: the box's CPU time must be their sum. */
#include "hostile.h"

#include <pthread.h>

static long g_burnMs;

static void* burn(void* unused) {
    (void)unused;
    burnThreadCpuMs(g_burnMs);
    return NULL;
}

int main(int argc, char** argv) {
    hostileInit();
    g_burnMs = argLong(argc, argv, 1);
    long wallStart = clockMs(CLOCK_MONOTONIC);
    pthread_t threads[2];
    for (int i = 0; i < 2; ++i) {
        if (pthread_create(&threads[i], NULL, burn, NULL) != 0) {
            broken("threads: pthread_create failed");
        }
    }
    for (int i = 0; i < 2; ++i) {
        pthread_join(threads[i], NULL);
    }
    printf("threads: process_cpu_ms=%ld wall_ms=%ld\n", clockMs(CLOCK_PROCESS_CPUTIME_ID),
           clockMs(CLOCK_MONOTONIC) - wallStart);
    return kExitContained;
}
