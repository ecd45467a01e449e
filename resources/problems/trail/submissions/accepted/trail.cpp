// Sums the legs in double precision and prints nine decimals.
#include <cmath>
#include <cstdio>

int main() {
    int n;
    if (std::scanf("%d", &n) != 1)
        return 1;
    double total = 0;
    long long px = 0, py = 0;
    for (int i = 0; i < n; ++i) {
        long long x, y;
        if (std::scanf("%lld %lld", &x, &y) != 2)
            return 1;
        if (i > 0)
            total += std::hypot(double(x - px), double(y - py));
        px = x;
        py = y;
    }
    std::printf("%.9f\n", total);
}
