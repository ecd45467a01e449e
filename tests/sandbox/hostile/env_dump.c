/* Prints the whole environment as "env: NAME=VALUE"; the host secret argv[1] must be absent. */
#include "hostile.h"

extern char** environ;

int main(int argc, char** argv) {
    hostileInit();
    const char* secret = argString(argc, argv, 1);
    for (char** entry = environ; *entry != NULL; ++entry) {
        if (strstr(*entry, secret) != NULL) {
            escaped("env: host secret visible in %s", *entry);
        }
        printf("env: %s\n", *entry);
    }
    printf("env: end\n");
    return kExitContained;
}
