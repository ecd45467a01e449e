// Every verdict the engine gives, from real submissions compiled and run in the real sandbox.
#include <gtest/gtest.h>

#include <fstream>

#include "sum_problem.h"
#include "verdict/judge/judge.h"

namespace verdict::tests {
namespace {

using judge::Verdict;

struct Case {
    const char* name;
    const char* file;
    const char* code;
    Verdict expected;
};

void PrintTo(const Case& c, std::ostream* os) {
    *os << c.name;
}

const char* kCppRead =
    "#include <cstdio>\nint main(){long long a,b;std::scanf(\"%lld %lld\",&a,&b);";

bool memoryIsDegraded(const launcher::SandboxLauncher& sandbox) {
    sandbox::RunOptions options;
    options.program = "/bin/true";
    auto result = sandbox.run(options);
    if (!result)
        return false;
    for (const auto& item : result->isolation.degraded) {
        if (item.feature == "memory_limit")
            return true;
    }
    return false;
}

class JudgeVerdicts : public testing::TestWithParam<Case> {
  protected:
    static void SetUpTestSuite() {
        auto loaded = languages::Catalogue::load(VERDICT_LANGUAGES_JSON);
        ASSERT_TRUE(loaded) << loaded.failure().describe();
        s_catalogue = new languages::Catalogue(std::move(loaded.value()));
    }
    static void TearDownTestSuite() { delete s_catalogue; }
    static languages::Catalogue* s_catalogue;
};
languages::Catalogue* JudgeVerdicts::s_catalogue = nullptr;

TEST_P(JudgeVerdicts, MatchesTheExpectedVerdict) {
    const Case& c = GetParam();
    SumProblem problem;
    auto loaded = packages::loadPackage(problem.package());
    ASSERT_TRUE(loaded.ok());
    const auto* language = s_catalogue->forFile(c.file);
    ASSERT_NE(language, nullptr);
    if (auto missing = languages::Catalogue::missingTool(*language); !missing.empty()) {
        GTEST_SKIP() << missing;
    }
    launcher::SandboxLauncher sandbox(VERDICT_SANDBOX_HELPER);
    judge::Judge engine(sandbox);
    std::size_t progressCalls = 0;
    auto judgement = engine.judge(*loaded.package, {language, {problem.submission(c.file, c.code)}},
                                  [&](const judge::TestResult&, std::size_t, std::size_t total) {
                                      EXPECT_EQ(total, 3u);
                                      ++progressCalls;
                                  });
    Verdict expected = c.expected;
    // Without a memory cgroup the limit is RLIMIT_AS: an oversized static array then fails at
    // load time, which cannot be told from a crash (the degradation is reported by the sandbox).
    if (expected == Verdict::MemoryLimit && memoryIsDegraded(sandbox) &&
        judgement.verdict == Verdict::RunTimeError) {
        expected = Verdict::RunTimeError;
    }
    EXPECT_STREQ(judge::verdictCode(judgement.verdict), judge::verdictCode(expected))
        << "error: " << judgement.error << "\ncompile: " << judgement.compile.output
        << (judgement.tests.empty() ? "" : "\nlast test: " + judgement.tests.back().message);
    EXPECT_EQ(progressCalls, judgement.tests.size());
    if (c.expected == Verdict::Accepted) {
        ASSERT_EQ(judgement.tests.size(), 3u);
        EXPECT_EQ(judgement.tests[0].name, "sample/1");  // samples first, then lexicographic
        EXPECT_EQ(judgement.tests[2].name, "secret/b");
    }
    if (c.expected == Verdict::CompileError) {
        EXPECT_FALSE(judgement.compile.output.empty()) << "the compiler's diagnostics are kept";
        EXPECT_TRUE(judgement.tests.empty());
    }
}

std::string cpp(const std::string& body) {
    return std::string(kCppRead) + body + "}\n";
}

std::vector<Case> cases() {
    static const std::string ac = cpp("std::printf(\"%lld\\n\",a+b);");
    static const std::string wa = cpp("std::printf(\"%lld\\n\",a-b);");
    static const std::string tle = cpp("volatile long x=0;for(;;)x++;");
    static const std::string re = cpp("int*p=nullptr;if(a>0)*p=1;");
    static const std::string mle =
        cpp("static char m[1<<28];for(long i=0;i<(1<<28);i+=4096)m[i]=1;std::printf(\"%d\",m[a]);");
    static const std::string ole = cpp("for(;;)std::puts(\"flood flood flood flood\");");
    return {
        {"cpp_accepted", "sum.cpp", ac.c_str(), Verdict::Accepted},
        {"cpp_wrong_answer", "sum.cpp", wa.c_str(), Verdict::WrongAnswer},
        {"cpp_time_limit", "sum.cpp", tle.c_str(), Verdict::TimeLimit},
        {"cpp_run_time_error", "sum.cpp", re.c_str(), Verdict::RunTimeError},
        {"cpp_memory_limit", "sum.cpp", mle.c_str(), Verdict::MemoryLimit},
        {"cpp_output_limit", "sum.cpp", ole.c_str(), Verdict::OutputLimit},
        {"cpp_compile_error", "sum.cpp", "int main( { return 0; }\n", Verdict::CompileError},
        {"python_accepted", "sum.py", "a, b = map(int, input().split())\nprint(a + b)\n",
         Verdict::Accepted},
        {"python_wrong_answer", "sum.py", "print(42)\n", Verdict::WrongAnswer},
        {"python_syntax_error", "sum.py", "print(\n", Verdict::CompileError},
        {"python_run_time_error", "sum.py", "raise SystemExit(3)\n", Verdict::RunTimeError},
        {"c_accepted", "sum.c",
         "#include <stdio.h>\nint main(void){long long a,b;scanf(\"%lld %lld\",&a,&b);"
         "printf(\"%lld\\n\",a+b);return 0;}\n",
         Verdict::Accepted},
        {"bash_accepted", "sum.sh", "read a b\necho $((a + b))\n", Verdict::Accepted},
        {"pascal_accepted", "sum.pas",
         "program Sum;\nvar a, b: Int64;\nbegin\n  ReadLn(a, b);\n  WriteLn(a + b);\nend.\n",
         Verdict::Accepted},
        {"fortran_accepted", "sum.f90",
         "program sum\n  integer(kind=8) :: a, b\n  read(*,*) a, b\n  print \"(I0)\", a + b\n"
         "end program sum\n",
         Verdict::Accepted},
        {"javascript_accepted", "sum.js",
         "const [a, b] = require(\"fs\").readFileSync(0, \"utf8\").trim().split(/\\s+/)"
         ".map(BigInt);\nconsole.log((a + b).toString());\n",
         Verdict::Accepted},
        {"perl_accepted", "sum.pm",
         "my ($a, $b) = split \" \", <STDIN>;\nprint $a + $b, \"\\n\";\n", Verdict::Accepted},
        {"tcl_accepted", "sum.tcl", "gets stdin line\nlassign $line a b\nputs [expr {$a + $b}]\n",
         Verdict::Accepted},
        {"ada_accepted", "main.adb",
         "with Ada.Text_IO; use Ada.Text_IO;\n"
         "with Ada.Long_Long_Integer_Text_IO; use Ada.Long_Long_Integer_Text_IO;\n"
         "procedure Main is\n   A, B : Long_Long_Integer;\nbegin\n   Get (A);\n   Get (B);\n"
         "   Put (A + B, Width => 0);\n   New_Line;\nend Main;\n",
         Verdict::Accepted},
        {"cobol_accepted", "sum.cob",
         "IDENTIFICATION DIVISION.\nPROGRAM-ID. SUM.\nDATA DIVISION.\nWORKING-STORAGE SECTION.\n"
         "01 LINE-IN PIC X(80).\n01 A PIC S9(19).\n01 B PIC S9(19).\n01 C PIC S9(19).\n"
         "01 OUT-NUM PIC -(19)9.\nPROCEDURE DIVISION.\n    ACCEPT LINE-IN.\n"
         "    UNSTRING LINE-IN DELIMITED BY ALL SPACE INTO A B.\n    COMPUTE C = A + B.\n"
         "    MOVE C TO OUT-NUM.\n    DISPLAY FUNCTION TRIM(OUT-NUM).\n    STOP RUN.\n",
         Verdict::Accepted},
        {"java_accepted", "Main.java",
         "import java.util.*;\npublic class Main { public static void main(String[] x) {\n"
         "Scanner s = new Scanner(System.in); long a = s.nextLong(), b = s.nextLong();\n"
         "System.out.println(a + b); } }\n",
         Verdict::Accepted},
    };
}

INSTANTIATE_TEST_SUITE_P(Submissions, JudgeVerdicts, testing::ValuesIn(cases()),
                         [](const testing::TestParamInfo<Case>& param) {
                             return param.param.name;
                         });

// Interactive and multi-pass problems are judged by their own validator (interactive_test.cpp,
// multipass_test.cpp); a package of that type without one is refused clearly, not misjudged.
TEST(Judge, InteractiveAndMultiPassProblemsWithoutAValidatorAreRefusedClearly) {
    for (const char* type : {"interactive", "multi-pass"}) {
        SumProblem problem;
        problem.addFile("problem.yaml",
                        std::string("name: Sum\nvalidation: custom ") + type + "\n");
        auto loaded = packages::loadPackage(problem.package());
        if (!loaded.ok())
            continue;  // the reader already refuses it, naming the missing validator
        auto catalogue = languages::Catalogue::load(VERDICT_LANGUAGES_JSON);
        ASSERT_TRUE(catalogue);
        launcher::SandboxLauncher sandbox(VERDICT_SANDBOX_HELPER);
        auto judgement = judge::Judge(sandbox).judge(
            *loaded.package,
            {catalogue->find("python3"), {problem.submission("a.py", "print(3)\n")}});
        EXPECT_EQ(judgement.verdict, Verdict::JudgeError);
        EXPECT_NE(judgement.error.find("needs an output validator"), std::string::npos)
            << judgement.error;
    }
}

}  // namespace
}  // namespace verdict::tests
