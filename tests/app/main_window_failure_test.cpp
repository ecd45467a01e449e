// The window when the local judge cannot start: no crash, the indicator and the problem view say
// why, and Submit only explains that there is no judge.
#include <QAction>
#include <QStatusBar>
#include <QTest>

#include "app_test_env.h"
#include "verdict/app/connection_indicator.h"
#include "verdict/app/local_server.h"
#include "verdict/app/main_window.h"
#include "verdict/app/problem_view.h"
#include "verdict/app/submissions_model.h"

using verdict::app::ConnectionState;

class MainWindowFailureTest : public QObject {
    Q_OBJECT
  private slots:
    void saysWhyTheJudgeIsMissing() {
        QTemporaryDir home;
        verdict::tests::useScratchDataHome(home);
        qputenv("VERDICT_SERVER_BINARY", "/nonexistent/verdict-server");
        verdict::app::LocalServer server;
        verdict::app::MainWindow window(&server);
        window.show();
        server.start();
        QTRY_COMPARE(window.connectionIndicator()->state(), ConnectionState::Failed);
        QVERIFY(window.connectionIndicator()->toolTip().contains("/nonexistent/verdict-server"));
        QVERIFY(window.problemView()->statementText().contains("/nonexistent/verdict-server"));
        window.submitAction()->trigger();
        QCOMPARE(window.submissions()->rowCount(), 0);
        QVERIFY(!window.statusBar()->currentMessage().isEmpty());
    }
};

QTEST_MAIN(MainWindowFailureTest)
#include "main_window_failure_test.moc"
