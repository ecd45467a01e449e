// Pair Sum's output validator: accepts any pair of distinct positions whose values add up to
// x, and `impossible` exactly when the judges' answer says so. Kattis protocol: called as
// `validate input answer feedback_dir/` with the team's output on stdin; exits 42 (accepted)
// or 43 (wrong answer) and says why in feedback_dir/judgemessage.txt.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

constexpr int kAccepted = 42;
constexpr int kWrongAnswer = 43;

std::string feedbackDir;

[[noreturn]] void finish(int code, const std::string& message) {
    std::ofstream(feedbackDir + "judgemessage.txt") << message << "\n";
    std::exit(code);
}

// Reads one whitespace-separated token of the team's output; empty at end of output.
std::string nextToken() {
    std::string token;
    std::cin >> token;
    return token;
}

// A position 1..n, or 0 when the token is not one.
long long position(const std::string& token, long long n) {
    if (token.empty() || token.size() > 9 || token.find_first_not_of("0123456789") != token.npos)
        return 0;
    const long long value = std::stoll(token);
    return value >= 1 && value <= n ? value : 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s input answer feedback_dir/\n", argv[0]);
        return 1;
    }
    feedbackDir = argv[3];
    std::ifstream input(argv[1]), answer(argv[2]);
    long long n = 0, x = 0;
    input >> n >> x;
    std::vector<long long> values(n + 1);
    for (long long i = 1; i <= n; ++i)
        input >> values[i];
    std::string judgeFirst;
    answer >> judgeFirst;
    const bool possible = judgeFirst != "impossible";

    const std::string first = nextToken();
    if (first == "impossible") {
        if (possible)
            finish(kWrongAnswer, "said impossible, but a pair exists");
    } else {
        const long long i = position(first, n), j = position(nextToken(), n);
        if (i == 0 || j == 0)
            finish(kWrongAnswer, "expected two positions between 1 and " + std::to_string(n));
        if (i == j)
            finish(kWrongAnswer, "the two positions are the same (" + std::to_string(i) + ")");
        if (values[i] + values[j] != x) {
            std::ostringstream why;
            why << "a_" << i << " + a_" << j << " = " << values[i] + values[j] << ", not " << x;
            finish(kWrongAnswer, why.str());
        }
        if (!possible)
            finish(1, "the team found a pair where the judges' answer says impossible");
    }
    if (!nextToken().empty())
        finish(kWrongAnswer, "trailing output after the answer");
    finish(kAccepted, first == "impossible" ? "correctly impossible" : "a valid pair");
}
