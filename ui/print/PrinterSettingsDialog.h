#pragma once

// PrinterSettingsDialog: the printer and paper of each kind of document at this window, remembered in
// PrinterProfiles when accepted, each with a sample to preview (and print) on the row's choice.

#include "print/DocumentKind.h"
#include "print/PrintSiteConfig.h"
#include "print/PrinterProfiles.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QGridLayout;
class QLabel;

namespace ow {

class PrintPreviewLauncher;

class PrinterSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // profiles must outlive the dialog; site gives the samples their header and footer.
    PrinterSettingsDialog(PrinterProfiles& profiles, PrintSiteConfig site, QWidget* parent = nullptr);

    // What the row of kind shows now (not yet remembered until accepted or previewed).
    PrinterProfile chosenProfile(DocumentKind kind) const;

    static QString documentTitle(DocumentKind kind);
    static QString paperTitle(PaperKind paper);

    void accept() override;

private:
    struct Row
    {
        QComboBox* printer = nullptr;
        QComboBox* paper = nullptr;
    };

    void addRow(QGridLayout& grid, int row, DocumentKind kind);
    void showProfile(DocumentKind kind); // puts the remembered profile into the row
    // Remembers the row's choice (the preview uses what is remembered), then opens the sample.
    void previewSample(DocumentKind kind);

    PrinterProfiles& m_profiles;
    PrintSiteConfig m_site;
    PrintPreviewLauncher* m_launcher = nullptr;
    QMap<DocumentKind, Row> m_rows;
    QLabel* m_message = nullptr;
};

} // namespace ow
