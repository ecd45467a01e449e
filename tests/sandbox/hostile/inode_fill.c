/* Inode exhaustion: creates empty files in argv[1] until refused; more than argv[2] files escapes.
 */
#include "hostile.h"

#include <fcntl.h>

int main(int argc, char** argv) {
    hostileInit();
    const char* dir = argString(argc, argv, 1);
    long cap = argLong(argc, argv, 2);
    for (long files = 0;; ++files) {
        if (files >= cap) {
            escaped("inodes %s: created %ld files", dir, files);
        }
        char path[4096];
        snprintf(path, sizeof path, "%s/i%ld", dir, files);
        int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd < 0) {
            printf("inodes %s: stopped after %ld errno=%s\n", dir, files, errnoName(errno));
            return kExitContained;
        }
        close(fd);
    }
}
