#include <iostream>
#include <string>

int main() {
    int lo = 1, hi = 1000;
    for (std::string answer; lo <= hi;) {
        const int mid = (lo + hi) / 2;
        std::cout << mid << std::endl;
        std::cin >> answer;
        if (answer == "yes")
            return 0;
        (answer == "up" ? lo : hi) = answer == "up" ? mid + 1 : mid - 1;
    }
}
