/* Burns argv[1] ms of CPU, then allocates until stopped (limit argv[2] MiB): the verdict must be
   memory_limit even though CPU time is high when the OOM kill comes. */
#include "hostile.h"

int main(int argc, char** argv) {
    hostileInit();
    long burnMs = argLong(argc, argv, 1);
    long limitMib = argLong(argc, argv, 2);
    burnThreadCpuMs(burnMs);
    printf("memcpu: burnt %ld ms\n", clockMs(CLOCK_PROCESS_CPUTIME_ID));
    allocateUntilStopped("memcpu", limitMib);
}
