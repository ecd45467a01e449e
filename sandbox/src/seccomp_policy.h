#pragma once
// The box's seccomp policy. Compiled with libseccomp at build time (tools/), loaded by the
// payload before exec.
#include <linux/filter.h>

#include <vector>

#include "verdict/sandbox/failure.h"

namespace verdict::sandbox {

struct SeccompProgram {
    std::vector<sock_filter> instructions;
};

// Default-allow deny-list: refuses what can escape, snoop on or disturb the host or other boxes.
Expected<SeccompProgram> compileBoxFilter();

// Loads a compiled filter into the calling thread (after PR_SET_NO_NEW_PRIVS); box_filter.cpp.
Step loadFilter(const SeccompProgram& program);

}  // namespace verdict::sandbox
