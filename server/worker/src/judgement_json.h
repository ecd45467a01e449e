#pragma once
// The JSON the server keeps and sends for a judgement: per-test results and compile output.
#include <nlohmann/json.hpp>

#include "verdict/judge/judgement.h"

namespace verdict::worker {

nlohmann::json testJson(const judge::TestResult& test);
nlohmann::json judgementJson(const judge::Judgement& judgement);

}  // namespace verdict::worker
