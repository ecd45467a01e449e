/* Blocks in read(0) on a pipe that never gets data; only the wall-clock guard can end it. */
#include "hostile.h"

int main(void) {
    hostileInit();
    printf("stdin: reading\n");
    char byte;
    ssize_t result = read(0, &byte, 1);
    printf("stdin: read returned %zd errno=%s\n", result, result < 0 ? errnoName(errno) : "none");
    return kExitContained;
}
