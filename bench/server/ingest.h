#pragma once
// Ingest: submissions accepted per second into the durable queue (judging paused, --workers 0)
// over kept-alive HTTP from K concurrent connections, against GET /api/v1/health over the
// same number of connections in the same run (the HTTP layer's own ceiling).
#include <chrono>
#include <vector>

namespace verdict::bench {

void measureIngest(const std::vector<int>& connections, std::chrono::milliseconds duration);

}  // namespace verdict::bench
