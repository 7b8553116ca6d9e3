#include "admin/CrashReporter.h"

#include <array>
#include <csignal>
#include <cstring>
#include <execinfo.h>
#include <unistd.h>

namespace ow::admin {

namespace {

int reportDescriptor = 2;
constexpr std::array fatalSignals{SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL};

void writeText(const char* text)
{
    const ssize_t written = ::write(reportDescriptor, text, std::strlen(text));
    (void)written; // nothing more can be done inside a signal handler
}

// Only async-signal-safe calls: write(2), backtrace_symbols_fd(3) (backtrace(3) was warmed up).
void onFatalSignal(int signalNumber)
{
    writeText("\nOneWindow stopped on signal ");
    const char* name = sigabbrev_np(signalNumber);
    writeText(name != nullptr ? name : "?");
    writeText(". Backtrace:\n");
    std::array<void*, 64> frames{};
    const int count = ::backtrace(frames.data(), int(frames.size()));
    ::backtrace_symbols_fd(frames.data(), count, reportDescriptor);
    std::signal(signalNumber, SIG_DFL);
    std::raise(signalNumber);
}

} // namespace

void CrashReporter::install(int fileDescriptor)
{
    reportDescriptor = fileDescriptor;
    std::array<void*, 1> warmUp{}; // backtrace() loads libgcc on first use, which is not signal-safe
    (void)::backtrace(warmUp.data(), int(warmUp.size()));
    for (const int signalNumber : fatalSignals) {
        struct sigaction action
        {};
        action.sa_handler = onFatalSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESETHAND;
        sigaction(signalNumber, &action, nullptr);
    }
}

} // namespace ow::admin
