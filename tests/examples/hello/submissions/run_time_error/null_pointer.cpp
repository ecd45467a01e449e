// @EXPECTED_RESULTS@: RUN-ERROR
#include <cstdio>

int main() {
    volatile int* nowhere = nullptr;
    std::printf("Hello World!\n");
    return *nowhere;
}
