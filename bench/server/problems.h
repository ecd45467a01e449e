#pragma once
// The problems and programs the server benchmark judges, written in the run: packages as zip
// bytes for POST /api/v1/problems, and each problem's solution source.
#include <string>

namespace verdict::bench {

// "hello": one secret test, empty input, answer "Hello, World!" (data/sample is empty).
std::string helloProblemZip();
extern const char* const kHelloPython;

// "burn": `tests` secret tests (empty input, answer "done"); its accepted C++ solution spends
// ~50 ms of CPU per test (time limit 1 s).
std::string burnProblemZip(int tests);
extern const char* const kBurnCpp;

}  // namespace verdict::bench
