// verdict-ide-tour: the README's screenshots. Starts the IDE with its local judge in one theme and
// saves each main screen as DIR/<screen>-<theme>.png: tests (a wrong answer's diff in the tests
// panel), main (an accepted submission, test by test), compile-error (diagnostics on the code and
// the clickable log), connect (the contest login) and settings.
// Usage: verdict-ide-tour DIR light|dark   (run it under xvfb-run for a real X server)
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QListView>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <cstdio>
#include <functional>

#include "verdict/app/compile_log_view.h"
#include "verdict/app/contest/connect_dialog.h"
#include "verdict/app/contest/contest_controller.h"
#include "verdict/app/local_server.h"
#include "verdict/app/main_window.h"
#include "verdict/app/problem_list_model.h"
#include "verdict/app/settings/settings.h"
#include "verdict/app/settings/settings_action.h"
#include "verdict/app/submissions_model.h"
#include "verdict/app/submissions_panel.h"
#include "verdict/app/tests_panel/output_diff_view.h"
#include "verdict/app/tests_panel/test_cases_model.h"
#include "verdict/app/tests_panel/tests_panel.h"
#include "verdict/editor/code_editor.h"

using namespace verdict::app;

namespace {

constexpr char kWrong[] = "a, b = map(int, input().split())\nprint(a - b)\n";
constexpr char kRight[] = "# A plus B\na, b = map(int, input().split())\nprint(a + b)\n";
constexpr char kBroken[] = "a, b = map(int, input().split())\n\nprint(a +* b)\n";

// Steps run one after another: each waits (polling) until its condition holds and at least
// `settleMs` have passed since the step before acted (so the screen has repainted), then acts.
class Tour : public QObject {
  public:
    struct Step {
        std::function<bool()> ready;
        std::function<void()> act;
        int settleMs = 0;
    };
    void add(std::function<bool()> ready, std::function<void()> act, int settleMs = 0) {
        m_steps.push_back({std::move(ready), std::move(act), settleMs});
    }
    void start() {
        m_since.start();
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (m_next >= m_steps.size())
                return;
            const Step& step = m_steps[m_next];
            if (m_since.elapsed() < step.settleMs || !step.ready())
                return;
            ++m_next;
            step.act();
            m_since.restart();
        });
        m_timer.start(50);
    }

  private:
    std::vector<Step> m_steps;
    std::size_t m_next = 0;
    QTimer m_timer;
    QElapsedTimer m_since;
};

bool always() {
    return true;
}

constexpr int kSettleMs = 600;

bool allRunsOver(tests_panel::TestCasesModel* tests) {
    for (int row = 0; row < tests->rowCount(); ++row) {
        const auto state = tests->testAt(row)->result.state;
        if (tests_panel::isPending(state) || state == tests_panel::TestState::NotRun)
            return false;
    }
    return tests->rowCount() > 0;
}

}  // namespace

int main(int argc, char** argv) {
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("verdict"));
    QApplication::setApplicationName(QStringLiteral("verdict-ide"));
    if (argc != 3) {
        std::fprintf(stderr, "usage: verdict-ide-tour DIR light|dark\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    const QString theme = QString::fromLocal8Bit(argv[2]);
    QDir().mkpath(out.path());
    // The window's own settings (in the caller's XDG_CONFIG_HOME) pick the theme, as a user would.
    LocalServer server;
    MainWindow window(&server);
    window.settings()->setTheme(theme == QLatin1String("dark") ? verdict::editor::ThemeMode::Dark
                                                               : verdict::editor::ThemeMode::Light);
    window.resize(1400, 860);
    window.show();
    auto shot = [&](QWidget* widget, const QString& screen) {
        const QString path = out.filePath(screen + QLatin1Char('-') + theme + ".png");
        widget->grab().save(path);
        std::printf("%s\n", qPrintable(path));
    };
    auto* tests = window.testsPanel()->model();
    SubmissionsModel* submissions = window.submissions();
    int finished = 0;
    QObject::connect(submissions, &SubmissionsModel::submissionFinished, &window,
                     [&] { ++finished; });
    Tour tour;
    tour.add(
        [&] {
            return window.problems()->rowOf("aplusb") >= 0 && window.languageChooser()->count() > 0;
        },
        [&] {
            window.problemList()->setCurrentIndex(
                window.problems()->index(window.problems()->rowOf("aplusb")));
        });
    tour.add([&] { return window.currentProblemId() > 0 && tests->sampleCount() > 0; },
             [&] {
                 window.selectLanguage("python3");
                 window.editor()->setText(kWrong);
                 tests->addOwnTest("negative", "-5 7\n", "2\n");
                 window.testsPanel()->runAllAction()->trigger();
             });
    tour.add([&] { return allRunsOver(tests); }, [&] { window.testsPanel()->selectRow(0); });
    tour.add([&] { return window.testsPanel()->diffView()->isReady(); }, [] {});
    tour.add(
        always, [&] { shot(&window, "tests"); }, kSettleMs);
    tour.add(always, [&] {
        window.editor()->setText(kRight);
        window.submitAction()->trigger();
    });
    tour.add([&] { return finished == 1; }, [] {});
    tour.add(
        always, [&] { shot(&window, "main"); }, kSettleMs);
    tour.add(always, [&] {
        window.editor()->setText(kBroken);
        window.submitAction()->trigger();
    });
    tour.add([&] { return finished == 2 && !window.compileLog()->diagnostics().isEmpty(); }, [] {});
    tour.add(
        always, [&] { shot(&window, "compile-error"); }, kSettleMs);
    auto* connectDialog =
        new contest::ConnectDialog(window.contest()->pins(), window.contest()->settings(), &window);
    tour.add(always, [&] { connectDialog->show(); });
    tour.add(
        always,
        [&] {
            shot(connectDialog, "connect");
            connectDialog->close();
        },
        kSettleMs);
    // Edit ▸ Settings…: the window's dialog, with the server's languages offered.
    auto* settingsAction = window.findChild<SettingsAction*>();
    tour.add(always, [&] { settingsAction->trigger(); });
    tour.add(
        always,
        [&] {
            shot(settingsAction->dialog(), "settings");
            settingsAction->dialog()->close();
            server.stop();
            application.quit();
        },
        kSettleMs);
    tour.start();
    QTimer::singleShot(180000, &application, [&] {
        std::fprintf(stderr, "verdict-ide-tour: gave up after 3 minutes\n");
        application.exit(1);
    });
    server.start();
    return application.exec();
}
