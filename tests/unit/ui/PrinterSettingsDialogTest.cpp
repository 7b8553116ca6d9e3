// The printer settings: one row per kind of document, showing what is remembered; accepting remembers
// the rows' choices in the window's printer profiles, cancelling does not.

#include "ui/print/PrinterSettingsDialog.h"

#include "print/PrinterProfiles.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace ow;

namespace {

const QString window7 = QStringLiteral("420802-01-007");

QComboBox* paperOf(PrinterSettingsDialog& dialog, DocumentKind kind)
{
    return dialog.findChild<QComboBox*>(QStringLiteral("paper.") + documentKindKey(kind));
}

void choosePaper(QComboBox* combo, PaperKind paper)
{
    const int index = combo->findData(paperKindKey(paper));
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

TEST_CASE("the printer settings list every kind of document with its remembered profile", "[ui][print]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    PrinterProfiles profiles(settings, window7);
    profiles.remember(DocumentKind::Receipt, {QString(), PaperKind::A5});
    PrinterSettingsDialog dialog(profiles, {});
    for (DocumentKind kind : allDocumentKinds) {
        INFO(documentKindKey(kind).toStdString());
        CHECK(dialog.findChild<QComboBox*>(QStringLiteral("printer.") + documentKindKey(kind)));
        CHECK(dialog.findChild<QPushButton*>(QStringLiteral("preview.") + documentKindKey(kind)));
        REQUIRE(paperOf(dialog, kind));
        CHECK(dialog.chosenProfile(kind) == profiles.profile(kind));
    }
    CHECK(paperOf(dialog, DocumentKind::Receipt)->currentText() ==
          PrinterSettingsDialog::paperTitle(PaperKind::A5));
    CHECK(paperOf(dialog, DocumentKind::QueueTicket)->currentText() ==
          PrinterSettingsDialog::paperTitle(PaperKind::Roll80));
}

TEST_CASE("accepting the printer settings remembers the paper chosen for the queue ticket", "[ui][print]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("s.ini"));
    {
        QSettings settings(file, QSettings::IniFormat);
        PrinterProfiles profiles(settings, window7);
        PrinterSettingsDialog dialog(profiles, {});
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        choosePaper(paperOf(dialog, DocumentKind::QueueTicket), PaperKind::A5);
        CHECK(profiles.profile(DocumentKind::QueueTicket).paper == PaperKind::Roll80); // not before OK
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(profiles.profile(DocumentKind::QueueTicket).paper == PaperKind::A5);
    }
    // Read back from the file by another window's settings object: stored, not only cached.
    QSettings settings(file, QSettings::IniFormat);
    const PrinterProfiles profiles(settings, window7);
    CHECK(profiles.profile(DocumentKind::QueueTicket).paper == PaperKind::A5);
    CHECK(profiles.profile(DocumentKind::Receipt) == PrinterProfiles::defaultProfile(DocumentKind::Receipt));
    CHECK(
        PrinterProfiles(settings, QStringLiteral("420802-01-008")).profile(DocumentKind::QueueTicket).paper ==
        PaperKind::Roll80);
}

TEST_CASE("cancelling the printer settings remembers nothing", "[ui][print]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    PrinterProfiles profiles(settings, window7);
    PrinterSettingsDialog dialog(profiles, {});
    choosePaper(paperOf(dialog, DocumentKind::QueueTicket), PaperKind::A4);
    dialog.reject();
    CHECK(profiles.profile(DocumentKind::QueueTicket).paper == PaperKind::Roll80);
    CHECK(settings.allKeys().isEmpty());
}

TEST_CASE("a printer remembered but not installed now is kept when the settings are accepted", "[ui][print]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    PrinterProfiles profiles(settings, window7);
    const PrinterProfile gone{QStringLiteral("OneWindow-Test-No-Such-Printer"), PaperKind::A4};
    profiles.remember(DocumentKind::Receipt, gone);
    PrinterSettingsDialog dialog(profiles, {});
    auto* printer = dialog.findChild<QComboBox*>(QStringLiteral("printer.receipt"));
    REQUIRE(printer);
    CHECK(printer->currentText().contains(gone.printerName));
    dialog.accept();
    CHECK(profiles.profile(DocumentKind::Receipt) == gone);
}

TEST_CASE("Settings > Printers... in the main window asks for the printer settings", "[ui][print][main]")
{
    MainWindow window;
    QSignalSpy requested(&window, &MainWindow::printerSettingsRequested);
    auto* action = window.findChild<QAction*>(QStringLiteral("action.printers"));
    REQUIRE(action);
    action->trigger();
    CHECK(requested.count() == 1);
}

TEST_CASE("previewing a sample opens it on the row's printer and paper", "[ui][print]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    PrinterProfiles profiles(settings, window7);
    PrintSiteConfig site;
    site.hallName = QStringLiteral("荆门市政务服务中心");
    PrinterSettingsDialog dialog(profiles, site);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    choosePaper(paperOf(dialog, DocumentKind::MailingSlip), PaperKind::A4);
    auto* preview = dialog.findChild<QPushButton*>(QStringLiteral("preview.mailing-slip"));
    REQUIRE(preview);
    QTest::mouseClick(preview, Qt::LeftButton);
    auto* opened = dialog.findChild<QPrintPreviewDialog*>();
    REQUIRE(opened);
    CHECK(opened->windowTitle().endsWith(QStringLiteral("(sample)")));
    CHECK(profiles.profile(DocumentKind::MailingSlip).paper == PaperKind::A4); // what the preview uses
    opened->reject();
}
