#include "box_streams.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <algorithm>
#include <string_view>

namespace verdict::sandbox {

namespace {

bool isDevNull(const struct stat& info) {
    return S_ISCHR(info.st_mode) && major(info.st_rdev) == 1 && minor(info.st_rdev) == 3;
}

// `/dev/fd/N`: a descriptor our caller handed us (an interactive validator's pipe); -1 if not.
int callerDescriptor(const std::string& path) {
    constexpr std::string_view kPrefix = "/dev/fd/";
    if (path.size() <= kPrefix.size() || path.compare(0, kPrefix.size(), kPrefix) != 0)
        return -1;
    int fd = 0;
    for (char c : path.substr(kPrefix.size())) {
        if (c < '0' || c > '9' || fd > 65535)
            return -1;
        fd = fd * 10 + (c - '0');
    }
    return fd > 2 ? fd : -1;
}

}  // namespace

Expected<BoxStreams> BoxStreams::open(const RunOptions& options) {
    BoxStreams streams;
    if (options.stdinPath) {
        streams.m_stdinFile.reset(::open(options.stdinPath->c_str(), O_RDONLY | O_CLOEXEC));
        if (!streams.m_stdinFile.valid()) {
            return sysFailure("--stdin " + *options.stdinPath, "give an existing readable file");
        }
        streams.m_childIn = streams.m_stdinFile.get();
    }
    if (auto f = streams.prepareOutput(options.stdoutPath, 1, streams.m_childOut))
        return *f;
    if (auto f = streams.prepareOutput(options.stderrPath, 2, streams.m_childErr))
        return *f;
    return streams;
}

Step BoxStreams::prepareOutput(const std::optional<std::string>& path, int inherited,
                               int& childFd) {
    int fd = inherited;
    // A pipe our caller handed over goes to the program as it is: the peer reading it limits
    // it, and a relay would stall our loop while the peer does not read.
    if (int handed = path ? callerDescriptor(*path) : -1; handed >= 0) {
        struct stat info {};
        if (::fstat(handed, &info) != 0 || !S_ISFIFO(info.st_mode)) {
            errno = EBADF;
            return sysFailure(*path, "hand over an open pipe as /dev/fd/N");
        }
        childFd = handed;
        return std::nullopt;
    }
    if (path) {
        UniqueFd file(
            ::open(path->c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0644));
        if (!file.valid())
            return sysFailure("open " + *path, "the output file must be writable");
        fd = file.get();
        m_owned.push_back(std::move(file));
    }
    struct stat info {};
    if (::fstat(fd, &info) != 0) {
        // Nothing open on our stream: the program gets /dev/null.
        UniqueFd null(::open("/dev/null", O_RDWR | O_CLOEXEC));
        childFd = null.get();
        m_owned.push_back(std::move(null));
        return std::nullopt;
    }
    if (S_ISREG(info.st_mode) || isDevNull(info)) {
        childFd = fd;
        if (S_ISREG(info.st_mode)) {
            m_direct.push_back({fd, info.st_size, info.st_dev, info.st_ino});
        }
        return std::nullopt;
    }
    int ends[2];
    if (::pipe2(ends, O_CLOEXEC) != 0)
        return sysFailure("pipe for relaying output");
    m_relays.push_back({UniqueFd(ends[0]), fd, true});
    childFd = ends[1];
    m_childEnds.emplace_back(ends[1]);
    return std::nullopt;
}

void BoxStreams::closeChildEnds() {
    m_childEnds.clear();
}

std::uint64_t BoxStreams::directBytes() const {
    std::uint64_t total = 0;
    for (std::size_t i = 0; i < m_direct.size(); ++i) {
        bool seen = false;
        for (std::size_t j = 0; j < i; ++j) {
            seen = seen || (m_direct[j].device == m_direct[i].device &&
                            m_direct[j].inode == m_direct[i].inode);
        }
        struct stat info {};
        if (seen || ::fstat(m_direct[i].fd, &info) != 0)
            continue;
        if (info.st_size > m_direct[i].startSize) {
            total += static_cast<std::uint64_t>(info.st_size - m_direct[i].startSize);
        }
    }
    return total;
}

bool BoxStreams::pump(StreamRelay& relay, std::uint64_t& total, std::uint64_t limit) {
    char buffer[65536];
    ssize_t got = ::read(relay.source.get(), buffer, sizeof buffer);
    if (got < 0 && (errno == EINTR || errno == EAGAIN))
        return true;
    if (got <= 0)
        return false;
    // Only the bytes within the limit are passed on; the rest is counted and dropped.
    std::uint64_t before = total;
    total += static_cast<std::uint64_t>(got);
    std::size_t allowed = before >= limit ? 0
                                          : static_cast<std::size_t>(std::min<std::uint64_t>(
                                                static_cast<std::uint64_t>(got), limit - before));
    if (allowed > 0)
        relay.endsWithNewline = buffer[allowed - 1] == '\n';
    for (std::size_t done = 0; done < allowed;) {
        ssize_t wrote = ::write(relay.destination, buffer + done, allowed - done);
        if (wrote < 0 && errno == EINTR)
            continue;
        if (wrote <= 0)
            return true;  // our reader went away: keep draining, drop the bytes
        done += static_cast<std::size_t>(wrote);
    }
    return true;
}

}  // namespace verdict::sandbox
