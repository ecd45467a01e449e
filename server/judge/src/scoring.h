#pragma once
// Scoring problems: which test cases still need running, and the score and verdict their
// results add up to, as the package's format defines them:
// - 2023-07 / 2025-09: test groups under secret/ (test_group.yaml: max_score,
//   score_aggregation, require_pass); a case earns its share of the group's max_score, or what
//   the validator's score.txt / score_multiplier.txt say; sample never counts;
// - legacy: testdata.yaml down the tree (on_reject, accept_score, reject_score, range,
//   grader_flags) aggregated by the default grader at every level.
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "verdict/judge/judgement.h"
#include "verdict/packages/package.h"

namespace verdict::judge {

struct ScoreOutcome {
    Verdict verdict = Verdict::Accepted;
    double score = 0;
    std::vector<GroupResult> groups;
    std::string error;  // set: the package or its validator broke a scoring rule (a JE)
};

class LegacyTree;

// One scoring judgement. Feed it every finished case in judging order.
class Scorer {
  public:
    explicit Scorer(const packages::Package& package);
    ~Scorer();

    // What this engine cannot score (legacy custom graders), before anything runs; "" if none.
    std::string unsupported() const;
    // False when the case can no longer change the outcome: a group that breaks on reject
    // already has a rejection, a min or pass-fail group already failed, or a group whose
    // require_pass was not met.
    bool wanted(const packages::TestCase& testCase) const;
    // Records the case's result; sets result.score to what it earned (modern formats: its
    // share of the group) and may turn it into a judge error (a bad score file).
    void record(const packages::TestCase& testCase, TestResult& result);
    ScoreOutcome finish() const;

  private:
    struct Recorded {
        Verdict verdict;
        double score;
    };
    bool legacy() const;
    // Modern formats: the group that scores this case, its per-case share, and gating.
    bool modernWanted(std::size_t group) const;
    double modernCaseScore(std::size_t group, TestResult& result) const;
    bool groupPassed(std::size_t group) const;
    bool requirementsMet(std::size_t group) const;
    ScoreOutcome modernFinish() const;

    const packages::Package& m_package;
    std::vector<std::size_t> m_caseCount;               // judged cases per group
    std::map<std::string, Recorded> m_results;          // by case name
    std::vector<std::vector<Recorded>> m_groupResults;  // per group, in order
    std::unique_ptr<LegacyTree> m_legacy;               // legacy formats only
};

}  // namespace verdict::judge
