#include "core/ReceiptQrPayload.h"

#include "core/AcceptanceNumber.h"
#include "core/QueryCode.h"

namespace ow {

namespace {

// All characters of the payload are in the QR alphanumeric set (0-9, A-Z, ':'), so the code is
// version 2 (25 x 25 modules) at level M; a '|' would force byte mode and version 3 (29 x 29).
constexpr QLatin1Char separator(':');
const QString version1 = QStringLiteral("OW1");

} // namespace

Result<QString> ReceiptQrPayload::compose(const QString& acceptanceNumber, const QString& queryCode)
{
    const Result<AcceptanceNumberParts> parts = AcceptanceNumber::parse(acceptanceNumber);
    if (!parts)
        return parts.error();
    const Result<QString> compact = AcceptanceNumber::compose(*parts);
    if (!compact)
        return compact.error();
    const QString code = QueryCode::normalized(queryCode);
    if (code.isEmpty())
        return Error{
            QStringLiteral("print.querycode"),
            tr("The query code must be %1 characters of the query-code alphabet.").arg(QueryCode::length)};
    return version1 + separator + *compact + separator + code;
}

Result<ReceiptQrContent> ReceiptQrPayload::parse(QStringView scanned)
{
    const QString text = scanned.trimmed().toString().toUpper();
    const QStringList fields = text.split(separator);
    if (fields.size() != 3 || fields.at(0) != version1)
        return Error{QStringLiteral("print.payload"),
                     tr("This code is not a OneWindow receipt. Scan the QR code on the acceptance receipt, "
                        "or type the acceptance number and query code.")};
    const Result<AcceptanceNumberParts> parts = AcceptanceNumber::parse(fields.at(1));
    if (!parts)
        return parts.error();
    const QString code = QueryCode::normalized(fields.at(2));
    if (code.isEmpty())
        return Error{QStringLiteral("print.querycode"),
                     tr("The query code in this receipt's QR code is damaged. Type the query code printed "
                        "on the receipt.")};
    return ReceiptQrContent{AcceptanceNumber::compose(*parts).value(), code};
}

} // namespace ow
