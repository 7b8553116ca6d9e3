#pragma once

// ReceiptQrPayload: the text in the receipt's QR code, "OW1:<acceptance number>:<query code>" (format
// version 1, compact acceptance number with its check character); composed for printing, parsed
// when the delivery counter scans a receipt.

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace ow {

struct ReceiptQrContent
{
    QString acceptanceNumber; // compact form, 23 characters
    QString queryCode;        // 6 characters

    bool operator==(const ReceiptQrContent&) const = default;
};

class ReceiptQrPayload
{
    Q_DECLARE_TR_FUNCTIONS(ow::ReceiptQrPayload)

public:
    // Refuses a malformed acceptance number (wrong check character included) or query code.
    static Result<QString> compose(const QString& acceptanceNumber, const QString& queryCode);
    // Reads a scanned payload; surrounding white space and lower case are tolerated.
    static Result<ReceiptQrContent> parse(QStringView scanned);
};

} // namespace ow
