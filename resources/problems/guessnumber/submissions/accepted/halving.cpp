// Binary search; std::endl flushes every question.
#include <iostream>
#include <string>

int main() {
    long long lo = 1, hi = 1000000000;
    while (true) {
        const long long mid = lo + (hi - lo) / 2;
        std::cout << "? " << mid << std::endl;
        std::string answer;
        if (!(std::cin >> answer) || answer == "=")
            return 0;
        if (answer == "<")
            hi = mid - 1;
        else
            lo = mid + 1;
    }
}
