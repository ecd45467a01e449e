#pragma once
// The widgets' palettes for the forced light and dark themes (used with the Fusion style).

#include <QPalette>

namespace verdict::app {

QPalette darkPalette();
QPalette lightPalette();

}  // namespace verdict::app
