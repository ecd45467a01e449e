#include "box_filesystem.h"

#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cstring>
#include <iterator>

#include "file_io.h"
#include "tree_copy.h"
#include "verdict/sandbox/unique_fd.h"

namespace verdict::sandbox {

namespace {

// A detached copy of a host tree, taken before the staging tmpfs can hide anything.
struct ClonedTree {
    UniqueFd mount;
    std::string destination;  // relative to the new root
    bool directory = true;
    std::uint64_t attributes = MOUNT_ATTR_RDONLY | MOUNT_ATTR_NOSUID | MOUNT_ATTR_NODEV;
};

constexpr const char* kSystemDirs[] = {"bin", "sbin", "lib", "lib32", "lib64", "libx32"};
constexpr const char* kDevices[] = {"null", "zero", "full", "random", "urandom"};
constexpr const char* kEtcFiles[] = {"/etc/ld.so.cache", "/etc/alternatives", "/etc/localtime"};

Expected<ClonedTree> cloneTree(const std::string& source, std::string destination,
                               std::uint64_t attributes) {
    struct stat info {};
    if (::stat(source.c_str(), &info) != 0)
        return sysFailure("bind source " + source);
    ClonedTree tree;
    tree.destination = std::move(destination);
    tree.directory = S_ISDIR(info.st_mode);
    tree.attributes = attributes;
    tree.mount.reset(static_cast<int>(
        ::open_tree(AT_FDCWD, source.c_str(), OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC | AT_RECURSIVE)));
    if (!tree.mount.valid())
        return sysFailure("open_tree " + source);
    mount_attr attr{};
    attr.attr_set = tree.attributes;
    attr.propagation = MS_PRIVATE;  // never a peer of the host's mount, whenever it is cloned
    if (::mount_setattr(tree.mount.get(), "", AT_EMPTY_PATH | AT_RECURSIVE, &attr, sizeof attr)) {
        return sysFailure("mount_setattr " + source);
    }
    return tree;
}

// mkdir -p below the new root, never through links (every component is created by us).
Step makePath(int rootFd, const std::string& path, bool lastIsFile) {
    std::size_t pos = 0;
    while (pos < path.size()) {
        std::size_t slash = path.find('/', pos);
        bool last = slash == std::string::npos;
        std::string prefix = path.substr(0, last ? path.size() : slash);
        if (!prefix.empty()) {
            if (last && lastIsFile) {
                UniqueFd file(::openat(rootFd, prefix.c_str(),
                                       O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0644));
                if (!file.valid())
                    return sysFailure("create mount point /" + prefix);
            } else if (::mkdirat(rootFd, prefix.c_str(), 0755) != 0 && errno != EEXIST) {
                return sysFailure("mkdir /" + prefix);
            }
        }
        if (last)
            break;
        pos = slash + 1;
    }
    return std::nullopt;
}

Step attachTree(int rootFd, const ClonedTree& tree) {
    if (auto failure = makePath(rootFd, tree.destination, !tree.directory))
        return failure;
    if (::move_mount(tree.mount.get(), "", rootFd, tree.destination.c_str(),
                     MOVE_MOUNT_F_EMPTY_PATH) != 0) {
        return sysFailure("move_mount /" + tree.destination);
    }
    return std::nullopt;
}

std::string relative(const std::string& absolute) {
    std::size_t start = absolute.find_first_not_of('/');
    return start == std::string::npos ? "" : absolute.substr(start);
}

// The system part of the tree: /usr, the top-level library dirs (as links on merged-/usr
// hosts), what /etc must provide for the dynamic loader, and the harmless devices.
Step cloneSystemTrees(std::vector<ClonedTree>& trees,
                      std::vector<std::pair<std::string, std::string>>& links) {
    constexpr std::uint64_t kReadOnly = MOUNT_ATTR_RDONLY | MOUNT_ATTR_NOSUID | MOUNT_ATTR_NODEV;
    auto add = [&](const std::string& source, const std::string& destination,
                   std::uint64_t attributes) -> Step {
        auto tree = cloneTree(source, destination, attributes);
        if (!tree)
            return tree.failure();
        trees.push_back(std::move(tree.value()));
        return std::nullopt;
    };
    if (auto failure = add("/usr", "usr", kReadOnly))
        return failure;
    for (const char* name : kSystemDirs) {
        std::string host = std::string("/") + name;
        struct stat info {};
        if (::lstat(host.c_str(), &info) != 0)
            continue;
        if (S_ISLNK(info.st_mode)) {
            char target[256] = {};
            ssize_t length = ::readlink(host.c_str(), target, sizeof target - 1);
            if (length > 0)
                links.emplace_back(std::string(target, static_cast<std::size_t>(length)), name);
        } else if (S_ISDIR(info.st_mode)) {
            if (auto failure = add(host, name, kReadOnly))
                return failure;
        }
    }
    for (const char* etc : kEtcFiles) {
        if (::access(etc, F_OK) == 0) {
            if (auto failure = add(etc, relative(etc), kReadOnly))
                return failure;
        }
    }
    for (const char* device : kDevices) {
        std::string host = std::string("/dev/") + device;
        if (auto failure =
                add(host, "dev/" + std::string(device), MOUNT_ATTR_NOSUID | MOUNT_ATTR_NOEXEC)) {
            return failure;
        }
    }
    return std::nullopt;
}

Step mountTmpfs(const std::string& path, std::uint64_t bytes, std::uint64_t inodes, int mode,
                uid_t uid, gid_t gid) {
    char options[160];
    std::snprintf(options, sizeof options, "size=%llu,nr_inodes=%llu,mode=%o,uid=%u,gid=%u",
                  static_cast<unsigned long long>(bytes), static_cast<unsigned long long>(inodes),
                  mode, uid, gid);
    if (::mount("tmpfs", path.c_str(), "tmpfs", MS_NOSUID | MS_NODEV, options) != 0) {
        return sysFailure("mount tmpfs " + path, options);
    }
    return std::nullopt;
}

Step writeAt(int dirFd, const char* name, const std::string& text) {
    UniqueFd file(
        ::openat(dirFd, name, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0644));
    if (!file.valid() ||
        ::write(file.get(), text.data(), text.size()) != static_cast<ssize_t>(text.size())) {
        return sysFailure(std::string("write /etc/") + name);
    }
    return std::nullopt;
}

Step populateEtcAndDev(int rootFd, const FilesystemPlan& plan) {
    if (::mkdirat(rootFd, "etc", 0755) != 0 && errno != EEXIST)
        return sysFailure("mkdir /etc");
    UniqueFd etc(::openat(rootFd, "etc", O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    std::string uid = std::to_string(plan.boxUid), gid = std::to_string(plan.boxGid);
    if (auto f = writeAt(
            etc.get(), "passwd",
            "root:x:0:0:root:/:/bin/sh\nbox:x:" + uid + ":" + gid + ":box:/box:/bin/sh\n")) {
        return f;
    }
    if (auto f = writeAt(etc.get(), "group", "root:x:0:\nbox:x:" + gid + ":\n"))
        return f;
    if (auto f = writeAt(etc.get(), "hosts", "127.0.0.1 localhost verdict-box\n"))
        return f;
    for (auto [name, target] : {std::pair{"fd", "/proc/self/fd"},
                                {"stdin", "/proc/self/fd/0"},
                                {"stdout", "/proc/self/fd/1"},
                                {"stderr", "/proc/self/fd/2"}}) {
        std::string link = std::string("dev/") + name;
        if (::symlinkat(target, rootFd, link.c_str()) != 0)
            return sysFailure("symlink /" + link);
    }
    return std::nullopt;
}

Step makeMountPoints(int rootFd) {
    for (const char* dir : {"proc", "tmp", "dev/shm", "box"}) {
        if (auto failure = makePath(rootFd, dir, false))
            return failure;
    }
    return std::nullopt;
}

Step mountSpecialFileSystems(const std::string& root, const FilesystemPlan& plan) {
    std::string proc = root + "/proc";
    if (::mount("proc", proc.c_str(), "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC,
                "hidepid=invisible") != 0) {
        return sysFailure("mount proc", "a private /proc for the box's PID namespace");
    }
    if (auto f = mountTmpfs(root + "/tmp", plan.filesBytes, plan.inodes, 01777, plan.ownerUid,
                            plan.ownerGid))
        return f;
    if (auto f = mountTmpfs(root + "/dev/shm", plan.shmBytes, plan.inodes, 01777, plan.ownerUid,
                            plan.ownerGid))
        return f;
    return std::nullopt;
}

// The caller's directory read-only on /box, cloned while the host's tree is still in reach.
Expected<std::optional<ClonedTree>> cloneReadonlyWorkdir(const FilesystemPlan& plan) {
    if (!plan.workdir || !plan.readonlyWorkdir)
        return std::optional<ClonedTree>();
    auto tree =
        cloneTree(*plan.workdir, "box", MOUNT_ATTR_RDONLY | MOUNT_ATTR_NOSUID | MOUNT_ATTR_NODEV);
    if (!tree)
        return tree.failure();
    return std::optional<ClonedTree>(std::move(tree.value()));
}

Expected<int> prepareWorkdir(const std::string& root, int rootFd, const FilesystemPlan& plan,
                             const std::optional<ClonedTree>& readonlyWorkdir) {
    if (readonlyWorkdir) {
        if (auto failure = attachTree(rootFd, *readonlyWorkdir))
            return *failure;
    } else if (auto f = mountTmpfs(root + "/box", plan.filesBytes, plan.inodes, 0755, plan.boxUid,
                                   plan.boxGid)) {
        return *f;
    }
    int box = ::openat(rootFd, "box", O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (box < 0)
        return sysFailure("open /box");
    if (plan.workdir && !plan.readonlyWorkdir) {
        CopyRules rules;
        rules.owner = plan.boxUid;
        rules.group = plan.boxGid;
        if (auto failure = copyTree(plan.hostWorkdirFd, box, rules)) {
            ::close(box);
            failure->step = "copy work dir into the box: " + failure->step;
            return *failure;
        }
    }
    return box;
}

Step pivotInto(const std::string& root) {
    if (::chdir(root.c_str()) != 0)
        return sysFailure("chdir new root");
    if (::syscall(SYS_pivot_root, ".", ".") != 0)
        return sysFailure("pivot_root");
    if (::umount2(".", MNT_DETACH) != 0)
        return sysFailure("umount old root");
    if (::chdir("/") != 0)
        return sysFailure("chdir /");
    if (::mount(nullptr, "/", nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV,
                nullptr) != 0) {
        return sysFailure("remount / read-only");
    }
    return std::nullopt;
}

Step cloneUserBinds(const FilesystemPlan& plan, std::vector<ClonedTree>& trees) {
    for (const auto& bind : plan.binds) {
        std::uint64_t attributes = MOUNT_ATTR_NOSUID | MOUNT_ATTR_NODEV;
        if (!bind.writable)
            attributes |= MOUNT_ATTR_RDONLY;
        auto tree = cloneTree(bind.source, relative(bind.destination), attributes);
        if (!tree)
            return tree.failure();
        trees.push_back(std::move(tree.value()));
    }
    return std::nullopt;
}

Expected<int> mountNewRoot(const std::string& root) {
    if (::mount("tmpfs", root.c_str(), "tmpfs", MS_NOSUID | MS_NODEV,
                "size=1m,nr_inodes=512,mode=0755") != 0) {
        return sysFailure("mount root tmpfs on " + root);
    }
    int rootFd = ::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (rootFd < 0)
        return sysFailure("open new root");
    return rootFd;
}

Step attachSystem(int rootFd, const std::vector<ClonedTree>& trees,
                  const std::vector<std::pair<std::string, std::string>>& links) {
    for (const auto& [target, name] : links) {
        if (::symlinkat(target.c_str(), rootFd, name.c_str()) != 0) {
            return sysFailure("symlink /" + name);
        }
    }
    for (const auto& tree : trees) {
        if (auto failure = attachTree(rootFd, tree))
            return failure;
    }
    return std::nullopt;
}

// The tree every box shares: a tmpfs root with the system's binds, /etc, /dev and the mount
// points of what each run mounts afresh. Built on the staging directory, not yet pivoted into.
Expected<int> buildSystemRoot(const FilesystemPlan& plan) {
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
        return sysFailure("make mounts private");
    }
    // Every host tree is cloned before the staging tmpfs can hide any of them.
    std::vector<ClonedTree> trees;
    std::vector<std::pair<std::string, std::string>> links;
    if (auto failure = cloneSystemTrees(trees, links))
        return *failure;
    auto newRoot = mountNewRoot(plan.stagingDir);
    if (!newRoot)
        return newRoot;
    UniqueFd rootFd(newRoot.value());
    if (auto failure = attachSystem(rootFd.get(), trees, links))
        return *failure;
    if (auto failure = populateEtcAndDev(rootFd.get(), plan))
        return *failure;
    if (auto failure = makeMountPoints(rootFd.get()))
        return *failure;
    return rootFd.release();
}

Step enterDirectory(const char* path) {
    if (::chdir(path) != 0)
        return sysFailure(std::string("chdir ") + path);
    return std::nullopt;
}

// Root mode without binds: a private copy of the slot's template namespace (box_template.h)
// plus this run's /proc, /tmp, /dev/shm and /box. The host's tree is never copied.
Expected<int> enterTemplate(const FilesystemPlan& plan) {
    auto readonlyWorkdir = cloneReadonlyWorkdir(plan);
    if (!readonlyWorkdir)
        return readonlyWorkdir.failure();
    if (::setns(plan.templateFd, CLONE_NEWNS) != 0)
        return sysFailure("setns", "the box template's mount namespace");
    if (::unshare(CLONE_NEWNS) != 0)
        return sysFailure("unshare", "a private copy of the box template");
    UniqueFd rootFd(::open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!rootFd.valid())
        return sysFailure("open /");
    if (auto failure = mountSpecialFileSystems("", plan))
        return *failure;
    auto workdir = prepareWorkdir("", rootFd.get(), plan, readonlyWorkdir.value());
    if (!workdir)
        return workdir;
    UniqueFd box(workdir.value());
    if (auto failure = enterDirectory("/box"))
        return *failure;
    return box.release();
}

}  // namespace

std::vector<std::string> systemTreeSources() {
    std::vector<std::string> sources = {"/usr"};
    for (const char* name : kSystemDirs)
        sources.push_back(std::string("/") + name);
    sources.insert(sources.end(), std::begin(kEtcFiles), std::end(kEtcFiles));
    for (const char* device : kDevices)
        sources.push_back(std::string("/dev/") + device);
    return sources;
}

Step buildTemplateFilesystem(const FilesystemPlan& plan) {
    auto rootFd = buildSystemRoot(plan);
    if (!rootFd)
        return rootFd.failure();
    ::close(rootFd.value());
    if (auto failure = pivotInto(plan.stagingDir))
        return failure;
    return std::nullopt;
}

Expected<int> buildBoxFilesystem(const FilesystemPlan& plan) {
    if (plan.templateFd >= 0)
        return enterTemplate(plan);
    // The caller's trees are cloned before the staging tmpfs can hide any of them.
    std::vector<ClonedTree> userTrees;
    if (auto failure = cloneUserBinds(plan, userTrees))
        return *failure;
    auto readonlyWorkdir = cloneReadonlyWorkdir(plan);
    if (!readonlyWorkdir)
        return readonlyWorkdir.failure();
    auto newRoot = buildSystemRoot(plan);
    if (!newRoot)
        return newRoot;
    UniqueFd rootFd(newRoot.value());
    const std::string& root = plan.stagingDir;
    if (auto failure = mountSpecialFileSystems(root, plan))
        return *failure;
    auto workdir = prepareWorkdir(root, rootFd.get(), plan, readonlyWorkdir.value());
    if (!workdir)
        return workdir;
    UniqueFd box(workdir.value());
    // The caller's binds go last so that nothing mounted later hides them.
    if (auto failure = attachSystem(rootFd.get(), userTrees, {}))
        return *failure;
    if (auto failure = pivotInto(root))
        return *failure;
    if (auto failure = enterDirectory("/box"))
        return *failure;
    return box.release();
}

}  // namespace verdict::sandbox
