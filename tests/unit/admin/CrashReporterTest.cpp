#include "admin/CrashReporter.h"

#include <QByteArray>
#include <catch2/catch.hpp>
#include <csignal>
#include <cstdlib>
#include <sys/wait.h>
#include <unistd.h>

namespace {

// Runs crash() in a child process with the reporter writing into a pipe; returns what it wrote and
// the signal the child died of.
std::pair<QByteArray, int> reportOfChildThat(void (*crash)())
{
    int pipeEnds[2];
    REQUIRE(::pipe(pipeEnds) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::close(pipeEnds[0]);
        ow::admin::CrashReporter::install(pipeEnds[1]);
        crash();
        ::_exit(0);
    }
    ::close(pipeEnds[1]);
    QByteArray report;
    char buffer[4096];
    ssize_t got = 0;
    while ((got = ::read(pipeEnds[0], buffer, sizeof buffer)) > 0)
        report.append(buffer, qsizetype(got));
    ::close(pipeEnds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    return {report, WIFSIGNALED(status) ? WTERMSIG(status) : 0};
}

} // namespace

TEST_CASE("A crash is reported with its signal and a backtrace, and the process still dies of it")
{
    const auto [report, signalNumber] = reportOfChildThat([] { std::abort(); });
    CHECK(signalNumber == SIGABRT);
    CHECK(report.contains("OneWindow stopped on signal ABRT. Backtrace:"));
    CHECK(report.count('\n') >= 3); // the frames, one per line
}
