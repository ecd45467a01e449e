// Start-up: exec to a painted, idle main window, against an empty QMainWindow in the same run.
#include <algorithm>
#include <vector>

#include "child_process.h"
#include "ide_bench.h"
#include "sandbox_overhead/statistics.h"

namespace verdict::bench::ide {

QStringList measureStartup(const QString& self, int runs) {
    std::vector<double> ide, baseline;
    double first = 0;
    QString error;
    for (int i = 0; i < runs; ++i) {
        // Interleaved, so a noisy moment hurts both alike.
        const auto window = runChildProcess(self, kChildWindow, 20000, error);
        const auto plain = runChildProcess(self, kChildBaseline, 20000, error);
        if (!window || !plain)
            return {QStringLiteral("startup: %1").arg(error)};
        if (i == 0)
            first = window->readyMs;
        ide.push_back(window->readyMs);
        baseline.push_back(plain->readyMs);
    }
    const Summary a = summarize(ide), b = summarize(baseline);
    return {QStringLiteral("startup (exec to painted idle window, %1 runs each)").arg(runs),
            QStringLiteral("  verdict-ide window   median %1 ms  min %2  p90 %3  first run %4")
                .arg(a.median, 0, 'f', 1)
                .arg(a.minimum, 0, 'f', 1)
                .arg(a.p90, 0, 'f', 1)
                .arg(first, 0, 'f', 1),
            QStringLiteral("  empty QMainWindow    median %1 ms  min %2  p90 %3")
                .arg(b.median, 0, 'f', 1)
                .arg(b.minimum, 0, 'f', 1)
                .arg(b.p90, 0, 'f', 1),
            QStringLiteral("  ratio ide/baseline   %1 (target: the window <= 600 ms)")
                .arg(a.median / std::max(b.median, 0.001), 0, 'f', 2)};
}

}  // namespace verdict::bench::ide
