#pragma once
// Verdict names as packages write them: AC/WA/TLE/RTE and DOMjudge's CORRECT/TIMELIMIT/...
#include <optional>
#include <string>

#include "verdict/packages/submissions.h"

namespace verdict::packages {

std::optional<Verdict> verdictFromWord(std::string word);

}  // namespace verdict::packages
