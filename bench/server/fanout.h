#pragma once
// Fan-out: N WebSocket subscribers to one submission; an admin rejudge publishes a new
// "queued" event and each subscriber's delivery latency is taken from the moment the rejudge
// request was sent; and the server's memory per idle connection (VmRSS growth / N).
#include <vector>

namespace verdict::bench {

void measureFanout(const std::vector<int>& subscriberCounts, int rounds);

}  // namespace verdict::bench
