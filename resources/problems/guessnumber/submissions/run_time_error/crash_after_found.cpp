// Finds the number, which the validator accepts, then aborts: the program's own failure
// decides, so the verdict is RTE.
#include <cstdlib>
#include <iostream>
#include <string>

int main() {
    long long lo = 1, hi = 1000000000;
    while (true) {
        const long long mid = lo + (hi - lo) / 2;
        std::cout << "? " << mid << std::endl;
        std::string answer;
        std::cin >> answer;
        if (answer == "=")
            std::abort();
        if (answer == "<")
            hi = mid - 1;
        else
            lo = mid + 1;
    }
}
