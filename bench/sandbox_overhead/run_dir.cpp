#include "sandbox_overhead/run_dir.h"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

namespace verdict::bench {

namespace {

namespace fs = std::filesystem;

constexpr const char* kStagingDirectory = "root";
constexpr const char* kTemplateDirectory = "templates";

fs::file_type typeOf(const fs::directory_entry& entry) {
    std::error_code error;
    return entry.symlink_status(error).type();
}

bool isSlotLock(const fs::directory_entry& entry) {
    std::string name = entry.path().filename().string();
    return name.rfind("box-", 0) == 0 && entry.path().extension() == ".lock" &&
           typeOf(entry) == fs::file_type::regular;
}

bool isStagingDirectory(const fs::directory_entry& entry) {
    return entry.path().filename() == kStagingDirectory &&
           typeOf(entry) == fs::file_type::directory;
}

bool isTemplateDirectory(const fs::directory_entry& entry) {
    return entry.path().filename() == kTemplateDirectory &&
           typeOf(entry) == fs::file_type::directory;
}

// box-<slot>-<16 hex digits>: a slot's template, the mount point of its namespace; net-<slot>:
// the slot's spare network namespace (a mark net-<slot>.taken left behind is a leak).
bool isTemplateName(const std::string& name) {
    auto digits = [&](std::size_t from, std::size_t to, const char* allowed) {
        return from < to && name.find_first_not_of(allowed, from) >= to;
    };
    if (name.rfind("net-", 0) == 0)
        return digits(4, name.size(), "0123456789");
    std::size_t dash = name.rfind('-');
    if (name.rfind("box-", 0) != 0 || dash <= 4 || name.size() != dash + 17)
        return false;
    return digits(4, dash, "0123456789") && digits(dash + 1, name.size(), "0123456789abcdef");
}

// Names in `directory`, each prefixed with `prefix`.
std::vector<std::string> namesIn(const fs::path& directory, const std::string& prefix) {
    std::vector<std::string> names;
    std::error_code error;
    fs::directory_iterator entry(directory, error);
    for (; !error && entry != fs::directory_iterator(); entry.increment(error)) {
        names.push_back(prefix + entry->path().filename().string());
    }
    return names;
}

}  // namespace

std::string sandboxRunDirectory() {
    if (geteuid() == 0) {
        return "/run/verdict-sandbox";
    }
    const char* runtime = std::getenv("XDG_RUNTIME_DIR");
    if (runtime != nullptr && *runtime != '\0' && access(runtime, W_OK) == 0) {
        return std::string(runtime) + "/verdict-sandbox";
    }
    return "/tmp/verdict-sandbox-" + std::to_string(geteuid());
}

RunDirListing listRunDirectory(const std::string& directory) {
    RunDirListing listing;
    std::error_code error;
    fs::directory_iterator entry(directory, error);
    for (; !error && entry != fs::directory_iterator(); entry.increment(error)) {
        if (isSlotLock(*entry)) {
            listing.slotLocks.push_back(entry->path().filename().string());
        } else if (isStagingDirectory(*entry)) {
            listing.hasStagingDirectory = true;
            auto inside = namesIn(entry->path(), std::string(kStagingDirectory) + "/");
            listing.others.insert(listing.others.end(), inside.begin(), inside.end());
        } else if (isTemplateDirectory(*entry)) {
            for (const std::string& name : namesIn(entry->path(), "")) {
                auto& list = isTemplateName(name) ? listing.templates : listing.others;
                list.push_back(isTemplateName(name) ? name : kTemplateDirectory + ("/" + name));
            }
        } else {
            listing.others.push_back(entry->path().filename().string());
        }
    }
    std::sort(listing.slotLocks.begin(), listing.slotLocks.end());
    std::sort(listing.templates.begin(), listing.templates.end());
    std::sort(listing.others.begin(), listing.others.end());
    return listing;
}

}  // namespace verdict::bench
