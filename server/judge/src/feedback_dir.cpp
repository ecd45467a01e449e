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

std::optional<std::string> FeedbackDir::read(const std::string& name, std::size_t limit) const {
    sandbox::UniqueFd directory(
        ::open(m_path.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!directory.valid())
        return std::nullopt;
    // O_NONBLOCK: a FIFO left behind must not block the judge before fstat rejects it.
    sandbox::UniqueFd file(::openat(directory.get(), name.c_str(),
                                    O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
    struct stat info {};
    if (!file.valid() || ::fstat(file.get(), &info) != 0 || !S_ISREG(info.st_mode))
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
