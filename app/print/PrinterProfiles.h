#pragma once

// PrinterProfiles: which printer and paper each document type goes to at this window (A4 laser for
// receipts, 80 mm roll for tickets), remembered in the QSettings it is given, under the window's key.

#include "print/DocumentKind.h"
#include "print/PageFormat.h"

#include <QString>

class QPrinter;
class QSettings;

namespace ow {

struct PrinterProfile
{
    QString printerName; // empty: the system's default printer
    PaperKind paper = PaperKind::A4;

    bool operator==(const PrinterProfile&) const = default;
};

class PrinterProfiles
{
public:
    // window: the window's identity in the site configuration, e.g. "420802-01-007".
    PrinterProfiles(QSettings& settings, QString window);

    // What is remembered for the kind, else its default.
    PrinterProfile profile(DocumentKind kind) const;
    void remember(DocumentKind kind, const PrinterProfile& profile);
    // Remembers what a print dialog chose: the printer's name and the paper, if it is a known one.
    void rememberFrom(DocumentKind kind, const QPrinter& printer);
    void forget(DocumentKind kind);

    // Selects the remembered printer (when it still exists) and paper on printer.
    void applyTo(DocumentKind kind, QPrinter& printer) const;

    static PrinterProfile defaultProfile(DocumentKind kind);

private:
    QString key(DocumentKind kind, const char* field) const;

    QSettings& m_settings;
    QString m_window;
};

} // namespace ow
