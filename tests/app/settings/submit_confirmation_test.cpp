// confirmSubmission: no question when the setting is off; Submit and Cancel answered in the box.
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "verdict/app/settings/submit_confirmation.h"

using verdict::app::Settings;

namespace {

// Answers the question box as soon as it is open: clicks the button whose text contains answer.
void answerSoon(const QString& answer, QString* question) {
    QTimer::singleShot(0, [answer, question] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box == nullptr)
            return answerSoon(answer, question);
        *question = box->text();
        for (QAbstractButton* button : box->buttons())
            if (button->text().contains(answer))
                button->click();
    });
}

}  // namespace

class SubmitConfirmationTest : public QObject {
    Q_OBJECT
  private slots:
    void offMeansNoQuestion() {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("off.ini")));
        QVERIFY(verdict::app::confirmSubmission(nullptr, settings, QStringLiteral("aplusb"),
                                                QStringLiteral("C++")));
    }

    void onAsks_data() {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<bool>("submitted");
        QTest::newRow("submit") << "Submit" << true;
        QTest::newRow("cancel") << "Cancel" << false;
    }

    void onAsks() {
        QFETCH(QString, answer);
        QFETCH(bool, submitted);
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("on.ini")));
        QVERIFY(settings.setConfirmBeforeSubmit(true));
        QString question;
        answerSoon(answer, &question);
        QCOMPARE(verdict::app::confirmSubmission(nullptr, settings, QStringLiteral("aplusb"),
                                                 QStringLiteral("Python 3")),
                 submitted);
        QVERIFY2(question.contains(QStringLiteral("aplusb")), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("Python 3")), qPrintable(question));
    }
};

QTEST_MAIN(SubmitConfirmationTest)
#include "submit_confirmation_test.moc"
