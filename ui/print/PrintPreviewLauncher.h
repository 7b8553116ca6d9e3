#pragma once

// PrintPreviewLauncher: UI glue for printing. Opens the print preview of a document on the printer and
// paper remembered for its kind at this window, with "Save as PDF..." in the preview's toolbar; prints
// directly; remembers the printer and paper a person chose.

#include "core/Result.h"
#include "print/DocumentPrinter.h"
#include "print/PrintDocument.h"

#include <QObject>
#include <QString>

class QPrintPreviewDialog;
class QWidget;

namespace ow {

class PrinterProfiles;

class PrintPreviewLauncher : public QObject
{
    Q_OBJECT

public:
    // profiles must outlive the launcher; dialogs are parented to parentWidget.
    PrintPreviewLauncher(PrinterProfiles& profiles, QWidget* parentWidget);

    // Opens the preview, non-blocking; the dialog deletes itself when closed.
    QPrintPreviewDialog* preview(const PrintDocument& document);
    // Prints on the remembered printer without asking (the receipt after acceptance).
    Result<void> printDirect(const PrintDocument& document);
    Result<void> saveAsPdf(const PrintDocument& document, const QString& path) const;
    // Asks where to save, non-blocking, then saves.
    void askAndSaveAsPdf(const PrintDocument& document, QWidget* parentWidget);

signals:
    void printed(ow::DocumentKind kind);
    void savedAsPdf(ow::DocumentKind kind, const QString& path);
    void failed(const QString& message); // translated, says what to do

private:
    PrinterProfiles& m_profiles;
    QWidget* m_parentWidget;
    DocumentPrinter m_printer;
};

} // namespace ow
