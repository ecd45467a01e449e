// Every language of the catalogue beyond the first twelve (judge_test.cpp): a real program
// compiled and judged in the real sandbox, found by its language id, not by its extension.
#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>

#include "sum_problem.h"
#include "verdict/judge/judge.h"

namespace verdict::tests {
namespace {

using judge::Verdict;

struct LanguageCase {
    const char* name;
    const char* language;  // the catalogue id
    const char* file;
    const char* code;
    Verdict expected = Verdict::Accepted;
};

void PrintTo(const LanguageCase& c, std::ostream* os) {
    *os << c.name;
}

// Output 1 MiB, far below the 8-16 MiB memfds Erlang's and Elixir's JIT (OTP 25) size at start:
// their catalogue entries' file_size_floor_mib keeps RLIMIT_FSIZE from killing them.
const char* kProblemYaml = "name: Sum\nlimits:\n  memory: 64\n  output: 1\n";

// Loaded once for every case; one that does not load fails the first case, and the rest find
// no language.
const languages::Catalogue& catalogue() {
    static const languages::Catalogue loaded = [] {
        auto result = languages::Catalogue::load(VERDICT_LANGUAGES_JSON);
        if (!result) {
            ADD_FAILURE() << result.failure().describe();
            return languages::Catalogue{};
        }
        return std::move(result.value());
    }();
    return loaded;
}

class LanguageVerdicts : public testing::TestWithParam<LanguageCase> {};

TEST_P(LanguageVerdicts, JudgesARealProgram) {
    const LanguageCase& c = GetParam();
    const auto* language = catalogue().find(c.language);
    ASSERT_NE(language, nullptr) << c.language << " is not in the catalogue";
    if (auto missing = languages::Catalogue::missingTool(*language); !missing.empty()) {
        GTEST_SKIP() << missing;
    }
    SumProblem problem;
    problem.addFile("problem.yaml", kProblemYaml);
    auto loaded = packages::loadPackage(problem.package());
    ASSERT_TRUE(loaded.ok());
    launcher::SandboxLauncher sandbox(VERDICT_SANDBOX_HELPER);
    auto judgement = judge::Judge(sandbox).judge(*loaded.package,
                                                 {language, {problem.submission(c.file, c.code)}});
    EXPECT_STREQ(judge::verdictCode(judgement.verdict), judge::verdictCode(c.expected))
        << "error: " << judgement.error << "\ncompile: " << judgement.compile.output
        << (judgement.tests.empty() ? "" : "\nlast test: " + judgement.tests.back().message);
    if (c.expected == Verdict::Accepted) {
        EXPECT_EQ(judgement.tests.size(), 3u);
    }
    std::uint64_t slowest = 0;
    for (const auto& test : judgement.tests)
        slowest = std::max(slowest, test.cpuMs);
    std::cout << "[ language ] " << c.language << ": compile " << judgement.compile.cpuMs
              << " ms cpu, slowest test " << slowest << " ms cpu\n";
}

// Sources read "a b" and print a + b (up to 2e9, past 32 bits).
std::vector<LanguageCase> cases() {
    return {
        {"pypy3_accepted", "pypy3", "sum.py", "a, b = map(int, input().split())\nprint(a + b)\n"},
        {"kotlin_accepted", "kotlin", "sum.kt",
         "fun main() {\n    val (a, b) = readLine()!!.trim().split(\" \").map { it.toLong() }\n"
         "    println(a + b)\n}\n"},
        {"kotlin_time_limit", "kotlin", "sum.kt",
         "fun main() {\n    var x = 0L\n    while (x >= 0) x = (x + 1) % 1000\n    println(x)\n}\n",
         Verdict::TimeLimit},
        {"scala_accepted", "scala", "sum.scala",
         "object Main {\n  def main(args: Array[String]): Unit = {\n"
         "    val Array(a, b) = scala.io.StdIn.readLine().trim.split(\" \").map(_.toLong)\n"
         "    println(a + b)\n  }\n}\n"},
        {"go_accepted", "go", "sum.go",
         "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar a, b int64\n"
         "\tfmt.Scan(&a, &b)\n\tfmt.Println(a + b)\n}\n"},
        {"go_wrong_answer", "go", "sum.go",
         "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar a, b int64\n"
         "\tfmt.Scan(&a, &b)\n\tfmt.Println(a * b)\n}\n",
         Verdict::WrongAnswer},
        {"go_compile_error", "go", "sum.go", "package main\n\nfunc main() { x := 1 }\n",
         Verdict::CompileError},
        {"rust_accepted", "rust", "sum.rs",
         "use std::io::Read;\nfn main() {\n    let mut s = String::new();\n"
         "    std::io::stdin().read_to_string(&mut s).unwrap();\n"
         "    let v: Vec<i64> = s.split_whitespace().map(|x| x.parse().unwrap()).collect();\n"
         "    println!(\"{}\", v[0] + v[1]);\n}\n"},
        {"ruby_accepted", "ruby", "sum.rb", "a, b = gets.split.map(&:to_i)\nputs a + b\n"},
        {"php_accepted", "php", "sum.php",
         "<?php\n[$a, $b] = array_map('intval', explode(' ', trim(fgets(STDIN))));\n"
         "echo $a + $b, \"\\n\";\n"},
        {"csharp_accepted", "csharp", "sum.cs",
         "using System;\nclass Program {\n    static void Main() {\n"
         "        var p = Console.ReadLine().Trim().Split(' ');\n"
         "        Console.WriteLine(long.Parse(p[0]) + long.Parse(p[1]));\n    }\n}\n"},
        {"haskell_accepted", "haskell", "sum.hs",
         "main :: IO ()\nmain = do\n  [a, b] <- map read . words <$> getLine :: IO [Integer]\n"
         "  print (a + b)\n"},
        {"ocaml_accepted", "ocaml", "sum.ml",
         "let () = Scanf.scanf \" %d %d\" (fun a b -> Printf.printf \"%d\\n\" (a + b))\n"},
        {"d_accepted", "d", "sum.d",
         "import std.stdio;\nvoid main() {\n    long a, b;\n    readf(\" %d %d\", &a, &b);\n"
         "    writeln(a + b);\n}\n"},
        {"lua_accepted", "lua", "sum.lua",
         "local a, b = io.read(\"n\", \"n\")\nprint(math.tointeger(a + b))\n"},
        {"lisp_accepted", "lisp", "sum.lisp",
         "(let ((a (read)) (b (read)))\n  (format t \"~d~%\" (+ a b)))\n"},
        {"prolog_accepted", "prolog", "sum.pl",
         ":- initialization(main, main).\nmain :-\n    read_line_to_string(user_input, Line),\n"
         "    split_string(Line, \" \", \" \", [A, B]),\n"
         "    number_string(X, A), number_string(Y, B),\n    Z is X + Y,\n"
         "    format(\"~d~n\", [Z]).\n"},
        {"racket_accepted", "racket", "sum.rkt",
         "#lang racket/base\n(define a (read))\n(define b (read))\n(displayln (+ a b))\n"},
        {"r_accepted", "r", "sum.R",
         "x <- scan(file(\"stdin\"), what = numeric(), quiet = TRUE)\n"
         "cat(format(x[1] + x[2], scientific = FALSE), \"\\n\", sep = \"\")\n"},
        {"elixir_accepted", "elixir", "sum.ex",
         "[a, b] = IO.read(:line) |> String.split() |> Enum.map(&String.to_integer/1)\n"
         "IO.puts(a + b)\n"},
        {"erlang_accepted", "erlang", "sum.erl",
         "-module(sum).\n-export([main/0]).\nmain() ->\n"
         "    {ok, [A, B]} = io:fread(\"\", \"~d ~d\"),\n    io:format(\"~w~n\", [A + B]).\n"},
        {"crystal_accepted", "crystal", "sum.cr",
         "a, b = gets.not_nil!.split.map(&.to_i64)\nputs a + b\n"},
        {"nim_accepted", "nim", "sum.nim",
         "import strutils\nlet p = stdin.readLine.splitWhitespace\n"
         "echo parseBiggestInt(p[0]) + parseBiggestInt(p[1])\n"},
        {"awk_accepted", "awk", "sum.awk", "{ printf \"%d\\n\", $1 + $2 }\n"},
    };
}

INSTANTIATE_TEST_SUITE_P(languages, LanguageVerdicts, testing::ValuesIn(cases()),
                         [](const testing::TestParamInfo<LanguageCase>& param) {
                             return param.param.name;
                         });

}  // namespace
}  // namespace verdict::tests
