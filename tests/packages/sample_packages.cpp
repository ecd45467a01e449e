#include "sample_packages.h"

namespace verdict::packages::testing {

FileList helloLegacy() {
    return {
        {"problem.yaml", "name: Hello There\nsource: Verdict tests\nlicense: cc0\n"},
        {"problem_statement/problem.en.tex", "\\problemname{Hello There}\nSay hello.\n"},
        {"problem_statement/problem.sv.md", "# Hej\n"},
        {"problem_statement/greeting.png", "png"},
        {"data/sample/1.in", ""},
        {"data/sample/1.ans", "hello there\n"},
        {"data/secret/1.in", ""},
        {"data/secret/1.ans", "hello there\n"},
        {"submissions/accepted/hello.c", "int main(){puts(\"hello there\");}\n"},
        {"submissions/accepted/hello.py", "print('hello there')\n"},
        {"submissions/wrong_answer/shout.py", "print('HELLO THERE')\n"},
    };
}

FileList differentLegacy() {
    return {
        {"problem.yaml",
         "name: Distance Apart\nvalidator_flags: float_tolerance 1e-6\n"
         "limits:\n  time_multiplier: 4\n  memory: 256\n"},
        {".timelimit", "2.5\n"},
        {"data/sample/1.in", "10 12\n"},
        {"data/sample/1.ans", "2\n"},
        {"data/sample/2.in", "71293781758123 72784\n"},
        {"data/sample/2.ans", "71293781685339\n"},
        {"data/secret/01-small.in", "1 1\n"},
        {"data/secret/01-small.ans", "0\n"},
        {"data/secret/02-large.in", "1000000000000000 0\n"},
        {"data/secret/02-large.ans", "1000000000000000\n"},
        {"submissions/accepted/distance.cpp", "// subtract as 64-bit\n"},
        {"submissions/wrong_answer/int32.cpp", "// overflows\n"},
        {"submissions/time_limit_exceeded/count.py", "# counts one by one\n"},
        {"submissions/run_time_error/recurse.py", "# recursion too deep\n"},
    };
}

FileList guessInteractive() {
    return {
        {"problem.yaml",
         "name: Pick a Number\nvalidation: custom interactive\n"
         "limits:\n  validation_time: 30\n"},
        {"data/sample/1.in", "17\n"},
        {"data/sample/1.ans", "17\n"},
        {"data/sample/1.interaction", "< \n> 500\n< lower\n> 17\n< correct\n"},
        {"data/secret/01.in", "1\n"},
        {"data/secret/01.ans", "1\n"},
        {"data/secret/02.in", "1000\n"},
        {"data/secret/02.ans", "1000\n"},
        {"output_validators/pick_validator/validate.cc", "// talks to the submission\n"},
        {"output_validators/pick_validator/validate.h", "// helpers\n"},
        {"input_validators/check.py", "# range check\n"},
        {"submissions/accepted/bisect.cc", "// binary search\n"},
        {"submissions/wrong_answer/always_one.py", "# guesses 1 forever\n"},
        {"submissions/time_limit_exceeded/no_flush.cc", "// forgets to flush\n"},
        {"submissions/run_time_error/crash_after.c", "// aborts after the answer\n"},
    };
}

FileList oddechoScoring2025() {
    return {
        {"problem.yaml",
         "problem_format_version: 2025-09\nuuid: 3c1e9a43-1111-4a5e-9f00-0dd0ec40\n"
         "name:\n  en: Uneven Echo\n  sv: Ojämnt eko\ntype: scoring\n"
         "limits:\n  time_limit: 2\n"},
        {"statement/problem.en.md", "# Uneven Echo\n"},
        {"statement/problem.sv.md", "# Ojämnt eko\n"},
        {"data/sample/1.in", "3\nhi\nho\nhu\n"},
        {"data/sample/1.ans", "hi\nhu\n"},
        {"data/secret/test_group.yaml", "output_validator_args: [case_sensitive]\n"},
        {"data/secret/group1/test_group.yaml", "max_score: 40\nscore_aggregation: min\n"},
        {"data/secret/group1/a.in", "1\nx\n"},
        {"data/secret/group1/a.ans", "x\n"},
        {"data/secret/group1/b.in", "3\nx\ny\nz\n"},
        {"data/secret/group1/b.ans", "x\nz\n"},
        {"data/secret/group2/test_group.yaml",
         "max_score: 60\nrequire_pass: [group1]\noutput_validator_args: "
         "[space_change_sensitive]\n"},
        {"data/secret/group2/big.in", "5\na\nb\nc\nd\ne\n"},
        {"data/secret/group2/big.ans", "a\nc\ne\n"},
        {"data/secret/group2/big.yaml", "output_validator_args: [float_tolerance, '0.5']\n"},
        {"submissions/accepted/echo.py", "# every other line\n"},
        {"submissions/partially_accepted/small.py", "# only group1\n"},
        {"submissions/brute_force/slow.py", "# quadratic\n"},
        {"submissions/rejected/empty.py", "# prints nothing\n"},
        {"submissions/submissions.yaml",
         "accepted/echo.py:\n  language: python3\nrejected/*.py:\n  required: [WA]\n"},
    };
}

FileList oddechoScoringLegacy() {
    return {
        {"problem.yaml", "name: Uneven Echo\ntype: scoring\nvalidation: default\n"},
        {"data/sample/1.in", "1\nq\n"},
        {"data/sample/1.ans", "q\n"},
        {"data/secret/testdata.yaml",
         "on_reject: continue\nrange: 0 100\ngrader_flags: first_error accept_if_any_accepted\n"
         "output_validator_flags: case_sensitive\n"},
        {"data/secret/task1/testdata.yaml",
         "on_reject: break\naccept_score: 30\nrange: 0 30\ngrader_flags: min\n"},
        {"data/secret/task1/1.in", "1\nq\n"},
        {"data/secret/task1/1.ans", "q\n"},
        {"data/secret/task1/hard/testdata.yaml", "accept_score: 5\n"},
        {"data/secret/task1/hard/9.in", "2\nq\nr\n"},
        {"data/secret/task1/hard/9.ans", "q\n"},
        {"data/secret/task2/1.in", "3\na\nb\nc\n"},
        {"data/secret/task2/1.ans", "a\nc\n"},
        {"data/secret/z.in", "1\nz\n"},
        {"data/secret/z.ans", "z\n"},
        {"data/secret/a.in", "1\na\n"},
        {"data/secret/a.ans", "a\n"},
    };
}

FileList plain2025() {
    return {
        {"problem.yaml",
         "problem_format_version: 2025-09\nuuid: 0d0c1a5e-2222-4b6e-8a00-1\n"
         "name: Sum It\nlimits:\n  memory: 1024\n"},
        {"data/sample/1.in", "1 2\n"},
        {"data/sample/1.ans", "3\n"},
        {"data/secret/1.in", "5 5\n"},
        {"data/secret/1.ans", "10\n"},
        {"data/secret/1.files/extra.txt", "side file\n"},
        {"data/secret/2.in", "0 0\n"},
        {"data/secret/2.ans", "0\n"},
        {"data/invalid_input/negative.in", "-1 2\n"},
        {"output_validator/build", "#!/bin/sh\nc++ -O2 -o run validate.cpp\n"},
        {"output_validator/validate.cpp", "// checks the sum\n"},
        {"include/cpp/helper.h", "// included with C++ submissions\n"},
        {"include/default/notes.txt", "for everyone\n"},
        {"submissions/accepted/sum.cpp", "// a + b\n"},
        {"submissions/accepted/multi/", ""},
        {"submissions/accepted/multi/Main.java", "// in a directory\n"},
        {"problem.pdf", "%PDF"},
    };
}

}  // namespace verdict::packages::testing
