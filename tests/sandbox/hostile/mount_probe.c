/* mount and umount inside the box must be denied. */
#include "hostile.h"

#include <sys/mount.h>

int main(void) {
    hostileInit();
    expectFailure("mount tmpfs", mount("none", "/tmp", "tmpfs", 0, NULL));
    expectFailure("mount proc", mount("proc", "/tmp", "proc", 0, NULL));
    expectFailure("remount root rw", mount(NULL, "/", NULL, MS_REMOUNT, NULL));
    expectFailure("umount proc", umount2("/proc", MNT_DETACH));
    expectFailure("umount usr", umount2("/usr", MNT_DETACH));
    return kExitContained;
}
