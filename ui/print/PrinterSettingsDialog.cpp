#include "ui/print/PrinterSettingsDialog.h"

#include "print/SampleDocuments.h"
#include "ui/print/PrintPreviewLauncher.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPrinterInfo>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {

PrinterSettingsDialog::PrinterSettingsDialog(PrinterProfiles& profiles, PrintSiteConfig site, QWidget* parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_site(std::move(site))
    , m_launcher(new PrintPreviewLauncher(profiles, this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Printers"));

    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Document"), this), 0, 0);
    grid->addWidget(new QLabel(tr("Printer"), this), 0, 1);
    grid->addWidget(new QLabel(tr("Paper"), this), 0, 2);
    int row = 1;
    for (DocumentKind kind : allDocumentKinds)
        addRow(*grid, row++, kind);
    grid->setColumnStretch(1, 1);

    m_message->setObjectName(QStringLiteral("printerSettingsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PrinterSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PrinterSettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Where each document is printed at this window, and on which paper."), this));
    layout->addLayout(grid);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_launcher, &PrintPreviewLauncher::printed, this,
            [this](DocumentKind kind) { showProfile(kind); });
    connect(m_launcher, &PrintPreviewLauncher::failed, this, [this](const QString& message) {
        m_message->setText(message);
        m_message->show();
    });
}

void PrinterSettingsDialog::addRow(QGridLayout& grid, int row, DocumentKind kind)
{
    const QString key = documentKindKey(kind);
    Row widgets;
    widgets.printer = new QComboBox(this);
    widgets.printer->setObjectName(QStringLiteral("printer.") + key);
    const QStringList printers = QPrinterInfo::availablePrinterNames();
    // An empty name is the system's default printer; with no printer at all Qt writes a PDF instead.
    widgets.printer->addItem(printers.isEmpty() ? tr("Save as PDF") : tr("System default printer"),
                             QString());
    for (const QString& name : printers)
        widgets.printer->addItem(name, name);

    widgets.paper = new QComboBox(this);
    widgets.paper->setObjectName(QStringLiteral("paper.") + key);
    for (PaperKind paper : {PaperKind::A4, PaperKind::A5, PaperKind::Roll80})
        widgets.paper->addItem(paperTitle(paper), paperKindKey(paper));

    auto* preview = new QPushButton(tr("Preview sample"), this);
    preview->setObjectName(QStringLiteral("preview.") + key);
    connect(preview, &QPushButton::clicked, this, [this, kind] { previewSample(kind); });

    auto* label = new QLabel(documentTitle(kind), this);
    label->setBuddy(widgets.printer);
    grid.addWidget(label, row, 0);
    grid.addWidget(widgets.printer, row, 1);
    grid.addWidget(widgets.paper, row, 2);
    grid.addWidget(preview, row, 3);
    m_rows.insert(kind, widgets);
    showProfile(kind);
}

void PrinterSettingsDialog::showProfile(DocumentKind kind)
{
    const Row widgets = m_rows.value(kind);
    const PrinterProfile profile = m_profiles.profile(kind);
    int printer = widgets.printer->findData(profile.printerName);
    if (printer < 0) {
        // Remembered but not installed now: kept, so that opening the dialog does not forget it.
        widgets.printer->addItem(tr("%1 (not available)").arg(profile.printerName), profile.printerName);
        printer = widgets.printer->count() - 1;
    }
    widgets.printer->setCurrentIndex(printer);
    widgets.paper->setCurrentIndex(widgets.paper->findData(paperKindKey(profile.paper)));
}

PrinterProfile PrinterSettingsDialog::chosenProfile(DocumentKind kind) const
{
    const Row widgets = m_rows.value(kind);
    PrinterProfile profile = PrinterProfiles::defaultProfile(kind);
    if (!widgets.printer)
        return profile;
    profile.printerName = widgets.printer->currentData().toString();
    if (const auto paper = paperKindFromKey(widgets.paper->currentData().toString()))
        profile.paper = *paper;
    return profile;
}

void PrinterSettingsDialog::previewSample(DocumentKind kind)
{
    m_profiles.remember(kind, chosenProfile(kind));
    m_message->hide();
    m_launcher->preview(SampleDocuments::sample(kind, m_site));
}

void PrinterSettingsDialog::accept()
{
    for (DocumentKind kind : allDocumentKinds)
        m_profiles.remember(kind, chosenProfile(kind));
    QDialog::accept();
}

QString PrinterSettingsDialog::documentTitle(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Receipt:
        return tr("Acceptance receipt");
    case DocumentKind::CommitmentLetter:
        return tr("Commitment letter");
    case DocumentKind::RefusalNotice:
        return tr("Notice of refusal");
    case DocumentKind::OneTimeNotice:
        return tr("One-time notice");
    case DocumentKind::DispatchSlip:
        return tr("Dispatch slip");
    case DocumentKind::MailingSlip:
        return tr("Mailing slip");
    case DocumentKind::QueueTicket:
        return tr("Queue ticket");
    }
    return {};
}

QString PrinterSettingsDialog::paperTitle(PaperKind paper)
{
    switch (paper) {
    case PaperKind::A4:
        return tr("A4");
    case PaperKind::A5:
        return tr("A5");
    case PaperKind::Roll80:
        return tr("80 mm roll");
    }
    return {};
}

} // namespace ow
