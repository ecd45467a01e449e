// How much memory a process holds, from /proc.
#include <QFile>

#include "ide_bench.h"

namespace verdict::bench::ide {

long residentKib(long pid) {
    const QString path =
        pid ? QStringLiteral("/proc/%1/status").arg(pid) : QStringLiteral("/proc/self/status");
    QFile status(path);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return 0;
}

}  // namespace verdict::bench::ide
