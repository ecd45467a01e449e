#pragma once

#include <cstddef>
#include <vector>

namespace verdict::bench {

// The figures the table prints for one command's wall times (milliseconds).
struct Summary {
    std::size_t count = 0;
    double minimum = 0;
    double median = 0;
    double p90 = 0;
};

// Summarizes the values (in any order); all zero when there are none.
Summary summarize(std::vector<double> values);

// The nearest-rank percentile (0 < fraction <= 1) of values sorted ascending.
double percentile(const std::vector<double>& sorted, double fraction);

}  // namespace verdict::bench
