#pragma once
// verdict-ide on a machine without a display: says so, and runs the local judge alone until
// SIGINT or SIGTERM.
namespace verdict::app {

// True when Qt has a display to open (X11, Wayland, or a platform chosen by QT_QPA_PLATFORM).
bool hasDisplay();
int runHeadless(int argc, char** argv);

}  // namespace verdict::app
