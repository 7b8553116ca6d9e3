#pragma once

// Helpers of the print tests: sample data in Chinese, PDF text and fonts through poppler-utils,
// rasterising and QR decoding through ZXing, and a tiny zh_CN translator for the labels checked.

#include "print/CommitmentLetterDocument.h"
#include "print/ComposedDocument.h"
#include "print/DispatchSlipDocument.h"
#include "print/MailingSlipDocument.h"
#include "print/OneTimeNoticeDocument.h"
#include "print/PageFormat.h"
#include "print/PrintDocument.h"
#include "print/QueueTicketDocument.h"
#include "print/ReceiptDocument.h"
#include "print/RefusalNoticeDocument.h"

#include <QImage>
#include <QMap>
#include <QString>
#include <QTemporaryDir>
#include <QTranslator>
#include <optional>

namespace ow::test {

PrintSiteConfig sampleSite();
QString sampleAcceptanceNumber(int sequence = 42);
ReceiptData sampleReceipt();
// 30 materials, a 70-character mailing address, a 15-character name.
ReceiptData longReceipt();
QString longAddress(); // 70 characters
QString longName();    // 15 characters
CommitmentLetterData sampleCommitment();
RefusalNoticeData sampleRefusal();
OneTimeNoticeData sampleOneTimeNotice();
DispatchSlipData sampleDispatch(int cases);
MailingSlipData sampleMailing();
QueueTicketData sampleTicket();

// Composes and writes a PDF into dir; returns its path (fails the test when it cannot).
QString writePdf(const PrintDocument& document, const PageFormat& format, const QTemporaryDir& dir,
                 const QString& name, ComposedDocument* composed = nullptr);
// pdftotext -raw (content-stream order, so a wrapped cell stays together); pdffonts.
QString pdfText(const QString& pdfPath);
QString pdfFonts(const QString& pdfPath);
// The text with all white space removed, so that a wrapped value still matches.
QString squeezed(const QString& text);
// pdftoppm -r dpi: one image per page.
QList<QImage> rasterise(const QString& pdfPath, int dpi);
// The text of the first QR code found in the image.
std::optional<QString> decodeQr(const QImage& image);
// True when every item of every page lies within the paper's margins (nothing clipped).
bool everythingOnPaper(const ComposedDocument& document);

// A translator for the few labels a test checks in Chinese (context, source -> translation).
class TinyTranslator : public QTranslator
{
public:
    void add(const char* context, const char* source, const QString& translation);
    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override;
    bool isEmpty() const override { return m_map.isEmpty(); }

private:
    QMap<QString, QString> m_map;
};

} // namespace ow::test
