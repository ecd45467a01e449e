// Showing a big output in the tests panel's diff view: time until the views are filled and the
// longest stall of the UI thread meanwhile (a 1 ms timer measures the gaps), for 50 MB against
// 50 KB of expected and actual output.
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <algorithm>

#include "ide_bench.h"
#include "verdict/app/tests_panel/output_diff_view.h"
#include "verdict/app/tests_panel/text_diff.h"

namespace verdict::bench::ide {

namespace {

struct Shown {
    double readyMs = 0;
    double longestStallMs = 0;
};

QString lines(qint64 bytes, int salt) {
    QString text;
    text.reserve(bytes + 32);
    for (int i = 0; text.size() < bytes; ++i)
        text += QString::number(qint64(i) * 7919 + salt) + QLatin1Char('\n');
    return text;
}

Shown show(qint64 bytes) {
    using app::tests_panel::DiffTexts;
    using app::tests_panel::OutputDiffView;
    const DiffTexts texts{QStringLiteral("1\n"), lines(bytes, 0), lines(bytes, 1), {}};
    OutputDiffView view;
    view.resize(1000, 600);
    view.show();
    QApplication::processEvents();
    QElapsedTimer clock, sinceTick;
    double longest = 0;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longest = std::max(longest, double(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.restart();
    });
    QEventLoop loop;
    QObject::connect(&view, &OutputDiffView::ready, &loop, &QEventLoop::quit);
    clock.start();
    sinceTick.start();
    ticker.start();
    view.showTexts(texts, QStringLiteral("bench"));
    if (!view.isReady())
        loop.exec();
    const double ready = double(clock.nsecsElapsed()) / 1e6;
    longest = std::max(longest, double(sinceTick.nsecsElapsed()) / 1e6);
    return {ready, longest};
}

}  // namespace

QStringList measureBigOutput(int megabytes) {
    const Shown big = show(qint64(megabytes) << 20);
    const Shown small = show(50 << 10);
    return {
        QStringLiteral("a big output in the tests panel (expected vs actual, every line differs)"),
        QStringLiteral("  %1 MB  ready after %2 ms, longest UI stall %3 ms")
            .arg(megabytes)
            .arg(big.readyMs, 0, 'f', 0)
            .arg(big.longestStallMs, 0, 'f', 1),
        QStringLiteral("  50 KB  ready after %1 ms, longest UI stall %2 ms")
            .arg(small.readyMs, 0, 'f', 0)
            .arg(small.longestStallMs, 0, 'f', 1),
        QStringLiteral("  stall ratio %1 (one 60 Hz frame is 16.7 ms)")
            .arg(big.longestStallMs / std::max(small.longestStallMs, 0.001), 0, 'f', 2)};
}

}  // namespace verdict::bench::ide
