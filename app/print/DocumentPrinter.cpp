#include "print/DocumentPrinter.h"

#include "print/DocumentRenderer.h"
#include "print/PrintLog.h"

#include <QPrinter>

namespace ow {

DocumentPrinter::DocumentPrinter(PrintStyle style)
    : m_composer(std::move(style))
{}

PageFormat DocumentPrinter::formatFor(const QPrinter& printer)
{
    const qreal widthMm = printer.pageLayout().fullRect(QPageLayout::Millimeter).width();
    return PageFormat::fromPageLayout(printer.pageLayout(), widthMm < 100.0);
}

Result<void> DocumentPrinter::print(const PrintDocument& document, QPrinter& printer) const
{
    const ComposedDocument composed = m_composer.compose(document, formatFor(printer));
    printer.setFullPage(true);
    printer.setPageLayout(composed.pageLayout());
    printer.setDocName(document.title());
    if (!DocumentRenderer::paint(composed, printer))
        return Error{QStringLiteral("print.printer"),
                     tr("The document could not be sent to the printer %1. Check that it is switched on and "
                        "connected, then print again.")
                         .arg(printer.printerName())};
    qCInfo(lcPrint) << "printed" << documentKindKey(document.kind()) << composed.pages.size() << "page(s) on"
                    << printer.printerName();
    return {};
}

} // namespace ow
