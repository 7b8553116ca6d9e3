#pragma once

// ScanClassifier: says what a scanned or typed code is (resident ID number, credit code, one of our
// receipts, an appointment code, a URL, or unknown) so that each goes where the clerk expects.

#include <QDate>
#include <QRegularExpression>
#include <QString>
#include <QStringView>

namespace ow {

class RegionTable;

struct ScanResult
{
    enum class Kind
    {
        ResidentId,
        CreditCode,
        Receipt,
        AppointmentCode,
        Url,
        Unknown
    };

    Kind kind = Kind::Unknown;
    QString raw;          // as scanned, trimmed
    QString value;        // normalised: the ID number, credit code, compact acceptance number, code or URL
    QString queryCode;    // Receipt: the query code, empty when only the acceptance number was scanned
    bool fromUrl = false; // CreditCode: found inside a URL (a business licence's QR code)
};

class ScanClassifier
{
public:
    // Appointment codes of the provincial app, until their real format is known: "YY" followed by 8 to
    // 16 digits or capital letters. Configurable per hall.
    static QRegularExpression defaultAppointmentPattern();

    explicit ScanClassifier(const RegionTable& regions,
                            QRegularExpression appointmentPattern = defaultAppointmentPattern());

    // `today` bounds resident ID birth dates.
    ScanResult classify(QStringView scanned, QDate today) const;

private:
    bool classifyReceipt(const QString& text, ScanResult& result) const;
    bool classifyUrl(const QString& text, ScanResult& result) const;

    const RegionTable& m_regions;
    QRegularExpression m_appointmentPattern;
};

} // namespace ow
