#pragma once
// Latency: a Python "hello world" submitted over the API to its final "done" event on the
// WebSocket (as `verdict submit` follows it), on an idle server, one after another; against
// spawning `python3 hello.py` directly in the same run.
namespace verdict::bench {

void measureLatency(int submissions);

}  // namespace verdict::bench
