#pragma once
// A problem's PDF statement: shown in an embedded QPdfView when the IDE is built with Qt PDF
// (VERDICT_HAVE_QT_PDF), else saved to a temporary file and handed to the system's viewer.
#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <QWidget>
#include <functional>

class QBuffer;
class QLabel;
class QPushButton;
#ifdef VERDICT_HAVE_QT_PDF
class QPdfDocument;
class QPdfView;
#endif

namespace verdict::app {
class ServerSession;
}

namespace verdict::app::imports {

class StatementPdfView : public QWidget {
    Q_OBJECT
  public:
    explicit StatementPdfView(QWidget* parent = nullptr);

    static constexpr bool embedded() {
#ifdef VERDICT_HAVE_QT_PDF
        return true;
#else
        return false;
#endif
    }

    // Fetches the problem's PDF statement (GET /problems/{id}/statement?format=pdf) and shows it;
    // a newer call wins over one still on its way. `language` "" = the server's preference.
    void loadStatement(ServerSession* session, int problemId, const QString& language = {});
    // Shows these PDF bytes.
    void showPdf(const QByteArray& bytes, const QString& title);
    void clear();

#ifdef VERDICT_HAVE_QT_PDF
    QPdfDocument* document() const {
        return m_document;
    }
#endif
    // Without Qt PDF: the file last handed to the system viewer.
    QString externalFile() const {
        return m_externalFile;
    }
    // Without Qt PDF: how a file is opened (QDesktopServices::openUrl; tests replace it).
    void setExternalOpener(std::function<bool(const QUrl&)> opener) {
        m_opener = std::move(opener);
    }

  signals:
    void loaded();
    void failed(const QString& message);

  private:
    void fail(const QString& message);
    void openExternally(const QByteArray& bytes, const QString& title);

    QLabel* m_status;
    QPushButton* m_openAgain;
#ifdef VERDICT_HAVE_QT_PDF
    QPdfDocument* m_document;
    QPdfView* m_view;
    QBuffer* m_buffer = nullptr;
#endif
    QTemporaryDir m_files;
    QString m_externalFile;
    std::function<bool(const QUrl&)> m_opener;
    int m_serial = 0;  // the latest loadStatement(); older answers are dropped
};

}  // namespace verdict::app::imports
