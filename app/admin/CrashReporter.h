#pragma once

// CrashReporter: when the process dies on a fatal signal (a crash, an abort), writes which signal and
// a backtrace to standard error, so the log an administrator sends in says where it happened.

namespace ow::admin {

class CrashReporter
{
public:
    // Installs the handlers for SIGSEGV, SIGABRT, SIGBUS, SIGFPE and SIGILL; the default action (a
    // core dump where enabled) still follows. Writes to the file descriptor given (stderr by default).
    static void install(int fileDescriptor = 2);
};

} // namespace ow::admin
