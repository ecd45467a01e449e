#pragma once
// ide_bench: verdict-ide's speed against baselines measured in the same run (see bench/README.md).
// Each measurement returns its table lines; a child process of this same binary plays the IDE
// where a fresh process is the point (start-up, memory).
#include <QString>
#include <QStringList>

namespace verdict::bench::ide {

// Child modes: what `ide_bench --child MODE` does.
constexpr const char* kChildWindow = "window";      // the IDE's main window, no server
constexpr const char* kChildBaseline = "baseline";  // an empty QMainWindow
constexpr const char* kChildIdle = "idle";          // window + local server + a problem open

// In the child: builds the mode's window and prints "ready" once it has painted and the event
// loop is idle (the parent times exec to that line); for "idle", then prints "rss_kib <n>" once a
// problem is open and the window has settled. Returns the exit status.
int runChild(const QString& mode);

// In the parent: the measurements.
QStringList measureStartup(const QString& self, int runs);
QStringList measureTyping(int keystrokes);
QStringList measureLargeFile(int megabytes);
QStringList measureIdleMemory(const QString& self);
QStringList measureServerStart(int runs);
QStringList measureBigOutput(int megabytes);

// This process's resident memory in KiB (VmRSS), 0 when unknown.
long residentKib(long pid = 0);

}  // namespace verdict::bench::ide
