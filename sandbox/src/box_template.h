#pragma once
// A slot's box template: a mount namespace holding the read-only part of a root-mode box's tree
// (the system's binds, /etc, /dev and empty mount points), built once and kept alive by
// bind-mounting its nsfs file in <runtime dir>/templates. A run copies it (setns, then unshare)
// instead of copying the host's whole tree, rebuilding the system part and detaching the rest.
#include <sys/types.h>

#include <string>

#include "verdict/sandbox/failure.h"
#include "verdict/sandbox/unique_fd.h"

namespace verdict::sandbox {

struct TemplateRequest {
    std::string runtimeDir;  // holds templates/ and the staging directory root/
    unsigned slot = 0;
    uid_t boxUid = 0;  // written into the template's /etc/passwd and /etc/group
    gid_t boxGid = 0;
};

// The slot's template for the host as it is now, built first when missing or stale (its name
// carries a hash of the format and of the identity of every host path it binds). Needs the slot's
// lock. An invalid descriptor when no template can be made here: the run then builds its tree
// from the host's.
UniqueFd openBoxTemplate(const TemplateRequest& request);

}  // namespace verdict::sandbox
