#pragma once

// PdfExporter: writes a composed document as PDF (fonts embedded as subsets), to memory or a file;
// "save as PDF" and the tests use it.

#include "core/Result.h"
#include "print/ComposedDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace ow {

class PdfExporter
{
    Q_DECLARE_TR_FUNCTIONS(ow::PdfExporter)

public:
    static Result<void> write(const ComposedDocument& document, QIODevice& output);
    static Result<QByteArray> toBytes(const ComposedDocument& document);
    static Result<void> toFile(const ComposedDocument& document, const QString& path);
};

} // namespace ow
