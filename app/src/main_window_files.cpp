// MainWindow and source files on disk: File ▸ Open source file… puts a file into the current
// buffer (its language picked from the extension; one undo step brings the old text back), and
// File ▸ Save source as… writes the buffer out. Reading and writing happen off the UI thread.
#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMenu>
#include <QSaveFile>
#include <QStatusBar>
#include <QStringDecoder>
#include <QtConcurrent/QtConcurrentRun>

#include "verdict/app/main_window.h"
#include "verdict/editor/code_editor.h"

namespace verdict::app {

namespace {

constexpr qint64 kMaxSourceBytes = 16 << 20;  // far above any judge's code limit

struct Loaded {
    QString text;
    QString error;
};

Loaded readSource(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, MainWindow::tr("Cannot open %1: %2").arg(path, file.errorString())};
    if (file.size() > kMaxSourceBytes)
        return {{},
                MainWindow::tr("%1 is %2 MiB: a source file of more than 16 MiB is not "
                               "opened (no judge would take it).")
                    .arg(path)
                    .arg(file.size() >> 20)};
    const QByteArray bytes = file.readAll();
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(bytes);
    if (utf8.hasError() || bytes.contains('\0'))
        return {{}, MainWindow::tr("%1 is not UTF-8 text: open a source file.").arg(path)};
    return {text, {}};
}

QString writeSource(const QString& path, const QString& text) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return MainWindow::tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

}  // namespace

void MainWindow::addFileActions(QMenu* file) {
    QAction* open = file->addAction(tr("&Open source file…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a source file"));
        if (!path.isEmpty())
            loadSourceFile(path);
    });
    open->setShortcut(QKeySequence::Open);
    QAction* save = file->addAction(tr("&Save source as…"), this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save the source"), suggestedSourceName());
        if (!path.isEmpty())
            saveSourceFile(path);
    });
    save->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
}

QString MainWindow::suggestedSourceName() const {
    const QString stem = m_problem.value("short_name").toString();
    const QString extension = m_extensions.key(m_languages->currentData().toString());
    return (stem.isEmpty() ? QStringLiteral("main") : stem) +
           (extension.isEmpty() ? QString() : QLatin1Char('.') + extension);
}

void MainWindow::loadSourceFile(const QString& path) {
    auto* watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const Loaded loaded = watcher->result();
        if (!loaded.error.isEmpty()) {
            statusBar()->showMessage(loaded.error);
            emit sourceFileDone(false, loaded.error);
            return;
        }
        const QString language = m_extensions.value(QFileInfo(path).suffix().toLower());
        if (!language.isEmpty())
            selectLanguage(language);
        m_editor->selectAll();
        m_editor->replaceSelectedText(loaded.text);
        m_editor->setCursorPosition(0, 0);
        statusBar()->showMessage(tr("Opened %1 (Ctrl+Z brings the previous code back).").arg(path),
                                 kFileMessageMs);
        emit sourceFileDone(true, path);
    });
    watcher->setFuture(QtConcurrent::run(readSource, path));
}

void MainWindow::saveSourceFile(const QString& path) {
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const QString error = watcher->result();
        statusBar()->showMessage(error.isEmpty() ? tr("Saved %1.").arg(path) : error,
                                 kFileMessageMs);
        emit sourceFileDone(error.isEmpty(), error.isEmpty() ? path : error);
    });
    watcher->setFuture(QtConcurrent::run(writeSource, path, m_editor->text()));
}

}  // namespace verdict::app
