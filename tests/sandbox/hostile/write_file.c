/* Writes "pwned" into each work-dir path in argv[1..] (creating the directory "sub" first): the
   host then copies these files back over whatever it holds at those paths. */
#include "hostile.h"

#include <fcntl.h>
#include <sys/stat.h>

int main(int argc, char** argv) {
    hostileInit();
    mkdir("sub", 0755);
    for (int i = 1; i < argc; ++i) {
        int fd = open(argv[i], O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0644);
        if (fd < 0 || writeAll(fd, "pwned\n", 6) != 0) {
            broken("write %s: failed %s", argv[i], errnoName(errno));
        }
        close(fd);
        printf("write %s: done\n", argv[i]);
    }
    return kExitContained;
}
