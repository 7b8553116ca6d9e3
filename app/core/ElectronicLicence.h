#pragma once

// ElectronicLicence: a licence in the electronic licence library (电子证照库) that can replace a paper
// material (免提交); the demo data carries a stand-in list per applicant.

#include <QDate>
#include <QString>

namespace ow {

struct ElectronicLicence
{
    QString type;       // e.g. 营业执照, 居民身份证
    QString number;     // the licence's own number
    QString issuer;     // the issuing authority
    QString trustLevel; // A (originals' equivalent) .. C, as the library grades it
    QDate validUntil;   // null: no end

    // How a material choice refers to it: "type:number".
    QString reference() const { return type + QLatin1Char(':') + number; }
    bool isValidOn(QDate day) const { return !validUntil.isValid() || validUntil >= day; }
};

} // namespace ow
