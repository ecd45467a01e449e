#pragma once
// The box's seccomp program, compiled from seccomp_policy.cpp at build time.
#include "seccomp_policy.h"

namespace verdict::sandbox {

const SeccompProgram& boxFilter();

}  // namespace verdict::sandbox
