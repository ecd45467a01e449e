// std::scientific: 1.000000000000000e+09.
#include <iomanip>
#include <iostream>

int main() {
    int n;
    std::cin >> n;
    std::cout << std::scientific << std::setprecision(15);
    for (double x; n-- > 0 && std::cin >> x;)
        std::cout << 1 / x << '\n';
}
