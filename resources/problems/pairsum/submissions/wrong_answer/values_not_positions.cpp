// Prints the two values instead of their positions.
#include <cstdio>
#include <unordered_set>

int main() {
    int n;
    long long x;
    if (std::scanf("%d %lld", &n, &x) != 2)
        return 1;
    std::unordered_set<long long> seen;
    for (int j = 1; j <= n; ++j) {
        long long value;
        if (std::scanf("%lld", &value) != 1)
            return 1;
        if (seen.count(x - value)) {
            std::printf("%lld %lld\n", x - value, value);
            return 0;
        }
        seen.insert(value);
    }
    std::printf("impossible\n");
}
