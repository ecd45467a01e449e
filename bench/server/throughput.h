#pragma once
// Judging throughput with both cores busy: M submissions (each source distinct) of a C++ program
// that burns ~50 ms of CPU per test, on a problem of T tests, judged by --workers 2, from the
// first submit to the last "done" event; against running the same compiled programs bare once
// per test, two at a time, in the same run (and, for reference, compiling each and running it
// once per test, bare, two at a time).
namespace verdict::bench {

void measureThroughput(int submissions, int tests);

}  // namespace verdict::bench
