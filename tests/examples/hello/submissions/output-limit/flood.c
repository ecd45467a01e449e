// Prints forever, past the 8 MiB output limit. @EXPECTED_RESULTS@: OUTPUT-LIMIT
#include <stdio.h>

int main(void) {
    for (;;)
        puts("Hello World!");
}
