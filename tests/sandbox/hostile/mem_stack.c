/* Memory bomb through the stack: raise RLIMIT_STACK as far as allowed, then recurse with 64 KiB
   frames; twice the memory limit (argv[1] MiB) of stack is an escape. */
#include "hostile.h"

#include <sys/resource.h>

enum { kFrameBytes = 64 * 1024 };
static long g_limitMib;

__attribute__((noinline)) static long recurse(long depth) {
    if (g_limitMib <= 0) {
        return 0;
    }
    volatile char frame[kFrameBytes];
    for (size_t offset = 0; offset < sizeof frame; offset += 4096) {
        frame[offset] = (char)depth;
    }
    if ((depth + 1) * kFrameBytes >= 2 * g_limitMib * kMiB) {
        escaped("stack: %ld KiB of stack with a limit of %ld MiB", (depth + 1) * kFrameBytes / 1024,
                g_limitMib);
    }
    return recurse(depth + 1) + frame[depth % 4096];
}

int main(int argc, char** argv) {
    hostileInit();
    g_limitMib = argLong(argc, argv, 1);
    struct rlimit stack;
    getrlimit(RLIMIT_STACK, &stack);
    stack.rlim_cur = stack.rlim_max;
    setrlimit(RLIMIT_STACK, &stack);
    getrlimit(RLIMIT_STACK, &stack);
    if (stack.rlim_cur == RLIM_INFINITY) {
        printf("stack: rlimit_kib=unlimited\n");
    } else {
        printf("stack: rlimit_kib=%llu\n", (unsigned long long)stack.rlim_cur / 1024);
    }
    return (int)recurse(0);
}
