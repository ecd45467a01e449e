#pragma once
// The texts the crash child saves, one per version, so the test can tell a complete saved
// version from a truncated or mixed one. Sizes vary (~100 KiB to ~700 KiB) so that a kill
// often lands in the middle of a write.
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace verdict::tests::crash {

inline const QString kServer = QStringLiteral("local");
inline const QString kProblem = QStringLiteral("aplusb");

inline QString text(int version, const QString& flavour) {
    QString text = QStringLiteral("%1 version %2\n").arg(flavour).arg(version);
    const int lines = 2000 + (version % 7) * 2000;
    text.reserve(lines * 48);
    for (int i = 0; i < lines; ++i)
        text +=
            QStringLiteral("    // %1 line %2 of version %3\n").arg(flavour).arg(i).arg(version);
    return text;
}

// The version a saved text claims in its first line; -1 when it has none.
inline int versionOf(const QString& text) {
    const QString first = text.section('\n', 0, 0);
    bool ok = false;
    const int version = first.section(' ', 2, 2).toInt(&ok);
    return ok ? version : -1;
}

inline QJsonArray tests(int version) {
    return {QJsonObject{{"input", QStringLiteral("%1 %1\n").arg(version)},
                        {"expected", QString::number(2 * version)}}};
}

}  // namespace verdict::tests::crash
