/* Leaked descriptors: listing /proc/self/fd must show only 0, 1, 2 and the listing's own fd;
   a scan with fcntl backs it up. Anything else came from the host. */
#include "hostile.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/resource.h>

static void leaked(int fd) {
    char link[64];
    char target[512] = "";
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t length = readlink(link, target, sizeof target - 1);
    target[length > 0 ? length : 0] = '\0';
    escaped("fd %d leaked -> %s", fd, target);
}

static void listProcSelfFd(void) {
    DIR* dir = opendir("/proc/self/fd");
    if (dir == NULL) {
        broken("fd: cannot list /proc/self/fd %s", errnoName(errno));
    }
    int own = dirfd(dir);
    for (struct dirent* entry = readdir(dir); entry != NULL; entry = readdir(dir)) {
        if (entry->d_name[0] == '.') {
            continue;
        }
        int fd = atoi(entry->d_name);
        if (fd > 2 && fd != own) {
            leaked(fd);
        }
        if (fd <= 2) {
            printf("fd %d: open\n", fd);
        }
    }
    closedir(dir);
}

int main(void) {
    hostileInit();
    listProcSelfFd();
    struct rlimit files;
    getrlimit(RLIMIT_NOFILE, &files);
    int last = files.rlim_cur > 65536 ? 65536 : (int)files.rlim_cur;
    for (int fd = 3; fd < last; ++fd) {
        if (fcntl(fd, F_GETFD) >= 0) {
            leaked(fd);
        }
    }
    printf("fd: only 0,1,2 open\n");
    return kExitContained;
}
