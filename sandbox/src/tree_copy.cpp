#include "tree_copy.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <string>

#include "verdict/sandbox/unique_fd.h"

namespace verdict::sandbox {

namespace {

constexpr mode_t kPermissionBits = 0777;  // set-id and sticky bits never cross

struct CopyState {
    const CopyRules& rules;
    std::uint64_t entries = 0;
};

Step copyContents(int from, int to, off_t size) {
    off_t done = 0;
    while (done < size) {
        ssize_t sent = ::sendfile(to, from, nullptr, static_cast<std::size_t>(size - done));
        if (sent < 0 && errno == EINTR)
            continue;
        if (sent < 0)
            return sysFailure("sendfile");
        if (sent == 0)
            break;  // the file shrank meanwhile
        done += sent;
    }
    return std::nullopt;
}

Step copyFile(int fromDir, int toDir, const char* name, const CopyState& state) {
    UniqueFd source(::openat(fromDir, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
    if (!source.valid())
        return sysFailure(std::string("open ") + name);
    struct stat info {};
    if (::fstat(source.get(), &info) != 0)
        return sysFailure(std::string("fstat ") + name);
    if (!S_ISREG(info.st_mode) || (state.rules.skipHardLinked && info.st_nlink > 1)) {
        return std::nullopt;  // swapped for something else, or hard-linked: not ours to copy
    }
    if (::unlinkat(toDir, name, 0) != 0 && errno != ENOENT) {
        return sysFailure(std::string("unlink ") + name);
    }
    mode_t mode = info.st_mode & kPermissionBits;
    UniqueFd target(
        ::openat(toDir, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode));
    if (!target.valid())
        return sysFailure(std::string("create ") + name);
    if (auto failure = copyContents(source.get(), target.get(), info.st_size))
        return failure;
    if (state.rules.owner && ::fchown(target.get(), *state.rules.owner, state.rules.group) != 0) {
        return sysFailure(std::string("chown ") + name);
    }
    if (::fchmod(target.get(), mode) != 0)
        return sysFailure(std::string("chmod ") + name);
    return std::nullopt;
}

Step copyLevel(int fromDir, int toDir, unsigned depth, CopyState& state);

Step copyDirectory(int fromDir, int toDir, const char* name, unsigned depth, CopyState& state) {
    struct stat existing {};
    if (::fstatat(toDir, name, &existing, AT_SYMLINK_NOFOLLOW) == 0 && !S_ISDIR(existing.st_mode)) {
        if (::unlinkat(toDir, name, 0) != 0)
            return sysFailure(std::string("unlink ") + name);
    }
    if (::mkdirat(toDir, name, 0755) != 0 && errno != EEXIST) {
        return sysFailure(std::string("mkdir ") + name);
    }
    int flags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;
    UniqueFd from(::openat(fromDir, name, flags));
    UniqueFd to(::openat(toDir, name, flags));
    if (!from.valid() || !to.valid())
        return sysFailure(std::string("open directory ") + name);
    if (state.rules.owner && ::fchown(to.get(), *state.rules.owner, state.rules.group) != 0) {
        return sysFailure(std::string("chown ") + name);
    }
    return copyLevel(from.get(), to.get(), depth + 1, state);
}

Step copyLevel(int fromDir, int toDir, unsigned depth, CopyState& state) {
    if (depth > state.rules.maxDepth)
        return std::nullopt;  // deeper trees are not copied
    int listing = ::dup(fromDir);
    DIR* dir = listing >= 0 ? ::fdopendir(listing) : nullptr;
    if (dir == nullptr) {
        if (listing >= 0)
            ::close(listing);
        return sysFailure("opendir");
    }
    ::rewinddir(dir);
    Step result;
    while (dirent* entry = ::readdir(dir)) {
        if (std::strcmp(entry->d_name, ".") == 0 || std::strcmp(entry->d_name, "..") == 0)
            continue;
        if (++state.entries > state.rules.maxEntries)
            break;
        struct stat info {};
        if (::fstatat(fromDir, entry->d_name, &info, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        if (S_ISDIR(info.st_mode)) {
            result = copyDirectory(fromDir, toDir, entry->d_name, depth, state);
        } else if (S_ISREG(info.st_mode)) {
            result = copyFile(fromDir, toDir, entry->d_name, state);
        }
        if (result)
            break;
    }
    ::closedir(dir);
    return result;
}

}  // namespace

Step copyTree(int fromDir, int toDir, const CopyRules& rules) {
    CopyState state{rules};
    return copyLevel(fromDir, toDir, 0, state);
}

}  // namespace verdict::sandbox
