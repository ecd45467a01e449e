// ide_bench: verdict-ide's start-up, typing latency, large-file opening and idle memory, each
// against a baseline measured in the same run; see bench/README.md.
#include <QApplication>
#include <QStringList>
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>

#include "ide_bench.h"

namespace {

constexpr const char* kUsage =
    "usage: ide_bench [startup] [server-start] [typing] [large-file] [big-output] [memory]\n"
    "       [--runs N] [--keys N] [--mib N] [--output-mib N]\n"
    "  (all six when none is named; --output-mib size of the big output, default 50; --runs "
    "start-ups each, default 10; --keys keystrokes,\n"
    "   default 400; --mib size of the large file, default 5)\n";

void print(const QStringList& lines) {
    for (const QString& line : lines)
        std::printf("%s\n", qPrintable(line));
    std::printf("\n");
    std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
    using namespace verdict::bench::ide;
    if (argc == 3 && std::strcmp(argv[1], "--child") == 0)
        return runChild(QString::fromLocal8Bit(argv[2]));
    QStringList what;
    int runs = 10, keys = 400, mib = 5, outputMib = 50;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if ((arg == "--runs" || arg == "--keys" || arg == "--mib" || arg == "--output-mib") &&
            i + 1 < argc) {
            const int value = std::atoi(argv[++i]);
            (arg == "--runs"   ? runs
             : arg == "--keys" ? keys
             : arg == "--mib"  ? mib
                               : outputMib) = value;
        } else if (arg == "startup" || arg == "typing" || arg == "large-file" || arg == "memory" ||
                   arg == "server-start" || arg == "big-output") {
            what << QString::fromStdString(arg);
        } else {
            std::fputs(kUsage, stderr);
            return 2;
        }
    }
    if (what.isEmpty())
        what = {"startup", "server-start", "typing", "large-file", "big-output", "memory"};
    QApplication application(argc, argv);
    const QString self = QApplication::applicationFilePath();
    if (what.contains("startup"))
        print(measureStartup(self, runs));
    if (what.contains("server-start"))
        print(measureServerStart(std::max(runs / 3, 1)));
    if (what.contains("typing"))
        print(measureTyping(keys));
    if (what.contains("large-file"))
        print(measureLargeFile(mib));
    if (what.contains("big-output"))
        print(measureBigOutput(outputMib));
    if (what.contains("memory"))
        print(measureIdleMemory(self));
    return 0;
}
