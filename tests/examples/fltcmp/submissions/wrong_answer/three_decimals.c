// %.3f: 1/7 = 0.143 is 1.4e-4 off; 1/1e9 prints 0.000.
#include <stdio.h>

int main(void) {
    int n;
    double x;
    if (scanf("%d", &n) != 1)
        return 1;
    while (n-- > 0 && scanf("%lf", &x) == 1)
        printf("%.3f\n", 1 / x);
    return 0;
}
