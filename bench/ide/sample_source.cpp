#include "sample_source.h"

#include <QStringList>

namespace verdict::bench::ide {

QString sampleCppSource(int lines) {
    static const QStringList block = {
        QStringLiteral("// Block %1: a segment tree over the prefix sums."),
        QStringLiteral("template <class T> struct Tree%1 {"),
        QStringLiteral("    std::vector<T> data; /* one node per range */"),
        QStringLiteral("    T query(int l, int r) const {"),
        QStringLiteral("        T sum{};"),
        QStringLiteral("        for (l += n, r += n; l < r; l >>= 1, r >>= 1) {"),
        QStringLiteral("            if (l & 1) sum += data[l++];"),
        QStringLiteral("            if (r & 1) sum += data[--r];"),
        QStringLiteral("        }"),
        QStringLiteral("        printf(\"%d\\n\", 42); return sum;"),
        QStringLiteral("    }"),
        QStringLiteral("    int n = %1;"),
        QStringLiteral("};"),
        QString(),
    };
    QStringList out;
    out.reserve(lines);
    for (int i = 0; out.size() < lines; ++i)
        for (const QString& line : block)
            if (out.size() < lines)
                out.append(line.contains(QLatin1String("%1")) ? line.arg(i) : line);
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

}  // namespace verdict::bench::ide
