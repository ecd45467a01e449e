// Keystroke to repaint: a key press delivered to the editor, then the viewport painted
// synchronously, in a 20,000-line file against a 20-line one (same process, same window size).
#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <algorithm>
#include <vector>

#include "ide_bench.h"
#include "sample_source.h"
#include "sandbox_overhead/statistics.h"
#include "verdict/editor/code_editor.h"

namespace verdict::bench::ide {

namespace {

std::vector<double> typeInto(int lines, int keystrokes) {
    editor::CodeEditor editor;
    editor.setLanguage(QStringLiteral("cpp"));
    editor.setText(sampleCppSource(lines));
    editor.resize(1000, 800);
    editor.show();
    QApplication::processEvents();
    editor.goToLine(lines / 2);
    editor.viewport()->repaint();
    std::vector<double> times;
    QElapsedTimer clock;
    for (int i = 0; i < keystrokes; ++i) {
        const bool erase = i % 8 == 7;  // mostly typing, sometimes a backspace
        const int key = erase ? Qt::Key_Backspace : Qt::Key_A + i % 26;
        const QString text = erase ? QString() : QString(QChar('a' + i % 26));
        clock.start();
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
        QApplication::sendEvent(&editor, &press);
        editor.viewport()->repaint();
        times.push_back(double(clock.nsecsElapsed()) / 1e6);
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
        QApplication::sendEvent(&editor, &release);
    }
    return times;
}

QString row(const QString& label, const Summary& s, double p99) {
    return QStringLiteral("  %1 p50 %2 ms  p90 %3  p99 %4  min %5")
        .arg(label)
        .arg(s.median, 0, 'f', 2)
        .arg(s.p90, 0, 'f', 2)
        .arg(p99, 0, 'f', 2)
        .arg(s.minimum, 0, 'f', 2);
}

}  // namespace

QStringList measureTyping(int keystrokes) {
    std::vector<double> big = typeInto(20000, keystrokes);
    std::vector<double> small = typeInto(20, keystrokes);
    const Summary a = summarize(big), b = summarize(small);
    std::sort(big.begin(), big.end());
    std::sort(small.begin(), small.end());
    return {
        QStringLiteral("keystroke to repaint (%1 keys, C++ lexer, 1000x800 view)").arg(keystrokes),
        row(QStringLiteral("20,000 lines "), a, percentile(big, 0.99)),
        row(QStringLiteral("20 lines      "), b, percentile(small, 0.99)),
        QStringLiteral(
            "  ratio 20,000/20 lines p50 %1 (target: p99 below one 60 Hz frame, 16.7 ms)")
            .arg(a.median / std::max(b.median, 0.001), 0, 'f', 2)};
}

}  // namespace verdict::bench::ide
