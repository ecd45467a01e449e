#include "resources.h"

#include <QFile>

// A static library's resources must be registered by hand, outside any namespace.
static void registerEditorResources() {
    Q_INIT_RESOURCE(editor);
}

namespace verdict::editor {

QByteArray bundledData(const QString& name) {
    static const bool registered = (registerEditorResources(), true);
    (void)registered;
    QFile file(QStringLiteral(":/verdict/editor/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

}  // namespace verdict::editor
