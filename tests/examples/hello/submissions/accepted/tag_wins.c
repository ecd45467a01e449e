// In accepted/, but the tag decides (as in DOMjudge): @EXPECTED_RESULTS@: WRONG-ANSWER
#include <stdio.h>

int main(void) {
    puts("Goodbye World!");
    return 0;
}
