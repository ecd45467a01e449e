// Memory of an idle IDE with one problem open (the local judge is a separate process, reported
// apart), against an empty QMainWindow in a fresh process.
#include "child_process.h"
#include "ide_bench.h"

namespace verdict::bench::ide {

QStringList measureIdleMemory(const QString& self) {
    QString error;
    const auto ide = runChildProcess(self, kChildIdle, 120000, error);
    if (!ide)
        return {QStringLiteral("idle memory: %1").arg(error)};
    const auto plain = runChildProcess(self, kChildBaseline, 20000, error);
    if (!plain)
        return {QStringLiteral("idle memory: %1").arg(error)};
    return {
        QStringLiteral("idle memory (VmRSS, one problem open, 3 s after it showed)"),
        QStringLiteral("  verdict-ide        %1 MiB").arg(double(ide->rssKib) / 1024, 0, 'f', 1),
        QStringLiteral("  empty QMainWindow  %1 MiB").arg(double(plain->rssKib) / 1024, 0, 'f', 1),
        QStringLiteral("  ratio %1").arg(double(ide->rssKib) / double(plain->rssKib), 0, 'f', 2)};
}

}  // namespace verdict::bench::ide
