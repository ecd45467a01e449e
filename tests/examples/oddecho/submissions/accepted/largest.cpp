#include <algorithm>
#include <climits>
#include <iostream>

int main() {
    std::ios::sync_with_stdio(false);
    int n;
    std::cin >> n;
    long long best = LLONG_MIN;
    for (long long x; n-- > 0 && std::cin >> x;)
        best = std::max(best, x);
    std::cout << best << '\n';
}
