// sandbox_overhead: what verdict-sandbox costs per run against unshare, bubblewrap and a bare
// start, and (with --leak-check) whether many runs in a row leave anything behind.
#include <iostream>

#include "sandbox_overhead/commands.h"
#include "sandbox_overhead/leak_check.h"
#include "sandbox_overhead/options.h"
#include "sandbox_overhead/overhead.h"

int main(int argc, char** argv) {
    using namespace verdict::bench;
    ParsedOptions parsed = parseOptions(argc, argv);
    if (!parsed.options) {
        std::cerr << "sandbox_overhead: " << parsed.error << "\n";
        return 2;
    }
    const Options& options = *parsed.options;
    if (options.help) {
        std::cout << usage();
        return 0;
    }
    auto sandbox = findSandbox(options.sandboxPath);
    if (!sandbox) {
        std::cerr << "sandbox_overhead: verdict-sandbox not found or not executable "
                  << (options.sandboxPath ? "at " + *options.sandboxPath
                                          : std::string("next to this program (try --sandbox)"))
                  << "\n";
        return 2;
    }
    if (options.leakCheckRuns) {
        return runLeakCheck(*sandbox, *options.leakCheckRuns, std::cout);
    }
    return runOverheadBenchmark(*sandbox, options.runs, std::cout);
}
