// OutputDiffView and its preparation: line differences marked on both sides and scrolled into
// view, texts cut with a note, and a 50 MB output shown while the event loop keeps turning.
#include <QElapsedTimer>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include "verdict/app/tests_panel/diff_text_view.h"
#include "verdict/app/tests_panel/output_diff_view.h"
#include "verdict/app/tests_panel/text_diff.h"

using namespace verdict::app::tests_panel;

namespace {

constexpr qsizetype kFiftyMiB = 50 * 1024 * 1024;

QString numberedLines(qsizetype count) {
    QString text;
    for (qsizetype i = 0; i < count; ++i)
        text += QString::number(i) + u'\n';
    return text;
}

// Ticks every 5 ms and remembers the longest time between two ticks: how long the event loop
// was kept from turning.
class LoopWatch {
  public:
    LoopWatch() {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_maxGap = std::max(m_maxGap, m_sinceTick.restart());
            ++m_ticks;
        });
        m_sinceTick.start();
        m_timer.start();
    }
    qint64 maxGapMs() const { return m_maxGap; }
    int ticks() const { return m_ticks; }

  private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_maxGap = 0;
    int m_ticks = 0;
};

}  // namespace

class OutputDiffViewTest : public QObject {
    Q_OBJECT
  private slots:
    void diffsLineByLineLikeTheJudge() {
        const LineDiff diff = diffLines("1 2\nYes\n3\n", "1   2\nyes \n4\n5\n");
        QCOMPARE(diff.expectedDiffers, (QList<bool>{false, false, true}));
        QCOMPARE(diff.actualDiffers, (QList<bool>{false, false, true, true}));
        QCOMPARE(diff.firstDifference, 2);
        const LineDiff same = diffLines("3\n", "3");
        QCOMPARE(same.firstDifference, -1);
        const LineDiff trailingBlank = diffLines("3\n", "3\n\n");
        QCOMPARE(trailingBlank.firstDifference, -1);  // an empty line is no token
    }

    void cutsTextsAndSaysSo() {
        DisplayLimits limits;
        limits.maxLines = 10;
        const ShownText shown = shownText(numberedLines(100), limits);
        QCOMPARE(shown.shownLines, 10);
        QCOMPARE(shown.totalLines, 100);
        QVERIFY(shown.truncated);
        QCOMPARE(shown.text, numberedLines(10));
        QVERIFY(truncationNote(shown).startsWith("Showing the first 10 of 100 lines"));

        const ShownText whole = shownText(numberedLines(5), limits);
        QVERIFY(!whole.truncated);
        QCOMPARE(truncationNote(whole), QString());

        limits.maxLineChars = 8;
        const ShownText wide = shownText("0123456789abc\nshort\n", limits);
        QCOMPARE(wide.text, "01234567 …\nshort\n");
        QVERIFY(wide.linesCut);
        QVERIFY(truncationNote(wide).contains("cut short"));
        QCOMPARE(shownText("é\n").totalBytes, 3);  // UTF-8 bytes, not characters
    }

    void marksDifferencesAndScrollsToTheFirst() {
        QString expected = numberedLines(3000);
        QString actual = expected;
        actual.replace("\n2500\n", "\n2501\n");
        OutputDiffView view;
        view.resize(800, 500);
        view.show();
        QSignalSpy ready(&view, &OutputDiffView::ready);
        view.showTexts({"in\n", expected, actual, "err\n"}, "Wrong answer");
        QVERIFY(!view.isReady());
        QVERIFY(ready.wait(10000));
        QVERIFY(view.isReady());
        QCOMPARE(view.summary(), "Wrong answer");
        QCOMPARE(view.firstDifference(), 2500);
        QCOMPARE(view.actualView()->differingLines().count(true), 1);
        QVERIFY(view.actualView()->differingLines().at(2500));
        QVERIFY(view.expectedView()->differingLines().at(2500));
        QCOMPARE(view.inputView()->toPlainText(), "in\n");
        QCOMPARE(view.errorsView()->toPlainText(), "err\n");
        QVERIFY(view.notes().isEmpty());
        // The first difference is in view on both sides (they scroll together).
        const int top = view.actualView()->verticalScrollBar()->value();
        QVERIFY2(top > 2400 && top <= 2500, qPrintable(QString::number(top)));
        QCOMPARE(view.expectedView()->verticalScrollBar()->value(), top);
        view.expectedView()->verticalScrollBar()->setValue(10);
        QCOMPARE(view.actualView()->verticalScrollBar()->value(), 10);
    }

    void aNewTextReplacesOneStillBeingPrepared() {
        OutputDiffView view;
        QSignalSpy ready(&view, &OutputDiffView::ready);
        view.showTexts({"", QString(kFiftyMiB / 10, u'x'), "", ""});
        view.showTexts({"", "1\n", "2\n", ""});
        QVERIFY(ready.wait(10000));
        QTest::qWait(300);  // the first one, had it not been dropped, would land now
        QCOMPARE(ready.count(), 1);
        QCOMPARE(view.expectedView()->toPlainText(), "1\n");
        QCOMPARE(view.firstDifference(), 0);
    }

    void staysResponsiveWithFiftyMegabytes_data() {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("note");
        QString lines;
        lines.reserve(kFiftyMiB);
        while (lines.size() < kFiftyMiB)
            lines += QStringLiteral("1234567890123456789012345678901234567890123456789\n");
        QTest::newRow("many lines") << lines << "Showing the first 5,000 of 1,048,576 lines";
        QTest::newRow("one line") << QString(kFiftyMiB, u'7') << "of 50.0 MiB shown";
    }
    void staysResponsiveWithFiftyMegabytes() {
        QFETCH(QString, output);
        QFETCH(QString, note);
        OutputDiffView view;
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy ready(&view, &OutputDiffView::ready);
        const DiffTexts texts{"1 2\n", output, output + u'8', ""};
        QElapsedTimer took;
        took.start();
        LoopWatch watch;
        view.showTexts(texts, "Wrong answer");
        QVERIFY(ready.wait(60000));
        QTest::qWait(50);  // one more tick after the views were filled
        qInfo() << "ready after" << took.elapsed() << "ms; longest event loop gap"
                << watch.maxGapMs() << "ms over" << watch.ticks() << "ticks";
        QVERIFY2(watch.maxGapMs() < 100, qPrintable(QString::number(watch.maxGapMs())));
        QVERIFY(watch.ticks() > 5);
        QVERIFY2(view.notes().contains(note), qPrintable(view.notes()));
        QVERIFY(view.findChild<QLabel*>() != nullptr);
        const auto labels = view.findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [&](QLabel* label) {
            return label->isVisible() && label->text().contains(note);
        }));
        QVERIFY(view.actualView()->document()->characterCount() <= DisplayLimits{}.maxChars + 8192);
    }
};

QTEST_MAIN(OutputDiffViewTest)
#include "output_diff_view_test.moc"
