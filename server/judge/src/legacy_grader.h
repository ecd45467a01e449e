#pragma once
// The legacy format's default grader, applied at every level of the test data tree (data/,
// sample, secret, secret/<group>, ...): each level's verdict and score come from its children
// (cases and subgroups, by name) as its testdata.yaml grader_flags say: first_error (default),
// worst_error or always_accept; sum (default), avg, min or max; ignore_sample;
// accept_if_any_accepted; and its `range` bounds the score.
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "scoring.h"

namespace verdict::judge {

class LegacyTree {
  public:
    explicit LegacyTree(const packages::Package& package);
    void setCase(const std::string& name, Verdict verdict, double score);
    // False when a level above the case breaks on reject (`on_reject: break`, the default)
    // and one of its children before the case's branch was rejected.
    bool wanted(const packages::TestCase& testCase) const;
    ScoreOutcome grade() const;

  private:
    using Result = std::pair<Verdict, double>;
    struct Child {
        std::string name;
        bool isGroup;
        std::size_t group;
    };
    std::vector<Child> children(std::size_t group) const;  // by name
    std::optional<Result> resultOf(const Child& child) const;
    // nullopt when nothing below it was judged; the group index npos is data/ itself.
    std::optional<Result> gradeGroup(std::size_t group, ScoreOutcome& outcome) const;

    const packages::Package& m_package;
    std::map<std::string, Result> m_cases;
};

}  // namespace verdict::judge
