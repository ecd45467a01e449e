// Guess the Number's interactor (Kattis protocol): `validate input answer feedback_dir/`, the
// program's output on stdin and our answers to it on stdout. The input is `fixed S` (the
// secret is S) or `adaptive SEED` (no secret: every answer keeps the larger half open, so a
// program that does not halve the range runs out of questions). Exits 42 or 43.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <random>
#include <string>

namespace {

constexpr int kAccepted = 42;
constexpr int kWrongAnswer = 43;
constexpr long long kMax = 1000000000;
constexpr int kMaxQuestions = 30;

std::ofstream judgeMessage;

[[noreturn]] void finish(int code, const std::string& message) {
    judgeMessage << message << "\n";
    judgeMessage.close();
    std::exit(code);
}

// The judge's answer to question y while the secret may still be anywhere in [lo, hi].
char answerAdaptive(long long y, long long lo, long long hi, std::mt19937& random) {
    if (lo == hi && y == lo)
        return '=';
    const long long below = y - lo, above = hi - y;  // candidates left on each side
    if (y < lo || (y <= hi && above > below))
        return '>';
    if (y > hi || below > above)
        return '<';
    return random() % 2 ? '<' : '>';
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s input answer feedback_dir/\n", argv[0]);
        return 1;
    }
    judgeMessage.open(std::string(argv[3]) + "judgemessage.txt");
    std::ifstream input(argv[1]);
    std::string mode;
    long long value = 0;
    input >> mode >> value;
    const bool adaptive = mode == "adaptive";
    std::mt19937 random(static_cast<unsigned>(value));
    long long lo = 1, hi = kMax;
    for (int question = 1; question <= kMaxQuestions; ++question) {
        std::string mark;
        long long y = 0;
        if (!(std::cin >> mark))
            finish(kWrongAnswer, "the program stopped asking before finding the number");
        if (mark != "?" || !(std::cin >> y))
            finish(kWrongAnswer, "question " + std::to_string(question) + ": expected `? y`");
        if (y < 1 || y > kMax)
            finish(kWrongAnswer, "question " + std::to_string(question) + ": " + std::to_string(y) +
                                     " is out of range");
        const char answer = adaptive ? answerAdaptive(y, lo, hi, random)
                                     : (y == value ? '=' : (value < y ? '<' : '>'));
        std::cout << answer << std::endl;
        if (answer == '=') {
            std::string more;
            if (std::cin >> more)
                finish(kWrongAnswer, "output after the number was found");
            finish(kAccepted, "found in " + std::to_string(question) + " questions");
        }
        if (answer == '<')
            hi = std::min(hi, y - 1);
        else
            lo = std::max(lo, y + 1);
    }
    finish(kWrongAnswer, "no number found in " + std::to_string(kMaxQuestions) + " questions");
}
