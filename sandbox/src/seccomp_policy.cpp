#include "seccomp_policy.h"

#include <sched.h>
#include <seccomp.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <memory>

#include "verdict/sandbox/unique_fd.h"

namespace verdict::sandbox {

namespace {

using Context = std::unique_ptr<void, void (*)(scmp_filter_ctx)>;

// Whole system calls the box never needs: they escape, inspect or disturb the host.
constexpr const char* kDeniedSyscalls[] = {
    // namespaces and the file system tree
    "mount",
    "umount",
    "umount2",
    "pivot_root",
    "chroot",
    "unshare",
    "setns",
    "open_tree",
    "move_mount",
    "fsopen",
    "fsconfig",
    "fsmount",
    "fspick",
    "mount_setattr",
    "open_by_handle_at",
    "name_to_handle_at",
    // other processes' memory and tracing
    "ptrace",
    "process_vm_readv",
    "process_vm_writev",
    "process_madvise",
    "pidfd_getfd",
    "kcmp",
    // kernel attack surface
    "bpf",
    "perf_event_open",
    "io_uring_setup",
    "io_uring_enter",
    "io_uring_register",
    "userfaultfd",
    "keyctl",
    "add_key",
    "request_key",
    "fanotify_init",
    "lookup_dcookie",
    // the machine itself
    "kexec_load",
    "kexec_file_load",
    "init_module",
    "finit_module",
    "delete_module",
    "reboot",
    "settimeofday",
    "clock_settime",
    "clock_adjtime",
    "adjtimex",
    "swapon",
    "swapoff",
    "acct",
    "quotactl",
    "quotactl_fd",
    "syslog",
    "vhangup",
    "iopl",
    "ioperm",
    "sethostname",
    "setdomainname",
    "nfsservctl",
};

constexpr unsigned long kNamespaceFlags = CLONE_NEWNS | CLONE_NEWUSER | CLONE_NEWPID |
                                          CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS |
                                          CLONE_NEWCGROUP | CLONE_NEWTIME;

Step addRule(scmp_filter_ctx ctx, std::uint32_t action, int syscall, unsigned count,
             const scmp_arg_cmp* args, const char* what) {
    int rc = seccomp_rule_add_array(ctx, action, syscall, count, args);
    if (rc < 0) {
        errno = -rc;
        return sysFailure("seccomp rule", what);
    }
    return std::nullopt;
}

Step addDeniedSyscalls(scmp_filter_ctx ctx) {
    for (const char* name : kDeniedSyscalls) {
        int number = seccomp_syscall_resolve_name(name);
        if (number == __NR_SCMP_ERROR)
            continue;  // not on this architecture
        if (auto f = addRule(ctx, SCMP_ACT_ERRNO(EPERM), number, 0, nullptr, name))
            return f;
    }
    return std::nullopt;
}

// New namespaces through clone flags; clone3 hides its flags in memory, so it reports ENOSYS
// and the C library falls back to clone.
Step addCloneRules(scmp_filter_ctx ctx) {
    for (unsigned long bit = 1; bit != 0; bit <<= 1) {
        if ((kNamespaceFlags & bit) == 0)
            continue;
        scmp_arg_cmp flag = SCMP_A0(SCMP_CMP_MASKED_EQ, bit, bit);
        if (auto f = addRule(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(clone), 1, &flag, "clone")) {
            return f;
        }
    }
    return addRule(ctx, SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(clone3), 0, nullptr, "clone3");
}

// Only local and internet sockets (unreachable anyway in the empty network namespace).
Step addSocketRules(scmp_filter_ctx ctx) {
    for (int family : {AF_UNSPEC, 3, 4, 5, 6, 7, 8, 9}) {
        scmp_arg_cmp cmp = SCMP_A0(SCMP_CMP_EQ, static_cast<scmp_datum_t>(family));
        for (int call : {SCMP_SYS(socket), SCMP_SYS(socketpair)}) {
            if (auto f = addRule(ctx, SCMP_ACT_ERRNO(EAFNOSUPPORT), call, 1, &cmp, "socket")) {
                return f;
            }
        }
    }
    scmp_arg_cmp above = SCMP_A0(SCMP_CMP_GT, static_cast<scmp_datum_t>(AF_INET6));
    for (int call : {SCMP_SYS(socket), SCMP_SYS(socketpair)}) {
        if (auto f = addRule(ctx, SCMP_ACT_ERRNO(EAFNOSUPPORT), call, 1, &above, "socket")) {
            return f;
        }
    }
    return std::nullopt;
}

// Typing into the controlling terminal; the kernel ignores the upper 32 bits of the command
// (CVE-2019-10063), so compare only the lower ones.
Step addTerminalRules(scmp_filter_ctx ctx) {
    for (unsigned long command :
         {static_cast<unsigned long>(TIOCSTI), static_cast<unsigned long>(TIOCLINUX)}) {
        scmp_arg_cmp cmp = SCMP_A1(SCMP_CMP_MASKED_EQ, 0xffffffffu, command);
        if (auto f = addRule(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(ioctl), 1, &cmp, "ioctl")) {
            return f;
        }
    }
    return std::nullopt;
}

Expected<SeccompProgram> exportProgram(scmp_filter_ctx ctx) {
    UniqueFd memory(::memfd_create("verdict-seccomp", MFD_CLOEXEC));
    if (!memory.valid())
        return sysFailure("memfd_create", "seccomp export");
    int rc = seccomp_export_bpf(ctx, memory.get());
    if (rc < 0) {
        errno = -rc;
        return sysFailure("seccomp_export_bpf");
    }
    off_t size = ::lseek(memory.get(), 0, SEEK_END);
    SeccompProgram program;
    program.instructions.resize(static_cast<std::size_t>(size) / sizeof(sock_filter));
    std::size_t bytes = program.instructions.size() * sizeof(sock_filter);
    if (::pread(memory.get(), program.instructions.data(), bytes, 0) !=
        static_cast<ssize_t>(bytes)) {
        return sysFailure("read seccomp program");
    }
    return program;
}

}  // namespace

Expected<SeccompProgram> compileBoxFilter() {
    // Non-native system call ABIs (i386 int 0x80, x32) kill the process: only the native
    // architecture is added, and the bad-architecture action is kill.
    Context ctx(seccomp_init(SCMP_ACT_ALLOW), seccomp_release);
    if (!ctx)
        return Failure{"seccomp_init", 0, "libseccomp could not allocate a filter"};
    if (seccomp_attr_set(ctx.get(), SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS) < 0 ||
        seccomp_attr_set(ctx.get(), SCMP_FLTATR_CTL_NNP, 0) < 0) {
        return Failure{"seccomp_attr_set", 0, "bad-architecture action"};
    }
    // A binary tree over the syscall numbers instead of a chain: each system call walks a few
    // comparisons, and so does the kernel's per-syscall precomputation when the filter loads.
    if (seccomp_attr_set(ctx.get(), SCMP_FLTATR_CTL_OPTIMIZE, 2) < 0)
        return Failure{"seccomp_attr_set", 0, "binary-tree optimization"};
    for (auto add : {addDeniedSyscalls, addCloneRules, addSocketRules, addTerminalRules}) {
        if (auto failure = add(ctx.get()))
            return *failure;
    }
    return exportProgram(ctx.get());
}

}  // namespace verdict::sandbox
