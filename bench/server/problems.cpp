#include "problems.h"

#include <fstream>
#include <sstream>

#include "package_builder.h"

namespace verdict::bench {

namespace testing = packages::testing;

const char* const kHelloPython = "print(\"Hello, World!\")\n";

// No #include: the judge compiles it in a fraction of the time <iostream> would take. One run
// spends ~50 ms of CPU on this machine.
const char* const kBurnCpp = R"(extern "C" int printf(const char*, ...);
int main() {
    unsigned long long x = 1;
    for (unsigned long long i = 0; i < 37500000ULL; ++i)
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    printf(x == 42 ? "unlikely\n" : "done\n");
}
)";

namespace {

std::string zipPackage(const testing::FileList& files) {
    testing::ScratchDirectory scratch;
    auto root = testing::writeTree(scratch.path() / "package", files);
    auto archive = scratch.path() / "package.zip";
    testing::zipTree(root, archive);
    std::ifstream in(archive, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

}  // namespace

std::string helloProblemZip() {
    return zipPackage({{"problem.yaml", "name: Hello\nlimits:\n  memory: 256\n"},
                       {"data/sample/", ""},
                       {"data/secret/1.in", ""},
                       {"data/secret/1.ans", "Hello, World!\n"}});
}

std::string burnProblemZip(int tests) {
    testing::FileList files = {
        {"problem.yaml", "name: Burn\nlimits:\n  time_limit: 1\n  memory: 256\n"},
        {"data/sample/", ""}};
    for (int test = 1; test <= tests; ++test) {
        std::string name = "data/secret/" + std::to_string(test);
        files.push_back({name + ".in", ""});
        files.push_back({name + ".ans", "done\n"});
    }
    return zipPackage(files);
}

}  // namespace verdict::bench
