// PackageImporter against the real local judge: a folder and a zip (copies of a bundled problem
// under new names) are checked, uploaded and listed; a taken name is renamed or explained;
// broken packages are refused with the reader's words and nothing reaches the server.
#include <QAction>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <filesystem>

#include "import_test_server.h"
#include "verdict/app/bundled_problems.h"
#include "verdict/app/import/import_actions.h"
#include "verdict/app/import/package_importer.h"
#include "verdict/packages/zip_create.h"

using verdict::app::imports::ConflictPolicy;
using verdict::app::imports::ImportActions;
using verdict::app::imports::PackageImporter;

class PackageImporterTest : public QObject {
    Q_OBJECT
  private:
    verdict::tests::ImportTestServer m_server;
    QTemporaryDir m_scratch;

    QString bundledCopy(const QString& name) {
        const QString to = m_scratch.filePath(name);
        const QString from = QDir(verdict::app::bundledProblemsDirectory()).filePath("aplusb");
        return verdict::tests::copyTree(from, to) ? to : QString();
    }

    QString writeFile(const QString& path, const QByteArray& text) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(text);
        return path;
    }

    // Runs one import to its end: {id, short name} or the failure message.
    struct Ending {
        int id = 0;
        QString shortName;
        QString error;
    };
    Ending importAndWait(PackageImporter& importer, const QString& path,
                         const QString& shortName = {}) {
        QSignalSpy imported(&importer, &PackageImporter::imported);
        QSignalSpy failed(&importer, &PackageImporter::failed);
        importer.importPackage(path, shortName);
        if (!QTest::qWaitFor([&] { return !imported.isEmpty() || !failed.isEmpty(); },
                             verdict::tests::kImportMs))
            return {0, {}, "timed out"};
        if (!failed.isEmpty())
            return {0, {}, failed.at(0).at(0).toString()};
        return {imported.at(0).at(0).toInt(), imported.at(0).at(1).toString(), {}};
    }

  private slots:
    void initTestCase() {
        QVERIFY(m_scratch.isValid());
        QString error;
        QVERIFY2(m_server.start(error), qPrintable(error));
    }

    void importsAFolder() {
        PackageImporter importer(&m_server.session);
        const Ending ending = importAndWait(importer, bundledCopy("Sum Folder"));
        QVERIFY2(ending.error.isEmpty(), qPrintable(ending.error));
        QCOMPARE(ending.shortName, QString("sum-folder"));
        QCOMPARE(m_server.problems().value("sum-folder"), ending.id);
        const auto problem = m_server.problem(ending.id);
        QCOMPARE(problem["name"].get<std::string>(), "A plus B");
        QCOMPARE(problem["samples"].size(), 2u);
        QCOMPARE(importer.importsRunning(), 0);
    }

    void importsAZip() {
        const QString folder = bundledCopy("zipped");
        const QString zip = m_scratch.filePath("aplusb-zip.zip");
        std::string error;
        QVERIFY(verdict::packages::zipDirectory(folder.toStdString(), zip.toStdString(), "top/",
                                                error));
        PackageImporter importer(&m_server.session);
        const Ending ending = importAndWait(importer, zip);
        QVERIFY2(ending.error.isEmpty(), qPrintable(ending.error));
        QCOMPARE(ending.shortName, QString("aplusb-zip"));
        QCOMPARE(m_server.problems().value("aplusb-zip"), ending.id);
    }

    void renamesATakenName() {
        PackageImporter importer(&m_server.session);
        // "aplusb" is a bundled problem already on the server.
        const Ending ending = importAndWait(importer, bundledCopy("aplusb"));
        QVERIFY2(ending.error.isEmpty(), qPrintable(ending.error));
        QCOMPARE(ending.shortName, QString("aplusb-2"));
        QVERIFY(m_server.problems().contains("aplusb"));
        QCOMPARE(m_server.problems().value("aplusb-2"), ending.id);
    }

    void explainsATakenNameWhenAskedNotToRename() {
        PackageImporter importer(&m_server.session);
        importer.setConflictPolicy(ConflictPolicy::Fail);
        const auto before = m_server.problems();
        const Ending ending = importAndWait(importer, bundledCopy("other"), "PairSum");
        QVERIFY(ending.id == 0);
        QVERIFY2(ending.error.contains("\"pairsum\" is already on the server"),
                 qPrintable(ending.error));
        QVERIFY2(ending.error.contains("\"pairsum-2\""), qPrintable(ending.error));
        QCOMPARE(m_server.problems(), before);
    }

    void refusesBrokenPackages_data() {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("yaml");  // "" = no problem.yaml
        QTest::addColumn<bool>("withData");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not a package") << "holiday"
                                       << "" << false << "No problem.yaml and no data/ folder in";
        QTest::newRow("no data") << "nodata"
                                 << "name: No Data\n"
                                 << false << "[missing-secret]";
        QTest::newRow("empty data") << "emptydata"
                                    << "name: Empty\n"
                                    << false << "has no test cases";
        QTest::newRow("bad yaml") << "badyaml"
                                  << "name: [unclosed\n"
                                  << true << "problem.yaml";
        QTest::newRow("bad limit") << "badlimit"
                                   << "name: X\nlimits:\n  memory: lots\n"
                                   << true << "memory";
    }

    void refusesBrokenPackages() {
        QFETCH(QString, folder);
        QFETCH(QString, yaml);
        QFETCH(bool, withData);
        QFETCH(QString, expected);
        const QString root = m_scratch.filePath("broken/" + folder);
        writeFile(root + "/notes.txt", "not a problem\n");
        if (!yaml.isEmpty())
            writeFile(root + "/problem.yaml", yaml.toUtf8());
        if (folder == "emptydata") {
            QDir().mkpath(root + "/data/sample");
            QDir().mkpath(root + "/data/secret");
        }
        if (withData) {
            writeFile(root + "/data/sample/1.in", "1 2\n");
            writeFile(root + "/data/sample/1.ans", "3\n");
        }
        const auto before = m_server.problems();
        PackageImporter importer(&m_server.session);
        const Ending ending = importAndWait(importer, root);
        QCOMPARE(ending.id, 0);
        QVERIFY2(ending.error.contains(expected), qPrintable(ending.error));
        QVERIFY2(ending.error.contains(folder), qPrintable(ending.error));
        QCOMPARE(m_server.problems(), before);
    }

    void refusesWhatIsNeitherFolderNorZip() {
        const QString text = writeFile(m_scratch.filePath("statement.txt"), "hello\n");
        PackageImporter importer(&m_server.session);
        const Ending ending = importAndWait(importer, text);
        QVERIFY2(ending.error.contains("neither a folder nor a .zip"), qPrintable(ending.error));
        const Ending missing = importAndWait(importer, m_scratch.filePath("nowhere"));
        QVERIFY2(missing.error.contains("does not exist"), qPrintable(missing.error));
    }

    void refusesACorruptZip() {
        const QString zip = writeFile(m_scratch.filePath("corrupt.zip"), "PK\x03\x04 not really");
        const auto before = m_server.problems();
        PackageImporter importer(&m_server.session);
        const Ending ending = importAndWait(importer, zip);
        QCOMPARE(ending.id, 0);
        QVERIFY2(ending.error.contains("is not a valid problem package"), qPrintable(ending.error));
        QCOMPARE(m_server.problems(), before);
    }

    void theMenuActionsImportTheChosenPath() {
        QWidget window;
        PackageImporter importer(&m_server.session);
        ImportActions actions(&importer, &window);
        const QString folder = bundledCopy("From Menu");
        QList<ImportActions::Kind> asked;
        actions.setChooser([&](ImportActions::Kind kind, const QString&) {
            asked << kind;
            return kind == ImportActions::Kind::Folder ? folder : QString();
        });
        QSignalSpy started(&actions, &ImportActions::importStarted);
        QSignalSpy imported(&importer, &PackageImporter::imported);
        actions.importZipAction()->trigger();  // the user cancels the dialog
        QCOMPARE(started.size(), 0);
        actions.importFolderAction()->trigger();
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.at(0).at(0).toString(), folder);
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, verdict::tests::kImportMs);
        QCOMPARE(imported.at(0).at(1).toString(), QString("from-menu"));
        QVERIFY(asked == (QList<ImportActions::Kind>{ImportActions::Kind::Zip,
                                                     ImportActions::Kind::Folder}));
        QVERIFY(m_server.problems().contains("from-menu"));
    }

    void saysWhenThereIsNoServer() {
        verdict::app::ServerSession unconnected;
        PackageImporter importer(&unconnected);
        const Ending ending = importAndWait(importer, bundledCopy("offline"));
        QVERIFY2(ending.error.contains("not connected"), qPrintable(ending.error));
    }
};

QTEST_MAIN(PackageImporterTest)
#include "package_importer_test.moc"
