// Asks an out-of-range question and then spins. The validator rejects first, so the
// verdict is WA even though the program would also run out of time.
#include <cstdio>

int main() {
    std::printf("? 0\n");
    std::fflush(stdout);
    volatile unsigned long spins = 0;
    while (true)
        spins = spins + 1;
}
