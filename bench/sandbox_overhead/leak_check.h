#pragma once

#include <iosfwd>
#include <string>

namespace verdict::bench {

// Runs `verdict-sandbox run -- /bin/true` `runs` times in a row, then compares the host with
// how it was before: box cgroups, mounts, processes, files in the run directory. Prints the
// findings; returns 0 when nothing leaked and every run succeeded, else 1.
int runLeakCheck(const std::string& sandboxPath, long runs, std::ostream& out);

}  // namespace verdict::bench
