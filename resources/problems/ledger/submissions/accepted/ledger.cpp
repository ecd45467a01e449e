// std::cin, untied from C stdio, reads a million numbers in a few dozen milliseconds.
#include <algorithm>
#include <iostream>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n;
    std::cin >> n;
    long long balance = 0, lowest = 0;
    for (int i = 0; i < n; ++i) {
        long long amount;
        std::cin >> amount;
        balance += amount;
        lowest = std::min(lowest, balance);
    }
    std::cout << balance << ' ' << lowest << '\n';
}
