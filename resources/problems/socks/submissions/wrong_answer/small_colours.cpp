// Assumes colours of at most 100 and folds bigger ones with % 101, so different colours
// collide: wrong in group 1, right in group 2 (30 points); group 3 is then not judged.
#include <cstdio>

int main() {
    int n;
    if (std::scanf("%d", &n) != 1)
        return 1;
    long long count[101] = {};
    long long pairs = 0;
    for (int i = 0; i < n; ++i) {
        int colour;
        if (std::scanf("%d", &colour) != 1)
            return 1;
        pairs += count[colour % 101]++;
    }
    std::printf("%lld\n", pairs);
}
