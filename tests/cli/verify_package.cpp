#include "verify_package.h"

namespace verdict::tests {

const char* const kSumCpp =
    "#include <cstdio>\nint main() { long long a, b; if (scanf(\"%lld %lld\", &a, &b) != 2) "
    "return 1; printf(\"%lld\\n\", a + b); }\n";
const char* const kSumPython = "a, b = map(int, input().split())\nprint(a + b)\n";
const char* const kWrongPython = "a, b = map(int, input().split())\nprint(a - b)\n";
const char* const kLoopCpp = "int main() { volatile unsigned long x = 0; for (;;) x = x + 1; }\n";
const char* const kCrashPython = "raise SystemExit(3)\n";
const char* const kCrashCpp = "#include <cstdlib>\nint main() { std::abort(); }\n";

SumPackage::SumPackage() : m_path(m_dir.path() / "sum") {
    m_dir.write("sum/problem.yaml", "name: Sum\nlimits:\n  memory: 256\n  output: 1\n");
    m_dir.write("sum/.timelimit", "0.5\n");  // keeps the TLE submission quick
    m_dir.write("sum/data/sample/1.in", "1 2\n");
    m_dir.write("sum/data/sample/1.ans", "3\n");
    m_dir.write("sum/data/secret/a.in", "5 7\n");
    m_dir.write("sum/data/secret/a.ans", "12\n");
}

void SumPackage::addSubmission(const std::string& relative, const std::string& code) const {
    m_dir.write("sum/submissions/" + relative, code);
}

}  // namespace verdict::tests
