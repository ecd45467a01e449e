#pragma once
// pidfd_send_signal through syscall(2): Debian 12's <sys/pidfd.h> lacks C++ linkage.
#include <sys/syscall.h>
#include <unistd.h>

namespace verdict::sandbox {

inline int signalPidfd(int pidfd, int signal) {
    return static_cast<int>(::syscall(SYS_pidfd_send_signal, pidfd, signal, nullptr, 0));
}

}  // namespace verdict::sandbox
