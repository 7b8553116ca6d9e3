#include "print/PrinterProfiles.h"

#include "print/PrintLog.h"

#include <QPrinter>
#include <QPrinterInfo>
#include <QSettings>

namespace ow {

PrinterProfiles::PrinterProfiles(QSettings& settings, QString window)
    : m_settings(settings)
    , m_window(std::move(window))
{}

PrinterProfile PrinterProfiles::defaultProfile(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::QueueTicket:
        return {QString(), PaperKind::Roll80};
    case DocumentKind::MailingSlip:
        return {QString(), PaperKind::A5};
    default:
        return {QString(), PaperKind::A4};
    }
}

QString PrinterProfiles::key(DocumentKind kind, const char* field) const
{
    return QStringLiteral("printing/window-%1/%2/%3")
        .arg(m_window, documentKindKey(kind), QString::fromLatin1(field));
}

PrinterProfile PrinterProfiles::profile(DocumentKind kind) const
{
    PrinterProfile profile = defaultProfile(kind);
    profile.printerName = m_settings.value(key(kind, "printer"), profile.printerName).toString();
    if (const auto paper = paperKindFromKey(m_settings.value(key(kind, "paper")).toString()))
        profile.paper = *paper;
    return profile;
}

void PrinterProfiles::remember(DocumentKind kind, const PrinterProfile& profile)
{
    m_settings.setValue(key(kind, "printer"), profile.printerName);
    m_settings.setValue(key(kind, "paper"), paperKindKey(profile.paper));
}

void PrinterProfiles::rememberFrom(DocumentKind kind, const QPrinter& printer)
{
    PrinterProfile remembered = profile(kind);
    remembered.printerName = printer.printerName();
    const bool roll = remembered.paper == PaperKind::Roll80;
    if (const auto paper = PageFormat::fromPageLayout(printer.pageLayout(), roll).kind())
        remembered.paper = *paper;
    remember(kind, remembered);
}

void PrinterProfiles::forget(DocumentKind kind)
{
    m_settings.remove(key(kind, "printer"));
    m_settings.remove(key(kind, "paper"));
}

void PrinterProfiles::applyTo(DocumentKind kind, QPrinter& printer) const
{
    const PrinterProfile remembered = profile(kind);
    if (!remembered.printerName.isEmpty()) {
        if (QPrinterInfo::printerInfo(remembered.printerName).isNull())
            qCWarning(lcPrint) << "the printer remembered for" << documentKindKey(kind)
                               << "is gone:" << remembered.printerName << "- using the default printer";
        else
            printer.setPrinterName(remembered.printerName);
    }
    const PageFormat format = PageFormat::of(remembered.paper);
    // A roll's length is set when the document is composed (DocumentPrinter); start with a ticket's.
    printer.setPageLayout(format.pageLayout(format.continuous ? 120.0 : format.sizeMm.height()));
    printer.setFullPage(true);
}

} // namespace ow
