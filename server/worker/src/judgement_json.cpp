#include "judgement_json.h"

namespace verdict::worker {

nlohmann::json testJson(const judge::TestResult& test) {
    nlohmann::json json = {{"name", test.name},
                           {"verdict", judge::verdictCode(test.verdict)},
                           {"cpu_ms", test.cpuMs},
                           {"wall_ms", test.wallMs},
                           {"memory_kib", test.memoryKib}};
    if (!test.teamMessage.empty())
        json["team_message"] = test.teamMessage;
    if (test.score)
        json["score"] = *test.score;
    return json;
}

nlohmann::json judgementJson(const judge::Judgement& judgement) {
    nlohmann::json tests = nlohmann::json::array();
    for (const auto& test : judgement.tests)
        tests.push_back(testJson(test));
    nlohmann::json json = {
        {"verdict", judge::verdictCode(judgement.verdict)},
        {"compile", {{"ok", judgement.compile.ok}, {"output", judgement.compile.output}}},
        {"tests", tests}};
    if (judgement.score)
        json["score"] = *judgement.score;
    // Why the judge failed (our fault): for the operators; the API shows it to admins only.
    if (judgement.verdict == judge::Verdict::JudgeError && !judgement.error.empty())
        json["error"] = judgement.error;
    if (!judgement.tests.empty() && !judgement.tests.front().degraded.empty())
        json["degraded"] = judgement.tests.front().degraded;
    return json;
}

}  // namespace verdict::worker
