// What the problem view shows of a problem's summary (GET /api/v1/problems/{id}).
#include <QJsonObject>
#include <QtTest>

#include "verdict/app/problem_text.h"

class ProblemTextTest : public QObject {
    Q_OBJECT

  private slots:
    void theStatementsOwnTitleIsNotShownTwice() {
        QJsonObject problem{
            {"name", "A plus B"},
            {"statement", QJsonObject{{"markdown", "# A plus B\n\nRead a and b."}}}};
        QCOMPARE(verdict::app::statementMarkdown(problem), QStringLiteral("Read a and b."));
    }

    void anotherFirstHeadingStays() {
        QJsonObject problem{{"name", "A plus B"},
                            {"statement", QJsonObject{{"markdown", "# Input\n\nTwo numbers."}}}};
        QCOMPARE(verdict::app::statementMarkdown(problem),
                 QStringLiteral("# Input\n\nTwo numbers."));
    }

    // An HTML statement is shown as HTML; Markdown wins when the server has both.
    void anHtmlStatementIsShownAsHtml() {
        const QJsonObject html{
            {"name", "X"},
            {"statement", QJsonObject{{"format", "html"}, {"html", "<p>Read <b>n</b>.</p>"}}}};
        QCOMPARE(verdict::app::statementHtml(html), QStringLiteral("<p>Read <b>n</b>.</p>"));
        const QJsonObject both{
            {"name", "X"},
            {"statement", QJsonObject{{"markdown", "Read n."}, {"html", "<p>Read n.</p>"}}}};
        QVERIFY(verdict::app::statementHtml(both).isEmpty());
    }

    void aProblemWithoutAStatementSaysSo() {
        QVERIFY(
            verdict::app::statementMarkdown(QJsonObject{{"name", "X"}}).contains("no statement"));
    }
};

QTEST_GUILESS_MAIN(ProblemTextTest)
#include "problem_text_test.moc"
