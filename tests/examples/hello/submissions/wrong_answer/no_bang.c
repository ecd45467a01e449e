// @EXPECTED_RESULTS@: WRONG-ANSWER
#include <stdio.h>

int main(void) {
    puts("Hello World");
    return 0;
}
