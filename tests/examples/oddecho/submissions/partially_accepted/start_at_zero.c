// Starts the maximum at 0: wrong whenever every number is negative, so it fails group 1
// (the case -7) and group 3, and earns group 2's 30 points.
#include <stdio.h>

int main(void) {
    int n;
    long long best = 0, x;
    if (scanf("%d", &n) != 1)
        return 1;
    while (n-- > 0 && scanf("%lld", &x) == 1)
        if (x > best)
            best = x;
    printf("%lld\n", best);
    return 0;
}
