#pragma once
// A slot's spare network namespace (root mode, runs with a box template). Creating a network
// namespace is the largest single cost of a run (≈ 0.5 ms of `clone3` here), so it is moved off
// the path from start to program: while a run's program runs, the supervisor makes the next run's
// namespace and keeps it by bind-mounting its nsfs file at <runtime dir>/templates/net-<slot>.
// The slot's next run takes it and clones init into it. Every run still gets a network namespace
// of its own that no process of another run has been in: no interface up, no socket, nothing
// another run could have left.
//
// Taking marks the spare used (net-<slot>.taken, created exclusively) before anything enters it;
// only the run that then makes the next spare, after the old one is unmounted, clears the mark.
// A spare found marked (its run died before that) is never used: it is replaced.
#include <string>

#include "verdict/sandbox/unique_fd.h"

namespace verdict::sandbox {

// The slot's spare, marked used, or an invalid descriptor when there is no unused one (the run
// then clones a new namespace). `homeFd` is the supervisor's own network namespace, opened
// before it enters any spare. Needs the slot's lock.
UniqueFd takeSpareNetwork(const std::string& runtimeDir, unsigned slot, int homeFd);

// Unmounts the slot's spare taken (or left marked) and makes the next one from `homeFd`. This
// process moves into it (the supervisor has no use for a network). False when it could not: the
// next run then clones its own.
bool makeSpareNetwork(const std::string& runtimeDir, unsigned slot, int homeFd);

}  // namespace verdict::sandbox
