#include "box_filter.h"

#include <linux/seccomp.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace verdict::sandbox {

namespace {

const sock_filter kInstructions[] = {
#include "box_filter.inc"
};

}  // namespace

const SeccompProgram& boxFilter() {
    static const SeccompProgram program{
        std::vector<sock_filter>(std::begin(kInstructions), std::end(kInstructions))};
    return program;
}

Step loadFilter(const SeccompProgram& program) {
    sock_fprog prog{};
    prog.len = static_cast<unsigned short>(program.instructions.size());
    prog.filter = const_cast<sock_filter*>(program.instructions.data());
    if (::syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog) != 0) {
        return sysFailure("seccomp(SECCOMP_SET_MODE_FILTER)");
    }
    return std::nullopt;
}

}  // namespace verdict::sandbox
