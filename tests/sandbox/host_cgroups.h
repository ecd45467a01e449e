#pragma once
// Box cgroups as seen from the host: <mount>/<our cgroup path>/verdict-sandbox/box-<slot> in every
// hierarchy (v1 controllers and the unified cgroup2 mount). After a run none may remain. On cgroup
// v1 the pids and cpuacct hierarchies hold each slot's kept slot-<slot> instead, which must be
// empty between runs.
#include <string>
#include <vector>

namespace verdict::tests {

// "<mount>/<our path>/verdict-sandbox" for every mounted hierarchy we belong to.
std::vector<std::string> sandboxCgroupParents();
// box-* directories currently present under those parents, and slot-* ones holding processes.
std::vector<std::string> boxCgroupsPresent();
// Waits up to `graceMs` for box cgroups to disappear (concurrent runs by others end quickly; a
// leak never does) and returns those still present.
std::vector<std::string> leftoverBoxCgroups(int graceMs = 2000);

// Lines of /proc/self/mountinfo without the mount ids (fields 1-2), sorted.
std::vector<std::string> mountTable();

}  // namespace verdict::tests
