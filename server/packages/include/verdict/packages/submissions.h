#pragma once
// Example submissions under submissions/ and the verdicts they are expected to get.
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>

namespace verdict::packages {

enum class Verdict {
    Accepted,
    WrongAnswer,
    TimeLimitExceeded,
    RunTimeError,
    CompileError,
    OutputLimitExceeded
};

std::string_view verdictCode(Verdict verdict);  // "AC", "WA", "TLE", "RTE", "CE", "OLE"

enum class ExpectationSource { Directory, SubmissionsYaml, ExpectedResultsTag };

// What the submission must get. permitted: every test's verdict is in this set; required: some
// test's verdict is in it (when non-empty); finalOneOf (DOMjudge's tag): the final verdict is.
struct Expectation {
    std::set<Verdict> permitted;
    std::set<Verdict> required;
    std::set<Verdict> finalOneOf;
    bool partiallyAccepted = false;  // legacy partially_accepted: AC, not full score
    // submissions.yaml `score` (scoring problems): a number, or [low, high] inclusive.
    std::optional<std::pair<double, double>> score;
    // submissions.yaml `message`: a substring of some test's judge message.
    std::optional<std::string> message;
    ExpectationSource source = ExpectationSource::Directory;
};

struct ExampleSubmission {
    std::string name;       // relative to submissions/: "accepted/hello.cpp"
    std::string directory;  // "accepted", "wrong_answer", ...
    std::filesystem::path path;
    bool isDirectory = false;
    Expectation expected;
    std::string language;    // submissions.yaml `language`, else empty (from the extension)
    std::string entrypoint;  // submissions.yaml `entrypoint`
};

// The expectation of a directory name (format names and DOMjudge aliases); nullopt if unknown.
std::optional<Expectation> expectationForDirectory(std::string_view directory);
// Parses the value after `@EXPECTED_RESULTS@:` ("CORRECT, TIMELIMIT"); nullopt if malformed.
std::optional<Expectation> expectationFromTag(std::string_view value);

}  // namespace verdict::packages
