#pragma once
// Packages for interactive and multi-pass judging, written by the tests on top of SumProblem's
// temp dir, and a fixture that judges submissions on them with the real sandbox.
#include <string>

#include "validator_fixture.h"

namespace verdict::tests {

// The interactive guessing game: each .in holds a secret in [1, 1000]; the program prints a
// guess per line, the C++ validator answers "lower", "higher" or "correct"; 10 guesses.
void writeGuessProblem(const SumProblem& problem);

// Multi-pass (not interactive): pass 1 reads "encode N" and prints a code; the validator hands
// "decode CODE" to pass 2, which must print N again (the answer file).
void writeRelayProblem(const SumProblem& problem);
// The same in the 2025-09 format: `type: multi-pass`, `limits: validation_passes: 3`, the
// validator in output_validator/.
void writeRelayProblem2025(const SumProblem& problem);
// The relay problem's validator that asks for another pass every time (`directory`: where the
// format keeps it).
void askForEveryPass(const SumProblem& problem,
                     const std::string& directory = "output_validators/relay");

// Interactive and multi-pass: pass 1's validator asks for a word and hands it to pass 2 as
// its input; pass 2's validator reads it from /judge/testcase.in and wants it back with "!".
void writeEchoProblem(const SumProblem& problem);

// A binary search that plays the guessing game right, in C++.
extern const char* const kGuessCpp;

// The validator tests' fixture with the package left to each test.
class PassesTest : public ValidatorTest {
  protected:
    void SetUp() override {}
};

}  // namespace verdict::tests
