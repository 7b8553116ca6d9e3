// Printer profiles per window and document kind, and printing through a QPrinter (PDF output).

#include "print/PrinterProfiles.h"

#include "PrintTestSupport.h"
#include "core/AcceptanceNumber.h"
#include "print/DocumentPrinter.h"

#include <QPrinter>
#include <QSettings>
#include <catch2/catch.hpp>

using namespace ow;
using namespace ow::test;

TEST_CASE("printer profiles default to A4 for documents and the roll for tickets", "[print][profiles]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    const PrinterProfiles profiles(settings, QStringLiteral("420802-01-007"));
    CHECK(profiles.profile(DocumentKind::Receipt) == PrinterProfile{QString(), PaperKind::A4});
    CHECK(profiles.profile(DocumentKind::DispatchSlip).paper == PaperKind::A4);
    CHECK(profiles.profile(DocumentKind::MailingSlip).paper == PaperKind::A5);
    CHECK(profiles.profile(DocumentKind::QueueTicket) == PrinterProfile{QString(), PaperKind::Roll80});
}

TEST_CASE("printer profiles are remembered per window and per document kind", "[print][profiles]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("s.ini"));
    {
        QSettings settings(file, QSettings::IniFormat);
        PrinterProfiles window7(settings, QStringLiteral("420802-01-007"));
        window7.remember(DocumentKind::Receipt, {QStringLiteral("HP-LaserJet-W7"), PaperKind::A5});
        window7.remember(DocumentKind::QueueTicket, {QStringLiteral("Thermal-80"), PaperKind::Roll80});
    }
    QSettings settings(file, QSettings::IniFormat);
    PrinterProfiles window7(settings, QStringLiteral("420802-01-007"));
    const PrinterProfiles window8(settings, QStringLiteral("420802-01-008"));
    CHECK(window7.profile(DocumentKind::Receipt) ==
          PrinterProfile{QStringLiteral("HP-LaserJet-W7"), PaperKind::A5});
    CHECK(window7.profile(DocumentKind::QueueTicket) ==
          PrinterProfile{QStringLiteral("Thermal-80"), PaperKind::Roll80});
    CHECK(window7.profile(DocumentKind::RefusalNotice) ==
          PrinterProfiles::defaultProfile(DocumentKind::RefusalNotice));
    CHECK(window8.profile(DocumentKind::Receipt) == PrinterProfiles::defaultProfile(DocumentKind::Receipt));
    window7.forget(DocumentKind::Receipt);
    CHECK(window7.profile(DocumentKind::Receipt) == PrinterProfiles::defaultProfile(DocumentKind::Receipt));
}

TEST_CASE("a print dialog's choice is remembered, and applied to the next printer", "[print][profiles]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    PrinterProfiles profiles(settings, QStringLiteral("420802-01-007"));
    QPrinter chosen(QPrinter::HighResolution);
    chosen.setOutputFormat(QPrinter::PdfFormat);
    chosen.setPageSize(QPageSize(QPageSize::A5));
    profiles.rememberFrom(DocumentKind::Receipt, chosen);
    CHECK(profiles.profile(DocumentKind::Receipt).paper == PaperKind::A5);

    QPrinter next(QPrinter::HighResolution);
    next.setOutputFormat(QPrinter::PdfFormat);
    profiles.applyTo(DocumentKind::Receipt, next);
    CHECK(next.pageLayout().pageSize().id() == QPageSize::A5);
    profiles.applyTo(DocumentKind::QueueTicket, next);
    CHECK(next.pageLayout().fullRect(QPageLayout::Millimeter).width() == Approx(80.0).epsilon(0.01));
}

TEST_CASE("documents print through a QPrinter: A5 receipt and a roll ticket", "[print][printer]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    PrinterProfiles profiles(settings, QStringLiteral("420802-01-007"));
    profiles.remember(DocumentKind::Receipt, {QString(), PaperKind::A5});
    const DocumentPrinter printer;

    QPrinter a5(QPrinter::HighResolution);
    a5.setOutputFormat(QPrinter::PdfFormat);
    a5.setOutputFileName(dir.filePath(QStringLiteral("receipt.pdf")));
    profiles.applyTo(DocumentKind::Receipt, a5);
    REQUIRE(printer.print(ReceiptDocument::build(sampleReceipt(), sampleSite()).value(), a5).ok());
    const QString text = squeezed(pdfText(a5.outputFileName()));
    CHECK(text.contains(squeezed(AcceptanceNumber::display(sampleAcceptanceNumber()))));
    CHECK(text.contains(QStringLiteral("张伟")));
    CHECK(rasterise(a5.outputFileName(), 150).size() == 2);

    QPrinter roll(QPrinter::HighResolution);
    roll.setOutputFormat(QPrinter::PdfFormat);
    roll.setOutputFileName(dir.filePath(QStringLiteral("ticket.pdf")));
    profiles.applyTo(DocumentKind::QueueTicket, roll);
    CHECK(DocumentPrinter::formatFor(roll).continuous);
    REQUIRE(printer.print(QueueTicketDocument::build(sampleTicket(), sampleSite()), roll).ok());
    const QList<QImage> pages = rasterise(roll.outputFileName(), 150);
    REQUIRE(pages.size() == 1);
    CHECK(pages.front().width() == Approx(80.0 / 25.4 * 150).margin(2));
    CHECK(squeezed(pdfText(roll.outputFileName())).contains(QStringLiteral("A012")));
}
