/* Infinite loop: burns CPU forever; only the CPU limit can end it. */
#include "hostile.h"

int main(void) {
    hostileInit();
    printf("loop: started\n");
    volatile unsigned long counter = 0;
    for (;;) {
        counter = counter + 1;
    }
}
