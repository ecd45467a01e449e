#pragma once
// CPU time of a live process tree read from /proc: the fallback that stops a box at its CPU
// limit on hosts without a CPU cgroup.
#include <sys/types.h>

#include <cstdint>

namespace verdict::sandbox {

// User plus system time of every live process in the tree rooted at `root`, plus what each has
// reaped from its children (the box's init reaps every orphan, so exited processes count too).
std::uint64_t treeCpuNs(pid_t root);

}  // namespace verdict::sandbox
