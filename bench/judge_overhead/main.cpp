// judge_overhead: what the judge adds per test case. Judges a trivial C++ submission on a
// package of N tests and on a package of 1 test (the difference cancels compiling), and runs
// the same compiled program bare N times on the same inputs, all in one run:
//   overhead per test = (T_judge(N) - T_judge(1)) / (N - 1) - T_bare(N) / N.
// Then the first and a later judgement of a problem with a custom C++ output validator, from
// an empty validator cache: the first builds the validator, later ones take it from the cache.
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "verdict/judge/judge.h"

extern char** environ;

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

const char* kSource =
    "#include <cstdio>\nint main(){long long a,b;std::scanf(\"%lld %lld\",&a,&b);"
    "std::printf(\"%lld\\n\",a+b);}\n";

fs::path writePackage(const fs::path& root, int tests) {
    fs::path package = root / ("sum" + std::to_string(tests));
    fs::create_directories(package / "data/secret");
    std::ofstream(package / "problem.yaml") << "name: Sum\n";
    std::ofstream(package / ".timelimit") << "1\n";
    for (int i = 0; i < tests; ++i) {
        char name[16];
        std::snprintf(name, sizeof name, "%04d", i);
        std::ofstream(package / "data/secret" / (std::string(name) + ".in"))
            << i << " " << i << "\n";
        std::ofstream(package / "data/secret" / (std::string(name) + ".ans")) << 2 * i << "\n";
    }
    return package;
}

double judgeSeconds(const verdict::judge::Judge& judge, const fs::path& package,
                    const verdict::languages::Language& cpp, const fs::path& source) {
    auto loaded = verdict::packages::loadPackage(package);
    if (!loaded.ok())
        return -1;
    auto start = Clock::now();
    auto judgement = judge.judge(*loaded.package, {&cpp, {source}});
    double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    return judgement.verdict == verdict::judge::Verdict::Accepted ? seconds : -1;
}

// The package of `tests` tests with a custom output validator that accepts the right sum.
fs::path withValidator(const fs::path& package) {
    std::ofstream(package / "problem.yaml") << "name: Sum\nvalidation: custom\n";
    fs::create_directories(package / "output_validators/sum");
    std::ofstream(package / "output_validators/sum/check.cpp")
        << "#include <fstream>\n#include <iostream>\nint main(int, char** argv) {\n"
           "long long want = 0, got = 0; std::ifstream(argv[2]) >> want;\n"
           "return (std::cin >> got) && got == want ? 42 : 43; }\n";
    return package;
}

double bareSeconds(const fs::path& binary, const fs::path& package, int tests) {
    auto start = Clock::now();
    for (int i = 0; i < tests; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "data/secret/%04d.in", i);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 0, (package / name).c_str(), O_RDONLY, 0);
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
        char* argv[] = {const_cast<char*>(binary.c_str()), nullptr};
        pid_t pid = 0;
        posix_spawn(&pid, binary.c_str(), &actions, nullptr, argv, environ);
        posix_spawn_file_actions_destroy(&actions);
        waitpid(pid, nullptr, 0);
    }
    return std::chrono::duration<double>(Clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
    int tests = argc > 1 ? std::atoi(argv[1]) : 200;
    auto catalogue =
        verdict::languages::Catalogue::load(verdict::languages::Catalogue::defaultPath());
    const auto* cpp = catalogue ? catalogue->find("cpp") : nullptr;
    if (cpp == nullptr || tests < 2) {
        std::fprintf(stderr, "judge_overhead: needs the catalogue's cpp and N >= 2\n");
        return 2;
    }
    fs::path root = fs::temp_directory_path() / "verdict-judge-overhead";
    fs::remove_all(root);
    fs::create_directories(root);
    fs::permissions(root, fs::perms::all & ~fs::perms::others_write & ~fs::perms::group_write);
    std::ofstream(root / "sum.cpp") << kSource;
    std::string compile =
        "g++ -O2 -static -o " + (root / "bare").string() + " " + (root / "sum.cpp").string();
    if (std::system(compile.c_str()) != 0)
        return 2;
    verdict::launcher::SandboxLauncher sandbox(
        verdict::launcher::SandboxLauncher::defaultHelperPath());
    verdict::judge::Judge judge(sandbox);
    fs::path many = writePackage(root, tests), one = writePackage(root, 1);
    double judgeOne = judgeSeconds(judge, one, *cpp, root / "sum.cpp");
    double judgeMany = judgeSeconds(judge, many, *cpp, root / "sum.cpp");
    double bare = bareSeconds(root / "bare", many, tests);
    verdict::judge::JudgeSettings settings;
    settings.validatorCache = root / "validator-cache";
    fs::create_directories(settings.validatorCache);
    fs::permissions(settings.validatorCache, fs::perms::owner_all);
    verdict::judge::Judge cachingJudge(sandbox, settings);
    fs::path custom = withValidator(writePackage(root / "custom", 10));
    double first = judgeSeconds(cachingJudge, custom, *cpp, root / "sum.cpp");
    double later = judgeSeconds(cachingJudge, custom, *cpp, root / "sum.cpp");
    fs::remove_all(root);
    if (judgeOne < 0 || judgeMany < 0 || first < 0 || later < 0) {
        std::fprintf(stderr, "judge_overhead: the submission was not accepted\n");
        return 1;
    }
    double perTest = (judgeMany - judgeOne) / (tests - 1);
    double barePerTest = bare / tests;
    std::printf("tests: %d\njudge, 1 test (compile + 1 run): %.1f ms\n", tests, judgeOne * 1e3);
    std::printf("judge, %d tests: %.1f ms -> %.2f ms per test\n", tests, judgeMany * 1e3,
                perTest * 1e3);
    std::printf("bare runs: %.2f ms per test\n", barePerTest * 1e3);
    std::printf("judge overhead per test: %.2f ms (target <= 5 ms; DOMjudge reports ~48 ms)\n",
                (perTest - barePerTest) * 1e3);
    std::printf(
        "custom validator, 10 tests: first judgement %.1f ms (builds the validator), "
        "later %.1f ms (cached): the first costs %.1f ms more\n",
        first * 1e3, later * 1e3, (first - later) * 1e3);
    return 0;
}
