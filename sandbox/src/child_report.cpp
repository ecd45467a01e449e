#include "child_report.h"

#include <unistd.h>

#include <cstring>

namespace verdict::sandbox {

namespace {

void copyText(char* destination, std::size_t size, const std::string& text) {
    std::size_t length = std::min(size - 1, text.size());
    std::memcpy(destination, text.data(), length);
    destination[length] = '\0';
}

void sendMessage(int fd, const ChildMessage& message) {
    ssize_t wrote;
    do {
        wrote = ::write(fd, &message, sizeof message);
    } while (wrote < 0 && errno == EINTR);
}

}  // namespace

void sendFailure(int fd, const Failure& failure) {
    ChildMessage message;
    message.kind = MessageKind::SetupFailed;
    message.err = failure.err;
    copyText(message.step, sizeof message.step, failure.step);
    copyText(message.detail, sizeof message.detail, failure.detail);
    sendMessage(fd, message);
}

void sendExit(int fd, int waitStatus, std::uint64_t filesBytes, bool filesFull, bool shmFull) {
    ChildMessage message;
    message.kind = MessageKind::PayloadExited;
    message.waitStatus = waitStatus;
    message.filesBytes = filesBytes;
    message.filesFull = filesFull ? 1 : 0;
    message.shmFull = shmFull ? 1 : 0;
    sendMessage(fd, message);
}

Failure toFailure(const ChildMessage& message) {
    ChildMessage copy = message;
    copy.step[sizeof copy.step - 1] = '\0';
    copy.detail[sizeof copy.detail - 1] = '\0';
    return Failure{copy.step, copy.err, copy.detail};
}

}  // namespace verdict::sandbox
