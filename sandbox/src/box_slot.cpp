#include "box_slot.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>

namespace verdict::sandbox {

namespace {

// Our own directory: created 0700, and refused if it is a link or someone else's.
Step ensurePrivateDirectory(const std::string& path) {
    if (::mkdir(path.c_str(), 0700) != 0 && errno != EEXIST)
        return sysFailure("mkdir " + path);
    struct stat info {};
    if (::lstat(path.c_str(), &info) != 0)
        return sysFailure("stat " + path);
    if (!S_ISDIR(info.st_mode) || info.st_uid != ::geteuid() || (info.st_mode & 0022) != 0) {
        errno = EPERM;
        return sysFailure("check " + path,
                          "must be a directory owned by us and not writable by others");
    }
    return std::nullopt;
}

}  // namespace

Expected<std::string> runtimeDirectory() {
    std::string dir;
    if (::geteuid() == 0) {
        dir = "/run/verdict-sandbox";
    } else if (const char* runtime = std::getenv("XDG_RUNTIME_DIR");
               runtime && *runtime && ::access(runtime, W_OK) == 0) {
        dir = std::string(runtime) + "/verdict-sandbox";
    } else {
        dir = "/tmp/verdict-sandbox-" + std::to_string(::geteuid());
    }
    if (auto failure = ensurePrivateDirectory(dir))
        return *failure;
    std::string root = dir + "/root";
    if (::mkdir(root.c_str(), 0755) != 0 && errno != EEXIST)
        return sysFailure("mkdir " + root);
    return dir;
}

Expected<BoxSlot> acquireSlot() {
    auto dir = runtimeDirectory();
    if (!dir)
        return dir.failure();
    // The lowest free slot: only as many lock files exist as boxes ever ran at once.
    for (unsigned index = 0; index < kSlotCount; ++index) {
        std::string path = dir.value() + "/box-" + std::to_string(index) + ".lock";
        UniqueFd lock(::open(path.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600));
        if (!lock.valid())
            return sysFailure("open " + path);
        if (::flock(lock.get(), LOCK_EX | LOCK_NB) == 0) {
            return BoxSlot{index, std::move(lock), dir.value()};
        }
        if (errno != EWOULDBLOCK)
            return sysFailure("flock " + path);
    }
    errno = EBUSY;
    return sysFailure("acquire a box slot", "all 1000 slots are in use");
}

}  // namespace verdict::sandbox
