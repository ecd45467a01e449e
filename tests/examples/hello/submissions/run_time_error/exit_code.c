// Prints the right answer, then exits with 3. @EXPECTED_RESULTS@: RUN-ERROR
#include <stdio.h>

int main(void) {
    puts("Hello World!");
    return 3;
}
