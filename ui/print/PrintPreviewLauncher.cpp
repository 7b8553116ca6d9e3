#include "ui/print/PrintPreviewLauncher.h"

#include "print/PageComposer.h"
#include "print/PdfExporter.h"
#include "print/PrinterProfiles.h"

#include <QAction>
#include <QFileDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QToolBar>
#include <memory>

namespace ow {

PrintPreviewLauncher::PrintPreviewLauncher(PrinterProfiles& profiles, QWidget* parentWidget)
    : QObject(parentWidget)
    , m_profiles(profiles)
    , m_parentWidget(parentWidget)
{}

QPrintPreviewDialog* PrintPreviewLauncher::preview(const PrintDocument& document)
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    m_profiles.applyTo(document.kind(), *printer);
    auto* dialog = new QPrintPreviewDialog(printer.get(), m_parentWidget);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(document.title());
    // The printer lives as long as the dialog's connections, which die with the dialog.
    connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
            [this, document, printer](QPrinter* target) {
                if (Result<void> done = m_printer.print(document, *target); !done)
                    emit failed(done.error().message);
            });
    connect(dialog, &QDialog::accepted, this, [this, kind = document.kind(), printer] {
        m_profiles.rememberFrom(kind, *printer);
        emit printed(kind);
    });
    if (auto* toolBar = dialog->findChild<QToolBar*>()) {
        toolBar->addSeparator();
        QAction* save = toolBar->addAction(tr("Save as PDF..."));
        save->setObjectName(QStringLiteral("saveAsPdf"));
        connect(save, &QAction::triggered, dialog,
                [this, document, dialog] { askAndSaveAsPdf(document, dialog); });
    }
    dialog->open();
    return dialog;
}

Result<void> PrintPreviewLauncher::printDirect(const PrintDocument& document)
{
    QPrinter printer(QPrinter::HighResolution);
    m_profiles.applyTo(document.kind(), printer);
    Result<void> done = m_printer.print(document, printer);
    if (done)
        emit printed(document.kind());
    else
        emit failed(done.error().message);
    return done;
}

Result<void> PrintPreviewLauncher::saveAsPdf(const PrintDocument& document, const QString& path) const
{
    const PageFormat format = PageFormat::of(m_profiles.profile(document.kind()).paper);
    return PdfExporter::toFile(PageComposer().compose(document, format), path);
}

void PrintPreviewLauncher::askAndSaveAsPdf(const PrintDocument& document, QWidget* parentWidget)
{
    auto* fileDialog = new QFileDialog(parentWidget, tr("Save as PDF"));
    fileDialog->setAttribute(Qt::WA_DeleteOnClose);
    fileDialog->setAcceptMode(QFileDialog::AcceptSave);
    fileDialog->setNameFilter(tr("PDF documents (*.pdf)"));
    fileDialog->setDefaultSuffix(QStringLiteral("pdf"));
    fileDialog->selectFile(document.title() + QStringLiteral(".pdf"));
    connect(fileDialog, &QFileDialog::fileSelected, this, [this, document](const QString& path) {
        if (Result<void> saved = saveAsPdf(document, path); !saved)
            emit failed(saved.error().message);
        else
            emit savedAsPdf(document.kind(), path);
    });
    fileDialog->open();
}

} // namespace ow
