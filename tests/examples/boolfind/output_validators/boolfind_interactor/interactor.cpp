// Switch Point's interactor: `interactor input answer feedback_dir/`. Each array of the input
// is `bits 1100...` or `random N SEED` (random bits, first 1, last 0). Exits 42 or 43.
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <vector>

namespace {

std::ofstream message;

[[noreturn]] void verdict(int code, const std::string& why) {
    message << why << "\n";
    message.close();
    std::exit(code);
}

std::vector<char> readArray(std::ifstream& input) {
    std::string kind;
    input >> kind;
    if (kind == "bits") {
        std::string bits;
        input >> bits;
        return {bits.begin(), bits.end()};
    }
    std::size_t n = 0;
    unsigned seed = 0;
    input >> n >> seed;
    std::mt19937 random(seed);
    std::vector<char> bits(n);
    for (char& bit : bits)
        bit = random() % 2 ? '1' : '0';
    bits.front() = '1';
    bits.back() = '0';
    return bits;
}

void play(const std::vector<char>& bits, int round) {
    const long long n = static_cast<long long>(bits.size());
    std::cout << n << std::endl;
    const std::string where = "array " + std::to_string(round) + ": ";
    for (int questions = 0;;) {
        std::string mark;
        long long i = -1;
        if (!(std::cin >> mark >> i))
            verdict(43, where + "expected `? i` or `! i`");
        if (i < 0 || i >= n || (mark != "?" && mark != "!"))
            verdict(43, where + "bad line `" + mark + " " + std::to_string(i) + "`");
        if (mark == "!") {
            if (i + 1 < n && bits[i] == '1' && bits[i + 1] == '0')
                return;
            verdict(43, where + std::to_string(i) + " is not a switch point");
        }
        if (++questions > 30)
            verdict(43, where + "more than 30 questions");
        std::cout << bits[i] << std::endl;
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 4)
        return 1;
    message.open(std::string(argv[3]) + "judgemessage.txt");
    std::ifstream input(argv[1]);
    int t = 0;
    input >> t;
    std::cout << t << std::endl;
    for (int round = 1; round <= t; ++round)
        play(readArray(input), round);
    std::string more;
    if (std::cin >> more)
        verdict(43, "output after the last answer: `" + more + "`");
    verdict(42, std::to_string(t) + " arrays solved");
}
