// Opening a big source: read it, hand it to the editor and paint, all on the UI thread (the
// stall a contestant sees), for a 5 MB file against a 50 KB one.
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>

#include "ide_bench.h"
#include "sample_source.h"
#include "verdict/editor/code_editor.h"

namespace verdict::bench::ide {

namespace {

double openAndPaint(const QString& path) {
    editor::CodeEditor editor;
    editor.setLanguage(QStringLiteral("cpp"));
    editor.resize(1000, 800);
    editor.show();
    QApplication::processEvents();
    QElapsedTimer clock;
    clock.start();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    editor.setText(QString::fromUtf8(file.readAll()));
    editor.viewport()->repaint();
    editor.goToLine(editor.lines());  // and jump to its end, which styles the last screen
    editor.viewport()->repaint();
    return double(clock.nsecsElapsed()) / 1e6;
}

QString writeSource(const QTemporaryDir& dir, const QString& name, qint64 bytes) {
    const QString text = sampleCppSource(40);
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    const QByteArray chunk = text.toUtf8();
    for (qint64 written = 0; written < bytes; written += chunk.size())
        file.write(chunk);
    return file.fileName();
}

}  // namespace

QStringList measureLargeFile(int megabytes) {
    QTemporaryDir dir;
    const QString big = writeSource(dir, QStringLiteral("big.cpp"), qint64(megabytes) << 20);
    const QString small = writeSource(dir, QStringLiteral("small.cpp"), 50 << 10);
    double bigMs = 1e9, smallMs = 1e9;
    for (int i = 0; i < 3; ++i) {  // best of three: the stall itself, not the page cache
        bigMs = std::min(bigMs, openAndPaint(big));
        smallMs = std::min(smallMs, openAndPaint(small));
    }
    return {QStringLiteral("open a source file (read, setText, paint top and end; UI thread)"),
            QStringLiteral("  %1 MB   %2 ms").arg(megabytes).arg(bigMs, 0, 'f', 1),
            QStringLiteral("  50 KB  %1 ms").arg(smallMs, 0, 'f', 1),
            QStringLiteral("  ratio %1 (per byte: %2 of the small file's cost)")
                .arg(bigMs / std::max(smallMs, 0.001), 0, 'f', 1)
                .arg((bigMs / (double(megabytes) * 1024 * 1024)) / (smallMs / (50.0 * 1024)), 0,
                     'f', 2)};
}

}  // namespace verdict::bench::ide
