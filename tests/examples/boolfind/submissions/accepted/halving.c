// Keeps bit lo = 1 and bit hi = 0 and halves the distance: 20 questions for 10^6 bits.
#include <stdio.h>

static int ask(long i) {
    int bit = 0;
    printf("? %ld\n", i);
    fflush(stdout);
    return scanf("%d", &bit) == 1 ? bit : -1;
}

int main(void) {
    int t;
    if (scanf("%d", &t) != 1)
        return 1;
    while (t-- > 0) {
        long n, lo = 0, hi;
        if (scanf("%ld", &n) != 1)
            return 1;
        hi = n - 1;
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (ask(mid) == 1)
                lo = mid;
            else
                hi = mid;
        }
        printf("! %ld\n", lo);
        fflush(stdout);
    }
    return 0;
}
