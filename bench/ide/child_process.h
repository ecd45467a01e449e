#pragma once
// Runs `ide_bench --child MODE` and reads what it says.
#include <QString>
#include <optional>

namespace verdict::bench::ide {

struct ChildReport {
    double readyMs = 0;  // from start() to its "ready" line
    long rssKib = 0;     // from its "rss_kib" line
};

// Empty when the child failed; `error` then says why.
std::optional<ChildReport> runChildProcess(const QString& self, const QString& mode, int timeoutMs,
                                           QString& error);

}  // namespace verdict::bench::ide
