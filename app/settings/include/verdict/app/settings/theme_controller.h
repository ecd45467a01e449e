#pragma once
// Applies the chosen theme to the whole application (widgets' palette and style) and tells the
// editors which editor::Theme to paint, also when the system palette changes.

#include "verdict/editor/theme.h"

#include <QObject>
#include <QPalette>
#include <QString>

namespace verdict::editor {
class CodeEditor;
}

namespace verdict::app {

class ThemeController : public QObject {
    Q_OBJECT
  public:
    // Remembers the application's style and palette as "the system's"; needs a QApplication.
    explicit ThemeController(QObject* parent = nullptr);
    ~ThemeController() override;

    editor::ThemeMode mode() const { return m_mode; }
    // The editor theme that matches what the application shows now.
    const editor::Theme& theme() const { return m_theme; }

    // Paints editor in the chosen theme now and after every change, for as long as it lives.
    void attach(editor::CodeEditor* editor);

  public slots:
    // Light and Dark switch the application to Fusion with a light or dark palette; System puts
    // back the style and palette the application started with and follows their changes.
    void setMode(verdict::editor::ThemeMode mode);

  signals:
    // After every change of what the application shows; editors re-apply it.
    void themeChanged(const verdict::editor::Theme& theme);

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    void applyToApplication();
    void refreshTheme();

    editor::ThemeMode m_mode = editor::ThemeMode::System;
    editor::Theme m_theme;
    QString m_systemStyle;
    bool m_applying = false;
};

}  // namespace verdict::app
