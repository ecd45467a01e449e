#pragma once
// A realistic C++ source of any length for the editor benchmarks: functions, loops, comments,
// strings and templates, repeated with distinct names.
#include <QString>

namespace verdict::bench::ide {

QString sampleCppSource(int lines);

}  // namespace verdict::bench::ide
