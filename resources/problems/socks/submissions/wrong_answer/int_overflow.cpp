// Counts in a hash map but adds the pairs up in an int: right for groups 1 and 2 (50
// points), wrong once the answer passes 2^31 in group 3.
#include <cstdio>
#include <unordered_map>

int main() {
    int n;
    if (std::scanf("%d", &n) != 1)
        return 1;
    std::unordered_map<int, int> seen;
    int pairs = 0;
    for (int i = 0; i < n; ++i) {
        int colour;
        if (std::scanf("%d", &colour) != 1)
            return 1;
        pairs += seen[colour]++;  // the new sock pairs with every earlier one of its colour
    }
    std::printf("%d\n", pairs);
}
