#pragma once
// Judging throughput with both cores busy: M submissions of a C++ program that burns ~200 ms
// of CPU, judged by --workers 2, from the first submit to the last "done" event; against
// running the same compiled program bare M times, two at a time, in the same run (and, for
// reference, compiling and running it bare M times, two at a time).
namespace verdict::bench {

void measureThroughput(int submissions);

}  // namespace verdict::bench
