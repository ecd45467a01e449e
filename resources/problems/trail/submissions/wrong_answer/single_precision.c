/* Accumulates in float: about seven significant digits, lost over ten thousand legs. */
#include <math.h>
#include <stdio.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1)
        return 1;
    float total = 0;
    float px = 0, py = 0;
    for (int i = 0; i < n; ++i) {
        float x, y;
        if (scanf("%f %f", &x, &y) != 2)
            return 1;
        if (i > 0)
            total += sqrtf((x - px) * (x - px) + (y - py) * (y - py));
        px = x;
        py = y;
    }
    printf("%.9f\n", total);
    return 0;
}
