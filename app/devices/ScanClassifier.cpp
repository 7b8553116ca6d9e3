#include "devices/ScanClassifier.h"

#include "core/AcceptanceNumber.h"
#include "core/CreditCode.h"
#include "core/ReceiptQrPayload.h"
#include "core/ResidentId.h"

#include <QUrl>
#include <QUrlQuery>

namespace ow {

QRegularExpression ScanClassifier::defaultAppointmentPattern()
{
    return QRegularExpression(QStringLiteral("^YY[0-9A-Z]{8,16}$"));
}

ScanClassifier::ScanClassifier(const RegionTable& regions, QRegularExpression appointmentPattern)
    : m_regions(regions)
    , m_appointmentPattern(std::move(appointmentPattern))
{}

ScanResult ScanClassifier::classify(QStringView scanned, QDate today) const
{
    ScanResult result;
    result.raw = scanned.trimmed().toString();
    const QString& text = result.raw;
    if (text.isEmpty())
        return result;
    if (classifyReceipt(text, result))
        return result;
    if (auto id = ResidentId::parse(text, m_regions, today)) {
        result.kind = ScanResult::Kind::ResidentId;
        result.value = id->number();
        return result;
    }
    if (auto code = CreditCode::parse(text, m_regions)) {
        result.kind = ScanResult::Kind::CreditCode;
        result.value = code->code();
        return result;
    }
    if (m_appointmentPattern.match(text).hasMatch()) {
        result.kind = ScanResult::Kind::AppointmentCode;
        result.value = text;
        return result;
    }
    if (classifyUrl(text, result))
        return result;
    return result;
}

bool ScanClassifier::classifyReceipt(const QString& text, ScanResult& result) const
{
    // Our receipts' QR code (core/ReceiptQrPayload: "OW1:<acceptance number>:<query code>").
    if (text.startsWith(QLatin1String("OW"), Qt::CaseInsensitive)) {
        const Result<ReceiptQrContent> content = ReceiptQrPayload::parse(text);
        if (!content)
            return false;
        result.kind = ScanResult::Kind::Receipt;
        result.value = content->acceptanceNumber;
        result.queryCode = content->queryCode;
        return true;
    }
    // A bare number only when it has the acceptance number's length, so ID numbers are not tried.
    if (text.size() < AcceptanceNumber::length)
        return false;
    auto parts = AcceptanceNumber::parse(text);
    if (!parts)
        return false;
    auto compact = AcceptanceNumber::compose(parts.value());
    if (!compact)
        return false;
    result.kind = ScanResult::Kind::Receipt;
    result.value = compact.value();
    return true;
}

bool ScanClassifier::classifyUrl(const QString& text, ScanResult& result) const
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
        return false;
    result.kind = ScanResult::Kind::Url;
    result.value = url.toString();
    // A business licence's QR code links to the enterprise credit publicity system; when the link
    // carries the credit code itself, the enterprise is identified without a lookup.
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto& [key, value] : items) {
        if (auto code = CreditCode::parse(value, m_regions)) {
            result.kind = ScanResult::Kind::CreditCode;
            result.value = code->code();
            result.fromUrl = true;
            break;
        }
    }
    return true;
}

} // namespace ow
