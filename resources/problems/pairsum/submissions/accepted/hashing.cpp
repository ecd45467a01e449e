// One pass with a hash map from value to its first position.
#include <cstdio>
#include <unordered_map>

int main() {
    int n;
    long long x;
    if (std::scanf("%d %lld", &n, &x) != 2)
        return 1;
    std::unordered_map<long long, int> firstAt;
    firstAt.reserve(2 * n);
    for (int j = 1; j <= n; ++j) {
        long long value;
        if (std::scanf("%lld", &value) != 1)
            return 1;
        if (auto it = firstAt.find(x - value); it != firstAt.end()) {
            std::printf("%d %d\n", it->second, j);
            return 0;
        }
        firstAt.emplace(value, j);
    }
    std::printf("impossible\n");
}
