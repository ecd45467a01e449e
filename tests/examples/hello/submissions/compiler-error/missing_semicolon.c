// @EXPECTED_RESULTS@: COMPILER-ERROR
#include <stdio.h>

int main(void) {
    puts("Hello World!")
}
