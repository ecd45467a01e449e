/* Classic chroot escape: chroot into a subdirectory, chdir("..") past the root, chroot("."). Any
   successful chroot is an escape; so is then seeing the host path argv[1]. */
#include "hostile.h"

#include <sys/stat.h>

int main(int argc, char** argv) {
    hostileInit();
    const char* hostPath = argString(argc, argv, 1);
    mkdir("/tmp/jail", 0755);
    if (chroot("/tmp/jail") != 0) {
        printf("chroot: denied %s\n", errnoName(errno));
        return kExitContained;
    }
    for (int i = 0; i < 64; ++i) {
        if (chdir("..") != 0) {
            break;
        }
    }
    int second = chroot(".");
    struct stat info;
    if (stat(hostPath, &info) == 0) {
        escaped("chroot: host path %s visible after escape", hostPath);
    }
    escaped("chroot: allowed (second chroot %d)", second);
}
