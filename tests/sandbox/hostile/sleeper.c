/* Sleeps forever without using CPU; only the wall-clock guard can end it. */
#include "hostile.h"

int main(void) {
    hostileInit();
    printf("sleep: started\n");
    for (;;) {
        sleep(1000);
    }
}
