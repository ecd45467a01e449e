#pragma once
// Where the sandbox under test and the hostile programs live on the host.
#include <string>
#include <string_view>

namespace verdict::tests {

// build/bin/verdict-sandbox, or $VERDICT_SANDBOX when set (to test another build).
std::string sandboxBinary();

// Host path of the hostile program built from hostile/<name>.c; throws if there is none.
std::string hostileProgram(std::string_view name);

// A fresh lowercase hex token (for file names, comm names, socket names) of `length` chars.
std::string uniqueToken(std::size_t length = 12);

}  // namespace verdict::tests
