// Reads the first array's size and then computes forever.
#include <iostream>

int main() {
    long long t, n;
    std::cin >> t >> n;
    for (volatile long long x = 0;; x = x + n) {
    }
}
