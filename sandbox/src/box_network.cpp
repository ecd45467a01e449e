#include "box_network.h"

#include <fcntl.h>
#include <linux/nsfs.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace verdict::sandbox {

namespace {

struct SparePaths {
    std::string spare, taken;
};

SparePaths sparePaths(const std::string& runtimeDir, unsigned slot) {
    std::string spare = runtimeDir + "/templates/net-" + std::to_string(slot);
    return {spare, spare + ".taken"};
}

// The supervisor's own namespace (the host's): never to be handed to a box.
bool isHome(int fd, int homeFd) {
    struct stat spare {};
    struct stat home {};
    return ::fstat(fd, &spare) != 0 || ::fstat(homeFd, &home) != 0 ||
           (spare.st_dev == home.st_dev && spare.st_ino == home.st_ino);
}

}  // namespace

UniqueFd takeSpareNetwork(const std::string& runtimeDir, unsigned slot, int homeFd) {
    SparePaths paths = sparePaths(runtimeDir, slot);
    UniqueFd fd(::open(paths.spare.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    if (!fd.valid())
        return fd;
    if (::ioctl(fd.get(), NS_GET_NSTYPE) != CLONE_NEWNET || isHome(fd.get(), homeFd))
        return UniqueFd();
    // Exclusive: a mark already there means a run took this one and died before replacing it.
    UniqueFd mark(
        ::open(paths.taken.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
    if (!mark.valid())
        return UniqueFd();
    return fd;
}

bool makeSpareNetwork(const std::string& runtimeDir, unsigned slot, int homeFd) {
    SparePaths paths = sparePaths(runtimeDir, slot);
    if (::umount2(paths.spare.c_str(), MNT_DETACH | UMOUNT_NOFOLLOW) != 0 && errno != EINVAL)
        return false;  // still mounted: its mark, if any, keeps the next run out
    UniqueFd target(::open(paths.spare.c_str(), O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600));
    // Made from home, as a clone would make it (a new namespace may inherit settings from the one
    // it is made in), and only ever a namespace this call made: never the host's. A failure
    // leaves a plain file, which is no spare.
    if (!target.valid() || ::setns(homeFd, CLONE_NEWNET) != 0 || ::unshare(CLONE_NEWNET) != 0 ||
        ::mount("/proc/thread-self/ns/net", paths.spare.c_str(), nullptr, MS_BIND, nullptr) != 0)
        return false;
    return ::unlink(paths.taken.c_str()) == 0 || errno == ENOENT;
}

}  // namespace verdict::sandbox
