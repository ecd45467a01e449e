// Prints one more than the maximum: no group, score 0.
#include <algorithm>
#include <climits>
#include <iostream>

int main() {
    int n;
    std::cin >> n;
    long long best = LLONG_MIN;
    for (long long x; n-- > 0 && std::cin >> x;)
        best = std::max(best, x);
    std::cout << best + 1 << '\n';
}
