#include "verdict/app/import/import_actions.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPointer>

#include "verdict/app/import/package_importer.h"

namespace verdict::app::imports {

ImportActions::ImportActions(PackageImporter* importer, QWidget* dialogParent)
    : QObject(dialogParent),
      m_importer(importer),
      m_folder(new QAction(tr("Import Problem &Folder…"), this)),
      m_zip(new QAction(tr("Import Problem &Zip…"), this)),
      m_lastDirectory(QDir::homePath()) {
    m_folder->setStatusTip(tr("Add a Kattis / ICPC problem package folder to the local judge"));
    m_zip->setStatusTip(tr("Add a zipped Kattis / ICPC problem package to the local judge"));
    QPointer<QWidget> parent(dialogParent);
    m_chooser = [parent](Kind kind, const QString& startIn) {
        if (kind == Kind::Folder)
            return QFileDialog::getExistingDirectory(parent, tr("Import a problem package folder"),
                                                     startIn);
        return QFileDialog::getOpenFileName(parent, tr("Import a zipped problem package"), startIn,
                                            tr("Problem packages (*.zip *.kpp)"));
    };
    connect(m_folder, &QAction::triggered, this, [this] { choose(Kind::Folder); });
    connect(m_zip, &QAction::triggered, this, [this] { choose(Kind::Zip); });
}

void ImportActions::choose(Kind kind) {
    const QString path = m_chooser(kind, m_lastDirectory);
    if (path.isEmpty())
        return;
    m_lastDirectory = QFileInfo(path).absolutePath();
    m_importer->importPackage(path);
    emit importStarted(path);
}

}  // namespace verdict::app::imports
