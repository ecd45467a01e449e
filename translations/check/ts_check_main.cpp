// verdict-ts-check: fails (exit 1) when committed .ts files no longer match the sources.
//   verdict-ts-check --regenerate COMMAND FRESH.ts COMMITTED.ts...
// FRESH.ts is a throwaway lupdate run over the sources; each COMMITTED.ts must hold exactly its
// messages (no missing ones, no obsolete ones). COMMAND is what the message tells the user to
// run to regenerate the committed files.
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include "ts_messages.h"

namespace {

using verdict::translations::StaleReport;

void printList(QTextStream& err, const QString& title, const QStringList& lines) {
    if (lines.isEmpty())
        return;
    err << "  " << title << "\n";
    for (const QString& line : lines)
        err << "    " << line << "\n";
}

// Prints what is stale in one file; true when it is up to date.
bool checkOne(QTextStream& err, const verdict::translations::TsFile& fresh, const QString& path) {
    const auto committed = verdict::translations::readTsFile(path);
    if (!committed.error.isEmpty()) {
        err << "error: " << committed.error << "\n";
        return false;
    }
    const StaleReport report = verdict::translations::compareWithSources(committed, fresh);
    if (!report.isStale())
        return true;
    const QString name = QFileInfo(path).fileName();
    err << "error: " << path << " is stale:\n";
    printList(err, QStringLiteral("missing from %1 (new or changed in the sources):").arg(name),
              report.missing);
    printList(err, QStringLiteral("in %1 but no longer in the sources:").arg(name),
              report.obsolete);
    return false;
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QTextStream err(stderr);
    if (arguments.size() < 4 || arguments.first() != QLatin1String("--regenerate")) {
        err << "usage: verdict-ts-check --regenerate COMMAND FRESH.ts COMMITTED.ts...\n";
        return 2;
    }
    const QString command = arguments.at(1);
    const auto fresh = verdict::translations::readTsFile(arguments.at(2));
    if (!fresh.error.isEmpty()) {
        err << "error: " << fresh.error << "\n";
        return 2;
    }
    bool upToDate = true;
    for (const QString& path : arguments.mid(3))
        upToDate = checkOne(err, fresh, path) && upToDate;
    if (upToDate)
        return 0;
    err << "The translations do not match the sources. Regenerate them with\n"
        << "    " << command << "\n"
        << "then translate the new strings and commit the .ts files (see "
           "translations/README.md).\n";
    return 1;
}
