// PDF statements end to end: a package made here with a one-page PDF statement (QPdfWriter) is
// imported into the real local judge; GET /problems/{id}/statement gives its bytes back, and
// StatementPdfView shows it (Qt PDF: the document is Ready with one page; without Qt PDF: the
// file handed to the system viewer holds those bytes).
#include <QPainter>
#include <QPdfWriter>
#include <QSignalSpy>
#include <QTest>

#include "import_test_server.h"
#include "verdict/app/import/package_importer.h"
#include "verdict/app/import/statement_fetch.h"
#include "verdict/app/import/statement_pdf_view.h"
#include "verdict/app/json_bridge.h"

#ifdef VERDICT_HAVE_QT_PDF
#include <QPdfDocument>
#endif

using namespace verdict::app::imports;

namespace {

bool writeText(const QString& path, const QByteArray& text) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

bool writePdf(const QString& path) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QPdfWriter writer(path);
    writer.setTitle("Pdf Sum");
    QPainter painter(&writer);
    if (!painter.isActive())
        return false;
    painter.drawText(QPointF(200, 400), "Pdf Sum: print the sum of two integers.");
    return painter.end();
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

class StatementPdfTest : public QObject {
    Q_OBJECT
  private:
    verdict::tests::ImportTestServer m_server;
    QTemporaryDir m_scratch;
    int m_problem = 0;
    QByteArray m_pdf;

  private slots:
    void initTestCase() {
        QString error;
        QVERIFY2(m_server.start(error), qPrintable(error));
        const QString root = m_scratch.filePath("pdfsum");
        QVERIFY(writeText(root + "/problem.yaml", "name: Pdf Sum\n"));
        QVERIFY(writeText(root + "/data/sample/1.in", "1 2\n"));
        QVERIFY(writeText(root + "/data/sample/1.ans", "3\n"));
        QVERIFY(writeText(root + "/data/secret/1.in", "5 6\n"));
        QVERIFY(writeText(root + "/data/secret/1.ans", "11\n"));
        QVERIFY(writePdf(root + "/problem_statement/problem.en.pdf"));
        m_pdf = readAll(root + "/problem_statement/problem.en.pdf");
        QVERIFY(m_pdf.startsWith("%PDF"));

        PackageImporter importer(&m_server.session);
        QSignalSpy imported(&importer, &PackageImporter::imported);
        QSignalSpy failed(&importer, &PackageImporter::failed);
        importer.importPackage(root);
        QTRY_VERIFY_WITH_TIMEOUT(!imported.isEmpty() || !failed.isEmpty(),
                                 verdict::tests::kImportMs);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        m_problem = imported.at(0).at(0).toInt();
    }

    void theProblemNamesItsPdfStatement() {
        const auto problem = m_server.problem(m_problem);
        QCOMPARE(problem["statement"]["format"].get<std::string>(), "pdf");
        QVERIFY(!problem["statement"].contains("text"));
        const QJsonObject shown = verdict::app::toQt(problem).toObject();
        QVERIFY(isPdfStatement(shown));
        const int aplusb = m_server.problems().value("aplusb");
        QVERIFY(!isPdfStatement(verdict::app::toQt(m_server.problem(aplusb)).toObject()));
    }

    void theEndpointGivesTheBytesBack() {
        bool done = false;
        StatementFile file;
        fetchStatement(&m_server.session, m_problem, "en", "pdf", this,
                       [&](const StatementFile& fetched) {
                           file = fetched;
                           done = true;
                       });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY2(file.ok(), qPrintable(file.error));
        QCOMPARE(file.contentType, QString("application/pdf"));
        QCOMPARE(file.bytes, m_pdf);
    }

    void aMissingStatementIsExplained() {
        bool done = false;
        StatementFile file;
        fetchStatement(&m_server.session, m_problem, "fi", "pdf", this,
                       [&](const StatementFile& fetched) {
                           file = fetched;
                           done = true;
                       });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY(!file.ok());
        QVERIFY2(file.error.contains("no statement in language 'fi'"), qPrintable(file.error));
        QVERIFY2(file.error.contains("404"), qPrintable(file.error));
    }

    void theViewShowsIt() {
        StatementPdfView view;
        QUrl opened;
        view.setExternalOpener([&](const QUrl& url) {
            opened = url;
            return true;
        });
        QSignalSpy loaded(&view, &StatementPdfView::loaded);
        QSignalSpy failed(&view, &StatementPdfView::failed);
        view.resize(600, 800);
        view.show();
        view.loadStatement(&m_server.session, m_problem);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
#ifdef VERDICT_HAVE_QT_PDF
        QCOMPARE(view.document()->status(), QPdfDocument::Status::Ready);
        QCOMPARE(view.document()->pageCount(), 1);
        QVERIFY(opened.isEmpty());
#else
        QCOMPARE(opened, QUrl::fromLocalFile(view.externalFile()));
        QCOMPARE(readAll(view.externalFile()), m_pdf);
#endif
    }

    void theViewSaysWhyWhenThereIsNoPdf() {
        StatementPdfView view;
        QSignalSpy failed(&view, &StatementPdfView::failed);
        const int aplusb = m_server.problems().value("aplusb");
        QVERIFY(aplusb > 0);
        view.loadStatement(&m_server.session, aplusb);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 30000);
        QVERIFY2(failed.at(0).at(0).toString().contains("format 'pdf'"),
                 qPrintable(failed.at(0).at(0).toString()));
    }

    void aBrokenPdfIsReported() {
        StatementPdfView view;
        view.setExternalOpener([](const QUrl&) { return true; });
        QSignalSpy loaded(&view, &StatementPdfView::loaded);
        QSignalSpy failed(&view, &StatementPdfView::failed);
        view.showPdf("%PDF-1.4 this is not really a PDF", "broken");
#ifdef VERDICT_HAVE_QT_PDF
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
        QVERIFY(loaded.isEmpty());
#else
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);  // the system viewer judges it
#endif
    }
};

QTEST_MAIN(StatementPdfTest)
#include "statement_pdf_test.moc"
