#include "temp_workdir.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "test_binaries.h"

namespace fs = std::filesystem;

namespace verdict::tests {

TempWorkdir::TempWorkdir(std::string_view prefix) {
    std::string pattern = "/tmp/" + std::string(prefix) + "XXXXXX";
    if (::mkdtemp(pattern.data()) == nullptr) {
        throw std::runtime_error("mkdtemp " + pattern + ": " + std::strerror(errno));
    }
    m_path = pattern;
    ::chmod(m_path.c_str(), 0755);
}

TempWorkdir::~TempWorkdir() {
    removeTree(m_path);
}

std::string TempWorkdir::file(std::string_view relative) const {
    return m_path + "/" + std::string(relative);
}

std::string TempWorkdir::addProgram(std::string_view hostileName) const {
    std::string target = file(hostileName);
    fs::copy_file(hostileProgram(hostileName), target, fs::copy_options::overwrite_existing);
    ::chmod(target.c_str(), 0755);
    return "./" + std::string(hostileName);
}

std::vector<TreeEntry> listTree(const std::string& root) {
    std::vector<TreeEntry> entries;
    std::error_code error;
    for (fs::recursive_directory_iterator it(root, error), end; !error && it != end;
         it.increment(error)) {
        struct stat info {};
        if (::lstat(it->path().c_str(), &info) != 0) {
            continue;
        }
        entries.push_back(
            {fs::relative(it->path(), root).string(), info.st_mode, info.st_nlink, info.st_size});
    }
    return entries;
}

std::optional<std::string> readTextFile(const std::string& path) {
    std::ifstream input(path, std::ios::binary);
    if (!input) {
        return std::nullopt;
    }
    std::ostringstream text;
    text << input.rdbuf();
    return text.str();
}

void writeTextFile(const std::string& path, const std::string& text, mode_t mode) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, mode);
    if (fd < 0) {
        throw std::runtime_error("open " + path + ": " + std::strerror(errno));
    }
    ssize_t written = ::write(fd, text.data(), text.size());
    ::fchmod(fd, mode);
    ::close(fd);
    if (written != static_cast<ssize_t>(text.size())) {
        throw std::runtime_error("write " + path);
    }
}

std::optional<mode_t> lstatMode(const std::string& path) {
    struct stat info {};
    if (::lstat(path.c_str(), &info) != 0) {
        return std::nullopt;
    }
    return info.st_mode;
}

void removeTree(const std::string& path) {
    std::error_code error;
    fs::remove_all(path, error);  // remove_all never follows symlinks
}

}  // namespace verdict::tests
