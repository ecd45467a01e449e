#include "validator_cache.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace verdict::judge {

namespace fs = std::filesystem;

namespace {

// A directory we own that nobody else can write: its contents are then ours too.
bool isOurs(const fs::path& directory) {
    struct stat info {};
    if (::lstat(directory.c_str(), &info) != 0)
        return false;
    return S_ISDIR(info.st_mode) && info.st_uid == ::geteuid() && (info.st_mode & 022) == 0;
}

fs::path fromEnvironment(const char* name, const char* suffix) {
    const char* value = std::getenv(name);
    if (value == nullptr || value[0] != '/')
        return {};
    return fs::path(value) / suffix;
}

// Creates the root (private) when missing; empty when it is unusable.
fs::path prepareRoot(const fs::path& root) {
    std::error_code error;
    fs::create_directories(root, error);
    if (error || !isOurs(root))
        return {};
    return root;
}

}  // namespace

fs::path ValidatorCache::defaultRoot() {
    fs::path root = fromEnvironment("XDG_CACHE_HOME", "verdict/validators");
    if (root.empty())
        root = fromEnvironment("HOME", ".cache/verdict/validators");
    return root;
}

ValidatorCache::ValidatorCache(fs::path root) {
    if (root.empty())
        root = defaultRoot();
    if (!root.empty())
        m_root = prepareRoot(root);
    if (m_root.empty()) {
        std::error_code error;
        fs::path temp =
            fs::temp_directory_path(error) / ("verdict-validators-" + std::to_string(::geteuid()));
        if (!error && (::mkdir(temp.c_str(), 0700) == 0 || errno == EEXIST))
            m_root = isOurs(temp) ? temp : fs::path();
    }
}

std::optional<fs::path> ValidatorCache::find(const std::string& hash) const {
    if (!usable())
        return std::nullopt;
    fs::path entry = m_root / hash;
    if (!isOurs(entry))
        return std::nullopt;
    return entry;
}

std::optional<fs::path> ValidatorCache::reserve(std::string& error) const {
    std::string pattern = (m_root / ".build-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr || ::chmod(pattern.c_str(), 0755) != 0) {
        error = "validator cache: mkdtemp " + pattern + ": " + std::strerror(errno);
        return std::nullopt;
    }
    return fs::path(pattern);
}

std::optional<fs::path> ValidatorCache::publish(const fs::path& build, const std::string& hash,
                                                std::string& error) const {
    fs::path entry = m_root / hash;
    if (::rename(build.c_str(), entry.c_str()) == 0)
        return entry;
    int renameErrno = errno;
    std::error_code ignored;
    fs::remove_all(build, ignored);
    if ((renameErrno == EEXIST || renameErrno == ENOTEMPTY) && isOurs(entry))
        return entry;  // another judgement published the same validator first
    error = "validator cache: rename to " + entry.string() + ": " + std::strerror(renameErrno);
    return std::nullopt;
}

}  // namespace verdict::judge
