/* Fills a directory (argv[1]) with 1 MiB files named <argv[2]>-<n> until the filesystem or the box
   refuses; more than argv[3] MiB is an escape. Files stay below any RLIMIT_FSIZE >= 1 MiB. */
#include "hostile.h"

#include <fcntl.h>

static char g_block[kMiB];

int main(int argc, char** argv) {
    hostileInit();
    const char* dir = argString(argc, argv, 1);
    const char* prefix = argString(argc, argv, 2);
    long capMib = argLong(argc, argv, 3);
    memset(g_block, 'x', sizeof g_block);
    for (long mib = 0;; ++mib) {
        if (mib >= capMib) {
            escaped("disk %s: wrote %ld MiB", dir, mib);
        }
        char path[4096];
        snprintf(path, sizeof path, "%s/%s-%ld", dir, prefix, mib);
        int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        int error = fd < 0 ? errno : writeAll(fd, g_block, sizeof g_block);
        if (fd >= 0) {
            close(fd);
        }
        if (error != 0) {
            printf("disk %s: stopped after %ld MiB errno=%s\n", dir, mib, errnoName(error));
            return kExitContained;
        }
    }
}
