#include "sandbox_overhead/report.h"

#include <iomanip>
#include <optional>
#include <ostream>

#include "sandbox_overhead/statistics.h"

namespace verdict::bench {

namespace {

constexpr int kNameWidth = 42;
constexpr int kCountWidth = 7;
constexpr int kMillisWidth = 10;

std::optional<Summary> summaryOf(const std::vector<Timings>& timings, CommandKind kind) {
    for (const Timings& timing : timings) {
        if (timing.command.kind == kind && !timing.millis.empty()) {
            return summarize(timing.millis);
        }
    }
    return std::nullopt;
}

void printRow(const Timings& timing, std::ostream& out) {
    Summary summary = summarize(timing.millis);
    out << std::left << std::setw(kNameWidth) << timing.command.name << std::right
        << std::setw(kCountWidth) << summary.count << std::setw(kCountWidth) << timing.failures
        << std::fixed << std::setprecision(3) << std::setw(kMillisWidth) << summary.minimum
        << std::setw(kMillisWidth) << summary.median << std::setw(kMillisWidth) << summary.p90
        << "\n";
    if (timing.failures > 0) {
        out << "  first failure: " << timing.firstFailure << "\n";
    }
}

// "verdict/unshare   1.14 (p90 1.10)" or "... not measured"; returns the median ratio.
std::optional<double> printRatio(const std::vector<Timings>& timings, CommandKind baseline,
                                 std::ostream& out) {
    std::string label = std::string("verdict/") + shortName(baseline);
    out << std::left << std::setw(18) << label << std::right;
    auto verdict = summaryOf(timings, CommandKind::kVerdict);
    auto base = summaryOf(timings, baseline);
    if (!verdict || !base || base->median <= 0 || base->p90 <= 0) {
        out << "not measured";
        return std::nullopt;
    }
    double ratio = verdict->median / base->median;
    out << std::fixed << std::setprecision(2) << std::setw(6) << ratio << "  (p90 "
        << verdict->p90 / base->p90 << ")";
    return ratio;
}

}  // namespace

void printTable(const std::vector<Timings>& timings, std::ostream& out) {
    out << std::left << std::setw(kNameWidth) << "command" << std::right << std::setw(kCountWidth)
        << "ok" << std::setw(kCountWidth) << "failed" << std::setw(kMillisWidth) << "min ms"
        << std::setw(kMillisWidth) << "median ms" << std::setw(kMillisWidth) << "p90 ms"
        << "\n";
    for (const Timings& timing : timings) {
        printRow(timing, out);
    }
    out << "\n";
}

void printRatios(const std::vector<Timings>& timings, std::ostream& out) {
    auto versusUnshare = printRatio(timings, CommandKind::kUnshare, out);
    if (versusUnshare) {
        out << "  target <= " << std::setprecision(2) << kTargetRatio << ": "
            << (*versusUnshare <= kTargetRatio ? "PASS" : "MISS");
    }
    out << "\n";
    printRatio(timings, CommandKind::kBare, out);
    out << "\n";
    printRatio(timings, CommandKind::kBubblewrap, out);
    out << "\n";
}

}  // namespace verdict::bench
