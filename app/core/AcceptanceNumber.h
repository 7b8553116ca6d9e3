#pragma once

// AcceptanceNumber: composes, checks and formats the acceptance number (受理编号) a window gives a
// case, unique across the country without asking a server (format: docs/architecture.md).

#include "core/Result.h"

#include <QChar>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>

namespace ow {

// What an acceptance number says: which window of which hall accepted the case, on which day, as
// that window's how-many-th case of the day.
struct AcceptanceNumberParts
{
    QString regionCode; // 6-digit GB/T 2260 code of the hall's region, e.g. "420802"
    int hall = 0;       // 1..99, the hall within the region
    int window = 0;     // 1..999, the window within the hall
    QDate date;         // the day of acceptance, 2000-01-01..2099-12-31
    int sequence = 0;   // 1..99999, per window per day (kept by the storage layer's SequenceStore)

    bool operator==(const AcceptanceNumberParts&) const = default;
};

class AcceptanceNumber
{
    Q_DECLARE_TR_FUNCTIONS(ow::AcceptanceNumber)

public:
    // The compact form, 22 digits and a check character: 420802 01 007 201123 00042 5.
    static Result<QString> compose(const AcceptanceNumberParts& parts);

    // Reads a typed or scanned number: hyphens and spaces anywhere, surrounding spaces, lower-case x,
    // full-width digits. Refuses a wrong length, a foreign character, a wrong check character, a date
    // that does not exist and out-of-range parts.
    static Result<AcceptanceNumberParts> parse(QStringView typed);

    // The grouped form for receipts and screens, "420802-01-007-201123-00042-5"; a number that does
    // not parse comes back trimmed but otherwise as given.
    static QString display(QStringView number);

    // The ISO 7064 MOD 11-2 check character ('0'..'9' or 'X') of a string of ASCII digits.
    static QChar checkCharacter(QStringView digits);

    static constexpr int digitCount = 22; // without the check character
    static constexpr int length = 23;     // compact form

private:
    static Result<void> validate(const AcceptanceNumberParts& parts);
};

} // namespace ow
