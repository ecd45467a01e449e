#pragma once

#include <string>
#include <vector>

namespace verdict::bench {

// The sandbox's runtime directory for our uid, chosen as verdict-sandbox chooses it:
// /run/verdict-sandbox as root, else $XDG_RUNTIME_DIR/verdict-sandbox when writable, else
// /tmp/verdict-sandbox-UID.
std::string sandboxRunDirectory();

// What the runtime directory holds: slot lock files (box-*.lock), the staging directory "root"
// and the directory "templates" of the slots' box templates (box-N-HASH, root mode; all reused
// from run to run, so expected) and spare network namespaces (net-N, one per slot), and anything
// else (a leak). Anything inside "root", or in "templates" but a template, counts as a leak too,
// named "root/NAME" or "templates/NAME".
struct RunDirListing {
    std::vector<std::string> slotLocks;
    bool hasStagingDirectory = false;
    std::vector<std::string> templates;
    std::vector<std::string> others;
};

// Lists the directory; everything is empty when it does not exist.
RunDirListing listRunDirectory(const std::string& directory);

}  // namespace verdict::bench
