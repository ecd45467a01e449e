/* Touches exactly argv[1] MiB and exits normally: the reported peak must match. */
#include "hostile.h"

int main(int argc, char** argv) {
    hostileInit();
    long mib = argLong(argc, argv, 1);
    size_t bytes = (size_t)mib * kMiB;
    volatile char* block = malloc(bytes);
    if (block == NULL) {
        broken("exact: malloc of %ld MiB failed", mib);
    }
    for (size_t offset = 0; offset < bytes; offset += 4096) {
        block[offset] = 1;
    }
    unsigned long sum = 0;
    for (size_t offset = 0; offset < bytes; offset += 4096) {
        sum += (unsigned long)block[offset];
    }
    printf("exact: touched %ld MiB pages=%lu\n", mib, sum);
    return kExitContained;
}
