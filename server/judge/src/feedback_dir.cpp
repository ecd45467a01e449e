#include "feedback_dir.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "verdict/sandbox/unique_fd.h"

namespace verdict::judge {

sandbox::Expected<FeedbackDir> FeedbackDir::create() {
    auto parent = WorkDir::create("feedback");
    if (!parent)
        return parent.failure();
    // Only the box's uid (root mode) must reach the inner directory: nobody else.
    if (::chmod(parent->path().c_str(), 0700) != 0)
        return sandbox::sysFailure("chmod " + parent->path().string());
    std::filesystem::path inner = parent->path() / "feedback";
    if (::mkdir(inner.c_str(), 0700) != 0 || ::chmod(inner.c_str(), 0777) != 0)
        return sandbox::sysFailure("mkdir " + inner.string());
    return FeedbackDir(std::move(parent.value()), inner);
}

namespace {

// A regular file in the feedback dir, opened without following links or blocking on a FIFO
// (fstat rejects those); invalid when there is none.
sandbox::UniqueFd openRegular(const std::filesystem::path& directory, const std::string& name) {
    sandbox::UniqueFd parent(
        ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!parent.valid())
        return {};
    sandbox::UniqueFd file(::openat(parent.get(), name.c_str(),
                                    O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
    struct stat info {};
    if (!file.valid() || ::fstat(file.get(), &info) != 0 || !S_ISREG(info.st_mode))
        return {};
    return file;
}

}  // namespace

bool FeedbackDir::contains(const std::string& name) const {
    struct stat info {};
    return ::lstat((m_path / name).c_str(), &info) == 0;
}

sandbox::Expected<std::filesystem::path> FeedbackDir::take(
    const std::string& name, const std::filesystem::path& destination) const {
    sandbox::UniqueFd file = openRegular(m_path, name);
    if (!file.valid())
        return sandbox::Failure{"take " + name + " from the feedback dir", 0,
                                "it must be a regular file"};
    sandbox::UniqueFd copy(
        ::open(destination.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0644));
    if (!copy.valid())
        return sandbox::sysFailure("create " + destination.string());
    char buffer[65536];
    for (;;) {
        ssize_t got = ::read(file.get(), buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return sandbox::sysFailure("read " + name + " in the feedback dir");
        if (got == 0)
            break;
        for (ssize_t done = 0; done < got;) {
            ssize_t wrote =
                ::write(copy.get(), buffer + done, static_cast<std::size_t>(got - done));
            if (wrote < 0 && errno != EINTR)
                return sandbox::sysFailure("write " + destination.string());
            done += wrote < 0 ? 0 : wrote;
        }
    }
    if (::unlink((m_path / name).c_str()) != 0)
        return sandbox::sysFailure("remove " + name + " from the feedback dir");
    return destination;
}

std::optional<std::string> FeedbackDir::read(const std::string& name, std::size_t limit) const {
    sandbox::UniqueFd file = openRegular(m_path, name);
    if (!file.valid())
        return std::nullopt;
    std::string text(limit, '\0');
    std::size_t filled = 0;
    while (filled < limit) {
        ssize_t got = ::read(file.get(), text.data() + filled, limit - filled);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        filled += static_cast<std::size_t>(got);
    }
    text.resize(filled);
    return text;
}

}  // namespace verdict::judge
