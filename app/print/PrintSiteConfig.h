#pragma once

// PrintSiteConfig: what the printed documents take from the site configuration (hall name, logo,
// footer, how to follow progress); filled by the caller, never hard-coded in the print layer.

#include <QImage>
#include <QString>

namespace ow {

struct PrintSiteConfig
{
    QString hallName;     // e.g. 荆门市政务服务中心, the first line of every header
    QImage logo;          // optional; printed at the left of the header, 12 mm high
    QString footerText;   // e.g. the supervision phone and the hall address, on every page
    QString progressHint; // receipts: how to follow the case (app, website, phone)
    QString hallAddress;  // mailing slips: the sender's address
    QString hallPhone;    // mailing slips and notices: the hall's consultation phone
    QString fontFamily = QStringLiteral("Noto Sans CJK SC"); // must cover CJK; embedded in PDFs
};

} // namespace ow
