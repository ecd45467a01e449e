// Walks from the smaller number to the larger one step by step: up to 10^15 steps.
#include <iostream>

int main() {
    long long a, b;
    while (std::cin >> a >> b) {
        long long lo = a < b ? a : b, hi = a < b ? b : a, steps = 0;
        for (volatile long long x = lo; x < hi; x = x + 1)
            ++steps;
        std::cout << steps << '\n';
    }
}
