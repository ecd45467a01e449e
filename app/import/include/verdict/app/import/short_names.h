#pragma once
// Problem short names as the server accepts them ([a-z0-9][a-z0-9_-]{0,63}), made from folder
// names, file names or a problem's title. Also the safe folder names of Companion problems:
// the result never holds '/', '.' or anything but [a-z0-9_-], so it cannot leave its parent.
#include <QString>
#include <QStringList>

namespace verdict::app::imports {

constexpr int kMaxShortName = 64;

// Lower-case ASCII letters, digits and '_' kept, every other run becomes one '-', no '-' or
// '_' at the start, no '-' at the end, at most `maxLength` characters. "" when nothing is left.
QString shortNameFrom(const QString& text, int maxLength = kMaxShortName);

// `base` when it is not in `taken`, else base-2, base-3, ... (shortened to stay a valid name).
QString freeShortName(const QString& base, const QStringList& taken);

}  // namespace verdict::app::imports
