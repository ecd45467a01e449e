// Guesses 1001 and spins: WA (the validator rejected first), not TLE.
#include <stdio.h>

int main(void) {
    printf("1001\n");
    fflush(stdout);
    for (volatile unsigned long spins = 0;; spins = spins + 1) {
    }
}
