// Up or Down's interactor: `validate input answer feedback_dir/`, guesses on stdin, answers
// on stdout. Input `fixed N`, `seeded S` (a secret drawn from seed S) or `adaptive` (the
// secret stays undecided, always in the larger part). Exits 42 (found) or 43.
#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <random>
#include <string>

namespace {

std::ofstream message;

[[noreturn]] void verdict(int code, const std::string& why) {
    message << why << "\n";
    message.close();
    std::exit(code);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 4)
        return 1;
    message.open(std::string(argv[3]) + "judgemessage.txt");
    std::ifstream input(argv[1]);
    std::string mode;
    long long secret = 0;
    input >> mode;
    if (mode == "fixed") {
        input >> secret;
    } else if (mode == "seeded") {
        long long seed = 0;
        input >> seed;
        secret = std::mt19937(static_cast<unsigned>(seed))() % 1000 + 1;
    }
    long long lo = 1, hi = 1000;  // the secrets still consistent with our answers
    for (int guess = 1; guess <= 10; ++guess) {
        long long g = 0;
        if (!(std::cin >> g))
            verdict(43, "guess " + std::to_string(guess) + ": no number");
        if (g < 1 || g > 1000)
            verdict(43, "guess " + std::to_string(guess) + " out of range: " + std::to_string(g));
        if (mode == "adaptive")
            secret = (g == lo && lo == hi) ? g : (g - lo >= hi - g ? lo : hi);
        if (g == secret) {
            std::cout << "yes" << std::endl;
            std::string more;
            if (std::cin >> more)
                verdict(43, "output after the secret was found");
            verdict(42, "found " + std::to_string(secret) + " in " + std::to_string(guess));
        }
        std::cout << (secret > g ? "up" : "down") << std::endl;
        if (secret > g)
            lo = std::max(lo, g + 1);
        else
            hi = std::min(hi, g - 1);
    }
    verdict(43, "not found in 10 guesses");
}
