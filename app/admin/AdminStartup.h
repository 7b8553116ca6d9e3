#pragma once

// AdminStartup: what main() calls into app/admin: set-up before the application object exists, the
// --check option, and running the health check as the whole program.

#include <QCommandLineOption>
#include <QString>

namespace ow::admin {

// Before the application object: reports a crash with a backtrace on stderr, keeps log lines for the
// diagnostics export, points QSettings at $ONEWINDOW_SITE_CONFIG_DIR when set, names the desktop entry
// (window icon and grouping under Wayland), and lets --check run without a display (offscreen).
void prepareProcess(int argc, char** argv);

QCommandLineOption checkOption();

// Prints the health report to standard output; the exit status is 0 when nothing is wrong, 1 when
// something must be fixed. Needs the application object and its event loop not yet running.
int runCheck(const QString& dataDir);

} // namespace ow::admin
