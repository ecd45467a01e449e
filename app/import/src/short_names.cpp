#include "verdict/app/import/short_names.h"

#include <cctype>

namespace verdict::app::imports {

QString shortNameFrom(const QString& text, int maxLength) {
    QString out;
    for (const QChar c : text) {
        const char ascii = c.toLatin1();
        const bool keep = c.unicode() < 128 && (std::isalnum(static_cast<unsigned char>(ascii)) ||
                                                (ascii == '_' && !out.isEmpty()));
        if (keep)
            out += QChar(std::tolower(static_cast<unsigned char>(ascii)));
        else if (!out.isEmpty() && !out.endsWith('-'))
            out += '-';
        if (out.size() > maxLength)
            break;
    }
    out.truncate(maxLength);
    while (out.endsWith('-'))
        out.chop(1);
    return out;
}

QString freeShortName(const QString& base, const QStringList& taken) {
    if (!taken.contains(base))
        return base;
    for (int n = 2;; ++n) {
        const QString suffix = QStringLiteral("-%1").arg(n);
        QString candidate = base.left(kMaxShortName - suffix.size());
        while (candidate.endsWith('-'))
            candidate.chop(1);
        candidate += suffix;
        if (!taken.contains(candidate))
            return candidate;
    }
}

}  // namespace verdict::app::imports
