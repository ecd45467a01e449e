#include <QColor>
#include <QPalette>

#include "verdict/app/settings/palettes.h"

namespace verdict::app {

namespace {

void setDisabled(QPalette& palette, QPalette::ColorRole role, const QColor& color) {
    palette.setColor(QPalette::Disabled, role, color);
}

}  // namespace

QPalette darkPalette() {
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xdf, 0xe1, 0xe5);
    const QColor disabledText(0x7a, 0x7e, 0x85);
    const QColor highlight(0x2f, 0x65, 0xca);
    QPalette palette(window);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x3c, 0x3f, 0x41));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x68));
    palette.setColor(QPalette::Light, QColor(0x4e, 0x51, 0x57));
    palette.setColor(QPalette::Midlight, QColor(0x43, 0x45, 0x4a));
    palette.setColor(QPalette::Mid, QColor(0x35, 0x37, 0x3b));
    palette.setColor(QPalette::Dark, QColor(0x19, 0x1a, 0x1c));
    palette.setColor(QPalette::Shadow, QColor(0x0c, 0x0d, 0x0e));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::Link, QColor(0x58, 0x9d, 0xf6));
    palette.setColor(QPalette::LinkVisited, QColor(0xb1, 0x89, 0xf5));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        setDisabled(palette, role, disabledText);
    setDisabled(palette, QPalette::Highlight, QColor(0x45, 0x48, 0x4d));
    setDisabled(palette, QPalette::HighlightedText, disabledText);
    return palette;
}

QPalette lightPalette() {
    const QColor window(0xef, 0xef, 0xef);
    const QColor text(0x1f, 0x1f, 0x1f);
    const QColor disabledText(0x9a, 0x9a, 0x9a);
    QPalette palette(window);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf7, 0xf7));
    palette.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::Link, QColor(0x00, 0x55, 0xcc));
    palette.setColor(QPalette::LinkVisited, QColor(0x70, 0x30, 0xa0));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        setDisabled(palette, role, disabledText);
    return palette;
}

}  // namespace verdict::app
