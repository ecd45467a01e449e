#include "verdict/app/settings/theme_controller.h"

#include "verdict/app/settings/palettes.h"
#include "verdict/editor/code_editor.h"

#include <QApplication>
#include <QEvent>
#include <QStyle>

namespace verdict::app {

namespace {
const QString kFusion = QStringLiteral("Fusion");
}  // namespace

ThemeController::ThemeController(QObject* parent)
    : QObject(parent),
      m_theme(editor::Theme::forPalette(QApplication::palette())),
      m_systemStyle(QApplication::style()->name()) {
    qApp->installEventFilter(this);
}

ThemeController::~ThemeController() {
    if (qApp != nullptr)
        qApp->removeEventFilter(this);
}

void ThemeController::setMode(editor::ThemeMode mode) {
    if (mode == m_mode)
        return;
    m_mode = mode;
    applyToApplication();
    refreshTheme();
}

void ThemeController::attach(editor::CodeEditor* editor) {
    editor->setThemeMode(m_mode);
    // The editor is the context: the connection ends with it.
    connect(this, &ThemeController::themeChanged, editor,
            [this, editor] { editor->setThemeMode(m_mode); });
}

bool ThemeController::eventFilter(QObject* watched, QEvent* event) {
    // In System mode a palette change that is not ours is the desktop switching its scheme.
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange && !m_applying &&
        m_mode == editor::ThemeMode::System)
        refreshTheme();
    return QObject::eventFilter(watched, event);
}

void ThemeController::applyToApplication() {
    m_applying = true;
    switch (m_mode) {
        case editor::ThemeMode::Dark:
            QApplication::setStyle(kFusion);
            QApplication::setPalette(darkPalette());
            break;
        case editor::ThemeMode::Light:
            QApplication::setStyle(kFusion);
            QApplication::setPalette(lightPalette());
            break;
        case editor::ThemeMode::System:
            QApplication::setStyle(m_systemStyle);
            // An empty palette sets no role, so every colour comes from the platform again and
            // later changes of the desktop's palette reach the application.
            QApplication::setPalette(QPalette());
            break;
    }
    m_applying = false;
}

void ThemeController::refreshTheme() {
    m_theme = editor::Theme::resolve(m_mode, QApplication::palette());
    emit themeChanged(m_theme);
}

}  // namespace verdict::app
