/* Output flood: writes 1 KiB lines to stdout, stderr or a file (argv[1]) until stopped; more than
   argv[2] MiB is an escape. */
#include "hostile.h"

#include <fcntl.h>

int main(int argc, char** argv) {
    hostileInit();
    const char* target = argString(argc, argv, 1);
    long capMib = argLong(argc, argv, 2);
    int fd = 1;
    if (strcmp(target, "stderr") == 0) {
        fd = 2;
    } else if (strcmp(target, "stdout") != 0) {
        fd = open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (fd < 0) {
            broken("flood: open %s failed %s", target, errnoName(errno));
        }
    }
    char line[1024];
    memset(line, 'x', sizeof line);
    line[sizeof line - 1] = '\n';
    for (long kib = 0;; ++kib) {
        if (kib >= capMib * 1024) {
            escaped("flood %s: wrote %ld KiB", target, kib);
        }
        int error = writeAll(fd, line, sizeof line);
        if (error != 0) {
            dprintf(fd == 1 ? 2 : 1, "flood %s: stopped after %ld KiB errno=%s\n", target, kib,
                    errnoName(error));
            return kExitContained;
        }
    }
}
