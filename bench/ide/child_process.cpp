#include "child_process.h"

#include <QElapsedTimer>
#include <QProcess>

namespace verdict::bench::ide {

std::optional<ChildReport> runChildProcess(const QString& self, const QString& mode, int timeoutMs,
                                           QString& error) {
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    child.start(self, {QStringLiteral("--child"), mode});
    ChildReport report;
    QByteArray pending;
    while (clock.elapsed() < timeoutMs && report.rssKib == 0) {
        if (!child.waitForReadyRead(int(timeoutMs - clock.elapsed())))
            break;
        pending += child.readAllStandardOutput();
        for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
            const QByteArray line = pending.left(end);
            pending.remove(0, end + 1);
            if (line == "ready")
                report.readyMs = double(clock.nsecsElapsed()) / 1e6;
            else if (line.startsWith("rss_kib "))
                report.rssKib = line.mid(8).toLong();
        }
    }
    if (!child.waitForFinished(30000))
        child.kill();
    if (report.readyMs == 0 || report.rssKib == 0) {
        error =
            QStringLiteral("child '%1' did not report (exit %2)").arg(mode).arg(child.exitCode());
        return std::nullopt;
    }
    return report;
}

}  // namespace verdict::bench::ide
