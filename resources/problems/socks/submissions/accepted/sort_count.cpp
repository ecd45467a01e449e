// Sorts the colours and counts each run of equal ones: k socks give k(k-1)/2 pairs.
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n;
    if (std::scanf("%d", &n) != 1)
        return 1;
    std::vector<int> colours(n);
    for (int& colour : colours)
        if (std::scanf("%d", &colour) != 1)
            return 1;
    std::sort(colours.begin(), colours.end());
    long long pairs = 0;
    for (int i = 0, j = 0; i < n; i = j) {
        while (j < n && colours[j] == colours[i])
            ++j;
        const long long run = j - i;
        pairs += run * (run - 1) / 2;
    }
    std::printf("%lld\n", pairs);
}
