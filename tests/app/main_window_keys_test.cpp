// The window's keyboard: every common action has a shortcut, shown in its menu, and no two
// actions share one; the find bar, problem switching and zoom answer to their keys. No server.
#include <QAction>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QSet>
#include <QTest>

#include "app_test_env.h"
#include "verdict/app/main_window.h"
#include "verdict/app/problem_list_model.h"
#include "verdict/editor/code_editor.h"
#include "verdict/editor/find_bar.h"

using verdict::app::MainWindow;

class MainWindowKeysTest : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

  private slots:
    void initTestCase() { verdict::tests::useScratchDataHome(m_home); }

    void everyShortcutIsUniqueAndInAMenu() {
        MainWindow window;
        QSet<QString> seen;
        int inMenus = 0;
        for (QAction* menu : window.menuBar()->actions()) {
            for (QAction* action : menu->menu()->actions()) {
                for (const QKeySequence& key : action->shortcuts()) {
                    const QString text = key.toString();
                    QVERIFY2(!seen.contains(text), qPrintable("shortcut used twice: " + text));
                    seen.insert(text);
                }
                inMenus += action->shortcuts().isEmpty() ? 0 : 1;
            }
        }
        QVERIFY2(inMenus >= 14, qPrintable(QString::number(inMenus)));
        for (const char* key : {"Ctrl+Return", "Ctrl+F", "Ctrl+H", "Ctrl+G", "Ctrl+PgDown",
                                "Ctrl+PgUp", "F3", "F8", "Ctrl+Q"})
            QVERIFY2(seen.contains(key), key);
    }

    void keysReachTheirActions() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        window.editor()->setFocus();
        QTest::keyClick(window.editor(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(window.findBar()->isVisible());
        QVERIFY(!window.findBar()->replaceVisible());
        QTest::keyClick(window.findBar()->patternEdit(), Qt::Key_Escape);
        QVERIFY(!window.findBar()->isVisible());
        QTest::keyClick(window.editor(), Qt::Key_H, Qt::ControlModifier);
        QTRY_VERIFY(window.findBar()->replaceVisible());

        window.problems()->setProblems(
            QJsonArray{QJsonObject{{"id", 1}, {"short_name", "a"}, {"name", "A"}},
                       QJsonObject{{"id", 2}, {"short_name", "b"}, {"name", "B"}},
                       QJsonObject{{"id", 3}, {"short_name", "c"}, {"name", "C"}}});
        window.editor()->setFocus();
        QTest::keyClick(window.editor(), Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(window.problemList()->currentIndex().row(), 0);
        QTest::keyClick(window.editor(), Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(window.problemList()->currentIndex().row(), 2);  // wraps around
        window.stepProblem(1);
        QCOMPARE(window.problemList()->currentIndex().row(), 0);

        const int zoom = window.editor()->zoomLevel();
        QTest::keyClick(window.editor(), Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(window.editor()->zoomLevel(), zoom + 1);
        QTest::keyClick(window.editor(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(window.editor()->zoomLevel(), 0);
    }
};

QTEST_MAIN(MainWindowKeysTest)
#include "main_window_keys_test.moc"
