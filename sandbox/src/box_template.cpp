#include "box_template.h"

#include <dirent.h>
#include <fcntl.h>
#include <linux/nsfs.h>
#include <sched.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>

#include "box_filesystem.h"
#include "child_report.h"

namespace verdict::sandbox {

namespace {

// Bump when the template's tree changes shape, so that templates of older builds are replaced.
constexpr std::uint64_t kTemplateFormat = 1;

class Fnv {
  public:
    void mix(std::uint64_t value) {
        for (int byte = 0; byte < 8; ++byte) {
            m_hash ^= (value >> (8 * byte)) & 0xff;
            m_hash *= 0x100000001b3ull;
        }
    }
    std::uint64_t value() const { return m_hash; }

  private:
    std::uint64_t m_hash = 0xcbf29ce484222325ull;
};

// Which host file each source leads to, and on which mount: a source replaced, relinked or
// mounted over gives another hash. Directories' contents and files rewritten in place need no
// rebuild: the template binds them, it does not copy them.
void mixIdentity(Fnv& hash, const std::string& path) {
    struct statx info {};
    if (::statx(AT_FDCWD, path.c_str(), 0, STATX_BASIC_STATS | STATX_MNT_ID, &info) != 0) {
        hash.mix(static_cast<std::uint64_t>(errno));
        return;
    }
    hash.mix(info.stx_ino);
    hash.mix((std::uint64_t{info.stx_dev_major} << 32) | info.stx_dev_minor);
    hash.mix(info.stx_mnt_id);
    hash.mix(info.stx_mode);
    if (!S_ISDIR(info.stx_mode))
        hash.mix(static_cast<std::uint64_t>(info.stx_mtime.tv_sec) * 1'000'000'000ull +
                 info.stx_mtime.tv_nsec);
}

std::string templateName(const TemplateRequest& request) {
    Fnv hash;
    hash.mix(kTemplateFormat);
    hash.mix(request.boxUid);
    hash.mix(request.boxGid);
    for (const auto& source : systemTreeSources()) {
        // A device node's bind keeps working whatever becomes of the host's path.
        if (source.rfind("/dev/", 0) != 0)
            mixIdentity(hash, source);
    }
    char name[64];
    std::snprintf(name, sizeof name, "box-%u-%016llx", request.slot,
                  static_cast<unsigned long long>(hash.value()));
    return name;
}

// A mount namespace's nsfs file, or nothing (missing, or a plain file: never bound or unbound).
UniqueFd openNamespace(const std::string& path) {
    UniqueFd fd(::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    if (fd.valid() && ::ioctl(fd.get(), NS_GET_NSTYPE) != CLONE_NEWNS)
        fd.reset();
    return fd;
}

// templates/ is a private mount of its own: an nsfs file can only be bound where the mount
// would not propagate to other namespaces. Serialized over all slots by a lock on the runtime dir.
Step ensureTemplateDirectory(const std::string& runtimeDir, const std::string& dir) {
    UniqueFd lock(::open(runtimeDir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!lock.valid() || ::flock(lock.get(), LOCK_EX) != 0)
        return sysFailure("lock " + runtimeDir);
    if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST)
        return sysFailure("mkdir " + dir);
    struct statx info {};
    if (::statx(AT_FDCWD, dir.c_str(), AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, &info) != 0)
        return sysFailure("stat " + dir);
    bool mountRoot = (info.stx_attributes_mask & STATX_ATTR_MOUNT_ROOT) &&
                     (info.stx_attributes & STATX_ATTR_MOUNT_ROOT);
    if (!mountRoot && ::mount(dir.c_str(), dir.c_str(), nullptr, MS_BIND, nullptr) != 0)
        return sysFailure("bind " + dir + " on itself");
    if (::mount(nullptr, dir.c_str(), nullptr, MS_PRIVATE, nullptr) != 0)
        return sysFailure("make " + dir + " private");
    return std::nullopt;
}

// The slot's templates of other hashes: stale. Only this slot's holder ever opens them, and a run
// that still holds one keeps its namespace alive after the unmount.
void removeStaleTemplates(const std::string& dir, const TemplateRequest& request,
                          const std::string& current) {
    DIR* listing = ::opendir(dir.c_str());
    if (listing == nullptr)
        return;
    std::string prefix = "box-" + std::to_string(request.slot) + "-";
    while (const dirent* entry = ::readdir(listing)) {
        std::string name = entry->d_name;
        if (name.rfind(prefix, 0) != 0 || name == current)
            continue;
        std::string path = dir + "/" + name;
        ::umount2(path.c_str(), MNT_DETACH | UMOUNT_NOFOLLOW);
        ::unlink(path.c_str());
    }
    ::closedir(listing);
}

[[noreturn]] void templateBuilderMain(const FilesystemPlan& plan, int readyFd, int holdFd) {
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    Step failure = ::unshare(CLONE_NEWNS) != 0 ? sysFailure("unshare", "the template's namespace")
                                               : buildTemplateFilesystem(plan);
    if (failure) {
        sendFailure(readyFd, *failure);
        ::_exit(1);
    }
    ::close(readyFd);
    char byte;
    (void)::read(holdFd, &byte, 1);  // until the namespace is bound (the writer closes)
    ::_exit(0);
}

// A child builds the tree in a mount namespace of its own and waits while we bind that namespace
// at `path`; then it exits, and the bind keeps the namespace alive.
Step buildTemplate(const TemplateRequest& request, const std::string& path) {
    FilesystemPlan plan;
    plan.stagingDir = request.runtimeDir + "/root";
    plan.boxUid = request.boxUid;
    plan.boxGid = request.boxGid;
    int ready[2], hold[2];
    if (::pipe2(ready, O_CLOEXEC) != 0)
        return sysFailure("pipe2");
    if (::pipe2(hold, O_CLOEXEC) != 0) {
        ::close(ready[0]);
        ::close(ready[1]);
        return sysFailure("pipe2");
    }
    UniqueFd readyRead(ready[0]), readyWrite(ready[1]), holdRead(hold[0]), holdWrite(hold[1]);
    pid_t builder = ::fork();
    if (builder < 0)
        return sysFailure("fork", "the template's builder");
    if (builder == 0) {
        holdWrite.reset();
        templateBuilderMain(plan, readyWrite.get(), holdRead.get());
    }
    readyWrite.reset();
    holdRead.reset();
    ChildMessage message;
    Step failure;
    if (::read(readyRead.get(), &message, sizeof message) == sizeof message) {
        failure = toFailure(message);
    } else {
        std::string source = "/proc/" + std::to_string(builder) + "/ns/mnt";
        UniqueFd target(::open(path.c_str(), O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600));
        if (!target.valid() || ::mount(source.c_str(), path.c_str(), nullptr, MS_BIND, nullptr))
            failure = sysFailure("bind the template's namespace at " + path);
    }
    holdWrite.reset();
    ::waitpid(builder, nullptr, 0);
    return failure;
}

}  // namespace

UniqueFd openBoxTemplate(const TemplateRequest& request) {
    std::string dir = request.runtimeDir + "/templates";
    std::string name = templateName(request);
    std::string path = dir + "/" + name;
    if (UniqueFd fd = openNamespace(path); fd.valid())
        return fd;
    if (ensureTemplateDirectory(request.runtimeDir, dir))
        return UniqueFd();
    removeStaleTemplates(dir, request, name);
    if (buildTemplate(request, path))
        return UniqueFd();
    return openNamespace(path);
}

}  // namespace verdict::sandbox
