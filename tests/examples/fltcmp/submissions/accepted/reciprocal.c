// %.10g: 1e+09, 0.1428571429, -8.100000073e-06.
#include <stdio.h>

int main(void) {
    int n;
    double x;
    if (scanf("%d", &n) != 1)
        return 1;
    while (n-- > 0 && scanf("%lf", &x) == 1)
        printf("%.10g\n", 1 / x);
    return 0;
}
