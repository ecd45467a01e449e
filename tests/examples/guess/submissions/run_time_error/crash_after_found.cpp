// Finds the secret (the validator accepts), then dereferences a null pointer.
#include <iostream>
#include <string>

int main() {
    int lo = 1, hi = 1000;
    for (std::string answer;;) {
        const int mid = (lo + hi) / 2;
        std::cout << mid << std::endl;
        std::cin >> answer;
        if (answer == "yes")
            break;
        (answer == "up" ? lo : hi) = answer == "up" ? mid + 1 : mid - 1;
    }
    volatile int* nowhere = nullptr;
    return *nowhere;
}
