#include "admin/HealthReport.h"

#include <catch2/catch.hpp>

using ow::HealthReport;
using H = HealthReport::Health;

TEST_CASE("The report groups items by section and ends with a summary", "[admin][report]")
{
    HealthReport report;
    report.add(QStringLiteral("Program"), H::Ok, QStringLiteral("Version"),
               QStringLiteral("onewindow 0.1.0"));
    report.add(QStringLiteral("Devices"), H::Warning, QStringLiteral("ID-card reader"),
               QStringLiteral("no port"));
    report.add(QStringLiteral("Program"), H::Note, QStringLiteral("Qt"), QStringLiteral("6.4.2"));
    CHECK(report.exitCode() == 0);
    const QString text = report.toText(QStringLiteral("Title"));
    CHECK(text.startsWith(
        QStringLiteral("Title\n\nProgram\n  [OK     ] Version: onewindow 0.1.0\n"
                       "  [note   ] Qt: 6.4.2\n\nDevices\n  [WARNING] ID-card reader: no port\n")));
    CHECK(text.endsWith(QStringLiteral("Summary: 0 problem(s), 1 warning(s).\n")));

    report.add(QStringLiteral("Database"), H::Problem, QStringLiteral("Integrity"),
               QStringLiteral("damaged"));
    CHECK(report.hasProblems());
    CHECK(report.exitCode() == 1);
    CHECK(report.toText(QStringLiteral("T")).contains(QStringLiteral("[PROBLEM] Integrity: damaged")));
    CHECK(report.toText(QStringLiteral("T")).contains(QStringLiteral("run onewindow --check again")));
}

TEST_CASE("A clean report says so", "[admin][report]")
{
    HealthReport report;
    report.add(QStringLiteral("Program"), H::Ok, QStringLiteral("Version"));
    CHECK(report.toText(QStringLiteral("T")) ==
          QStringLiteral("T\n\nProgram\n  [OK     ] Version\n\nSummary: everything is in order.\n"));
}
