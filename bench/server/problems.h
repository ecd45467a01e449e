#pragma once
// The problems and programs the server benchmark judges, written in the run: packages as zip
// bytes for POST /api/v1/problems, and each problem's solution source.
#include <string>

namespace verdict::bench {

// "hello": one secret test, empty input, answer "Hello, World!" (data/sample is empty).
std::string helloProblemZip();
extern const char* const kHelloPython;

// "burn": one secret test whose accepted C++ solution spends ~200 ms of CPU (time limit 2 s).
std::string burnProblemZip();
extern const char* const kBurnCpp;

}  // namespace verdict::bench
