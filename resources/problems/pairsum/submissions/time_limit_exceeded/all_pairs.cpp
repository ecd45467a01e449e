// Tries every pair: 2·10^10 additions on the large impossible case.
#include <cstdio>
#include <vector>

int main() {
    int n;
    long long x;
    if (std::scanf("%d %lld", &n, &x) != 2)
        return 1;
    std::vector<long long> values(n);
    for (auto& value : values)
        if (std::scanf("%lld", &value) != 1)
            return 1;
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j)
            if (values[i] + values[j] == x) {
                std::printf("%d %d\n", i + 1, j + 1);
                return 0;
            }
    std::printf("impossible\n");
}
