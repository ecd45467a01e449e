#include "sandbox_overhead/statistics.h"

#include <algorithm>
#include <cmath>

namespace verdict::bench {

namespace {

double medianOf(const std::vector<double>& sorted) {
    std::size_t middle = sorted.size() / 2;
    if (sorted.size() % 2 == 1) {
        return sorted[middle];
    }
    return (sorted[middle - 1] + sorted[middle]) / 2;
}

}  // namespace

double percentile(const std::vector<double>& sorted, double fraction) {
    if (sorted.empty()) {
        return 0;
    }
    auto rank = static_cast<std::size_t>(std::ceil(fraction * static_cast<double>(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

Summary summarize(std::vector<double> values) {
    Summary summary;
    if (values.empty()) {
        return summary;
    }
    std::sort(values.begin(), values.end());
    summary.count = values.size();
    summary.minimum = values.front();
    summary.median = medianOf(values);
    summary.p90 = percentile(values, 0.9);
    return summary;
}

}  // namespace verdict::bench
