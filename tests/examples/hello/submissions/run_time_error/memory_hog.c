// Touches 1 GiB under a 256 MiB limit: a memory limit, which the package format counts as a
// run-time error (DOMjudge reports it as RUN-ERROR too).
// @EXPECTED_RESULTS@: RUN-ERROR
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    size_t size = (size_t)1 << 30;
    volatile char* block = malloc(size);
    if (block == NULL)
        return 1;
    for (size_t i = 0; i < size; i += 4096)
        block[i] = 1;  // volatile: every page is really written
    printf("Hello World! %d\n", block[size - 4096]);
    return 0;
}
