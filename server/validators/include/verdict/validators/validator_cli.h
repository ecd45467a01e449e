#pragma once

#include <span>
#include <string>

namespace verdict::validators {

// Exit codes of the output validator contract.
inline constexpr int kExitAccepted = 42;
inline constexpr int kExitWrongAnswer = 43;
inline constexpr int kExitJudgeError = 1;

// Runs the default validator as a custom validator would be run:
//   args = { input_file, answer_file, feedback_dir/, flags... }, team output read from `teamFd`.
// Writes `judgemessage.txt` (and `diffposition.txt` on a wrong answer) into feedback_dir and
// returns kExitAccepted, kExitWrongAnswer, or kExitJudgeError after printing why to stderr.
int runDefaultValidator(std::span<const std::string> args, int teamFd);

}  // namespace verdict::validators
