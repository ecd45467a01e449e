/* Memory bomb: one huge MAP_NORESERVE mapping touched page by page; twice the limit escapes. */
#include "hostile.h"

#include <sys/mman.h>

static const size_t kReserveBytes = (size_t)8 << 30;

static volatile char* mapChunk(size_t bytes) {
    void* area = mmap(NULL, bytes, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    return area == MAP_FAILED ? NULL : (volatile char*)area;
}

int main(int argc, char** argv) {
    hostileInit();
    long limitMib = argLong(argc, argv, 1);
    if ((size_t)(2 * limitMib) * kMiB > kReserveBytes) {
        broken("mmap: limit %ld MiB too large for the reservation", limitMib);
    }
    volatile char* reserve = mapChunk(kReserveBytes);
    if (reserve == NULL) {
        /* RLIMIT_AS refuses the reservation: fall back to 1 MiB NORESERVE chunks. */
        printf("mmap: 8 GiB reservation refused %s\n", errnoName(errno));
    }
    for (long mib = 0;; ++mib) {
        if (mib >= 2 * limitMib) {
            escaped("mmap: touched %ld MiB with a limit of %ld MiB", mib, limitMib);
        }
        volatile char* chunk = reserve != NULL ? reserve + (size_t)mib * kMiB : mapChunk(kMiB);
        if (chunk == NULL) {
            printf("mmap: mapping failed after %ld MiB\n", mib);
            abort();
        }
        for (size_t offset = 0; offset < kMiB; offset += 4096) {
            chunk[offset] = 1;
        }
    }
}
