#include "file_io.h"

#include <fcntl.h>
#include <unistd.h>

#include <charconv>

#include "verdict/sandbox/unique_fd.h"

namespace verdict::sandbox {

std::optional<std::string> preadSmall(int fd) {
    std::string text;
    char buffer[4096];
    off_t offset = 0;
    for (;;) {
        ssize_t got = ::pread(fd, buffer, sizeof buffer, offset);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return std::nullopt;
        }
        if (got == 0)
            break;
        text.append(buffer, static_cast<std::size_t>(got));
        offset += got;
    }
    return text;
}

std::optional<std::string> readSmallFile(const std::string& path) {
    UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (!fd.valid()) {
        return std::nullopt;
    }
    return preadSmall(fd.get());
}

Step writeSmallFile(const std::string& path, const std::string& text) {
    UniqueFd fd(::open(path.c_str(), O_WRONLY | O_CLOEXEC));
    if (!fd.valid()) {
        return sysFailure("open " + path);
    }
    ssize_t wrote = ::write(fd.get(), text.data(), text.size());
    if (wrote != static_cast<ssize_t>(text.size())) {
        return sysFailure("write " + path, "value '" + text + "'");
    }
    return std::nullopt;
}

std::optional<std::uint64_t> parseUnsigned(const std::string& text) {
    std::uint64_t value = 0;
    const char* begin = text.data();
    const char* end = begin + text.size();
    while (begin < end && (*begin == ' ' || *begin == '\t'))
        ++begin;
    auto [stop, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc() || stop == begin) {
        return std::nullopt;
    }
    return value;
}

std::optional<std::uint64_t> keyedValue(const std::string& text, const std::string& key) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t eol = text.find('\n', pos);
        if (eol == std::string::npos)
            eol = text.size();
        if (text.compare(pos, key.size(), key) == 0 && pos + key.size() < eol &&
            text[pos + key.size()] == ' ') {
            return parseUnsigned(text.substr(pos + key.size() + 1, eol - pos - key.size() - 1));
        }
        pos = eol + 1;
    }
    return std::nullopt;
}

}  // namespace verdict::sandbox
