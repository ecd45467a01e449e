#pragma once
// The menu actions "Import Problem Folder…" and "Import Problem Zip…": each asks for a path
// (a file dialog, replaceable for tests) and hands it to a PackageImporter.
#include <QObject>
#include <QString>
#include <functional>

class QAction;
class QWidget;

namespace verdict::app::imports {

class PackageImporter;

class ImportActions : public QObject {
    Q_OBJECT
  public:
    enum class Kind { Folder, Zip };
    // Returns the chosen path, or "" when the user cancelled.
    using Chooser = std::function<QString(Kind kind, const QString& startIn)>;

    // `dialogParent` owns the file dialogs (the main window).
    ImportActions(PackageImporter* importer, QWidget* dialogParent);

    QAction* importFolderAction() const { return m_folder; }
    QAction* importZipAction() const { return m_zip; }
    void setChooser(Chooser chooser) { m_chooser = std::move(chooser); }

  signals:
    // A path was chosen and its import has begun (the importer's signals tell the end).
    void importStarted(const QString& path);

  private:
    void choose(Kind kind);

    PackageImporter* m_importer;
    QAction* m_folder;
    QAction* m_zip;
    Chooser m_chooser;
    QString m_lastDirectory;
};

}  // namespace verdict::app::imports
