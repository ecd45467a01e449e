#pragma once
// Messages from inside the box to the supervisor over one pipe: fixed-size, so each write is
// atomic (below PIPE_BUF) and a hostile payload cannot forge a partial one (it never holds the
// pipe after exec: the descriptor is close-on-exec).
#include <cstdint>

#include "verdict/sandbox/failure.h"

namespace verdict::sandbox {

enum class MessageKind : std::int32_t { SetupFailed = 1, PayloadExited = 2 };

struct ChildMessage {
    MessageKind kind = MessageKind::SetupFailed;
    std::int32_t err = 0;
    std::int32_t waitStatus = 0;
    std::uint64_t filesBytes = 0;  // bytes the program left in /box and /tmp
    std::int32_t filesFull = 0;    // /box or /tmp was filled (bytes or inodes)
    std::int32_t shmFull = 0;      // /dev/shm (memory, sized as the memory limit) was filled
    char step[128] = {};
    char detail[512] = {};
};

static_assert(sizeof(ChildMessage) < 4096, "must stay below PIPE_BUF to be written atomically");

void sendFailure(int fd, const Failure& failure);
void sendExit(int fd, int waitStatus, std::uint64_t filesBytes, bool filesFull, bool shmFull);
Failure toFailure(const ChildMessage& message);

}  // namespace verdict::sandbox
