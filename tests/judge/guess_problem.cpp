#include "guess_problem.h"

#include <utility>
#include <vector>

namespace verdict::tests {

namespace {

const char* const kGuessValidator = R"(#include <fstream>
#include <iostream>
#include <string>
int main(int argc, char** argv) {
    if (argc < 4) return 1;
    long long secret = 0;
    std::ifstream(argv[1]) >> secret;
    std::ofstream judge(std::string(argv[3]) + "judgemessage.txt");
    for (int guess = 1; guess <= 10; ++guess) {
        long long value = 0;
        if (!(std::cin >> value)) {
            judge << "no guess " << guess;
            return 43;
        }
        if (value < 1 || value > 1000) {
            judge << "guess " << value << " out of range";
            return 43;
        }
        if (value == secret) {
            std::cout << "correct" << std::endl;
            judge << "guessed in " << guess;
            std::ofstream(std::string(argv[3]) + "teammessage.txt") << "well done";
            return 42;
        }
        std::cout << (value < secret ? "higher" : "lower") << std::endl;
    }
    judge << "no guesses left";
    return 43;
}
)";

// Pass 1 (no state yet): the team's code becomes the next pass's input. Pass 2: the team must
// have decoded the answer.
const char* const kRelayValidator = R"(import os, sys
feedback = sys.argv[3]
team = sys.stdin.read().split()
state = os.path.join(feedback, "state")
if not os.path.exists(state):
    open(state, "w").write("1")
    if len(team) != 1:
        open(feedback + "judgemessage.txt", "a").write("pass 1: one code expected\n")
        sys.exit(43)
    open(feedback + "nextpass.in", "w").write("decode " + team[0] + "\n")
    open(feedback + "judgemessage.txt", "a").write("pass 1 ok\n")
    sys.exit(42)
expected = open(sys.argv[2]).read().split()
ok = team == expected
open(feedback + "judgemessage.txt", "a").write("pass 2 " + ("ok" if ok else "wrong") + "\n")
sys.exit(42 if ok else 43)
)";

const char* const kGreedyValidator = R"(import sys
open(sys.argv[3] + "nextpass.in", "w").write("decode 1\n")
sys.exit(42)
)";

const char* const kEchoValidator = R"(import os, sys
feedback = sys.argv[3]
if not os.path.exists(feedback + "state"):
    open(feedback + "state", "w").write("1")
    print("first", flush=True)
    open(feedback + "nextpass.in", "w").write(sys.stdin.readline().strip() + "\n")
    sys.exit(42)
word = open(sys.argv[1]).read().strip()
print("second " + word, flush=True)
ok = sys.stdin.readline().strip() == word + "!"
open(feedback + "judgemessage.txt", "a").write("echoed" if ok else "forgot")
sys.exit(42 if ok else 43)
)";

// Writes data/<name>.in and .ans for each case: `prefix` and the value, and the value.
void writeCases(const SumProblem& problem, const std::string& prefix,
                const std::vector<std::pair<std::string, std::string>>& cases) {
    for (const auto& [name, value] : cases) {
        problem.addFile("data/" + name + ".in", prefix + value + "\n");
        problem.addFile("data/" + name + ".ans", value + "\n");
    }
}

// A legacy problem.yaml with `validation: custom <type>` and its one output validator.
void writeValidated(const SumProblem& problem, const std::string& type,
                    const std::string& validator, const std::string& code) {
    problem.addFile("problem.yaml", "name: Passes\nvalidation: custom " + type +
                                        "\nlimits:\n  memory: 256\n  validation_time: 3\n");
    problem.addFile("output_validators/" + validator, code);
}

}  // namespace

const char* const kGuessCpp = R"(#include <iostream>
#include <string>
int main() {
    int low = 1, high = 1000;
    std::string reply;
    while (low <= high) {
        int guess = (low + high) / 2;
        std::cout << guess << std::endl;
        if (!(std::cin >> reply) || reply == "correct") return 0;
        if (reply == "higher") low = guess + 1; else high = guess - 1;
    }
}
)";

void writeGuessProblem(const SumProblem& problem) {
    writeValidated(problem, "interactive", "guess/guess.cpp", kGuessValidator);
    writeCases(problem, "", {{"sample/1", "17"}, {"secret/a", "1"}, {"secret/b", "1000"}});
}

void writeRelayProblem(const SumProblem& problem) {
    writeValidated(problem, "multi-pass", "relay/relay.py", kRelayValidator);
    writeCases(problem, "encode ", {{"sample/1", "17"}, {"secret/a", "5"}, {"secret/b", "123456"}});
}

void writeEchoProblem(const SumProblem& problem) {
    writeValidated(problem, "interactive multi-pass", "echo/echo.py", kEchoValidator);
    writeCases(problem, "", {{"sample/1", "1"}, {"secret/a", "2"}, {"secret/b", "3"}});
}

void writeRelayProblem2025(const SumProblem& problem) {
    problem.addFile("problem.yaml",
                    "problem_format_version: 2025-09\nuuid: 5a0c7e2d-7a51-4c8e-9d2b-3f1e6a4b8c90\n"
                    "name: Passes\ntype: multi-pass\n"
                    "limits:\n  memory: 256\n  validation_time: 3\n  validation_passes: 3\n");
    problem.addFile("output_validator/relay.py", kRelayValidator);  // the dir is the program
    writeCases(problem, "encode ", {{"sample/1", "17"}, {"secret/a", "5"}, {"secret/b", "123456"}});
}

void askForEveryPass(const SumProblem& problem, const std::string& directory) {
    problem.addFile(directory + "/relay.py", kGreedyValidator);
}

}  // namespace verdict::tests
