#pragma once

// DocumentPrinter: prints a document on a QPrinter (a real printer or a print preview): lays it out
// for the printer's paper (a paper narrower than 100 mm is a roll: one page as long as the content) and
// paints it at the printer's resolution.

#include "core/Result.h"
#include "print/ComposedDocument.h"
#include "print/PageComposer.h"
#include "print/PrintDocument.h"

#include <QCoreApplication>

class QPrinter;

namespace ow {

class DocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ow::DocumentPrinter)

public:
    explicit DocumentPrinter(PrintStyle style = PrintStyle());

    // The page format the document takes on this printer: its paper, continuous when a roll.
    static PageFormat formatFor(const QPrinter& printer);

    // Composes for the printer and prints.
    Result<void> print(const PrintDocument& document, QPrinter& printer) const;

private:
    PageComposer m_composer;
};

} // namespace ow
