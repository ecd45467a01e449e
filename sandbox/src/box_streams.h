#pragma once
// The program's standard streams: files handed over directly (capped by RLIMIT_FSIZE), or
// pipes the supervisor relays and counts (terminals, pipes, sockets: nothing the program could
// use to reach beyond its output, such as TIOCSTI on a terminal).
#include <sys/types.h>

#include <cstdint>
#include <vector>

#include "verdict/sandbox/failure.h"
#include "verdict/sandbox/run_options.h"
#include "verdict/sandbox/unique_fd.h"

namespace verdict::sandbox {

struct StreamRelay {
    UniqueFd source;       // read end of the program's pipe
    int destination = -1;  // where the bytes go (our stdout or stderr)
    bool endsWithNewline = true;
};

// A regular file the program writes directly; its growth is the output it wrote.
struct DirectFile {
    int fd = -1;
    off_t startSize = 0;
    dev_t device = 0;
    ino_t inode = 0;
};

class BoxStreams {
  public:
    static Expected<BoxStreams> open(const RunOptions& options);

    int childStdin() const { return m_childIn; }
    int childStdout() const { return m_childOut; }
    int childStderr() const { return m_childErr; }
    // The supervisor's copies of the program's pipe ends, closed once the box holds them.
    void closeChildEnds();
    std::vector<StreamRelay>& relays() { return m_relays; }
    // Bytes the program added to directly written files (each file counted once).
    std::uint64_t directBytes() const;
    // Moves up to one buffer from a relay; false at end of stream. Counts every byte into
    // `total` but passes on only those within `limit`.
    static bool pump(StreamRelay& relay, std::uint64_t& total, std::uint64_t limit);

  private:
    Step prepareOutput(const std::optional<std::string>& path, int inherited, int& childFd);

    UniqueFd m_stdinFile;
    std::vector<UniqueFd> m_owned;  // files we opened and pipe ends we hand to the child
    std::vector<UniqueFd> m_childEnds;
    std::vector<StreamRelay> m_relays;
    std::vector<DirectFile> m_direct;
    int m_childIn = 0, m_childOut = 1, m_childErr = 2;
};

}  // namespace verdict::sandbox
