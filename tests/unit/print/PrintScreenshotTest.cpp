// Renders every document to PNG (150 dpi) for a person to look at, when OW_PRINT_SHOTS names a directory
// (docs/screenshots in the repository); without it the test only checks that every page renders.
// OW_PRINT_SHOTS_QM names the compiled translation to render with (build/<preset>/app/onewindow_zh_CN.qm).

#include "PrintTestSupport.h"
#include "print/DocumentRenderer.h"
#include "print/PageComposer.h"
#include "print/PdfExporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QTranslator>
#include <catch2/catch.hpp>

using namespace ow;
using namespace ow::test;

namespace {

struct Shot
{
    QString name;
    Result<PrintDocument> document;
    PaperKind paper;
};

QList<Shot> shots()
{
    QList<Shot> list;
    list.append(
        {QStringLiteral("receipt-a4"), ReceiptDocument::build(sampleReceipt(), sampleSite()), PaperKind::A4});
    list.append(
        {QStringLiteral("receipt-a5"), ReceiptDocument::build(sampleReceipt(), sampleSite()), PaperKind::A5});
    list.append({QStringLiteral("receipt-long-a5"), ReceiptDocument::build(longReceipt(), sampleSite()),
                 PaperKind::A5});
    list.append({QStringLiteral("commitment-letter"),
                 CommitmentLetterDocument::build(sampleCommitment(), sampleSite()), PaperKind::A4});
    list.append({QStringLiteral("refusal-notice"),
                 RefusalNoticeDocument::build(sampleRefusal(), sampleSite()), PaperKind::A4});
    list.append({QStringLiteral("one-time-notice"),
                 OneTimeNoticeDocument::build(sampleOneTimeNotice(), sampleSite()), PaperKind::A4});
    list.append({QStringLiteral("dispatch-slip-40"),
                 DispatchSlipDocument::build(sampleDispatch(40), sampleSite()), PaperKind::A4});
    list.append({QStringLiteral("mailing-slip"), MailingSlipDocument::build(sampleMailing(), sampleSite()),
                 PaperKind::A5});
    list.append({QStringLiteral("queue-ticket"), QueueTicketDocument::build(sampleTicket(), sampleSite()),
                 PaperKind::Roll80});
    return list;
}

} // namespace

TEST_CASE("PNG renders of every document", "[print][shots]")
{
    const QString dir = qEnvironmentVariable("OW_PRINT_SHOTS");
    if (!dir.isEmpty())
        REQUIRE(QDir().mkpath(dir));
    QTranslator translator;
    const QString qm = qEnvironmentVariable("OW_PRINT_SHOTS_QM");
    if (!qm.isEmpty()) {
        REQUIRE(translator.load(qm));
        QCoreApplication::installTranslator(&translator);
    }
    for (const Shot& shot : shots()) {
        INFO(shot.name.toStdString());
        REQUIRE(shot.document.ok());
        const ComposedDocument composed = PageComposer().compose(*shot.document, PageFormat::of(shot.paper));
        const int pages = int(composed.pages.size());
        for (int page = 0; page < pages; ++page) {
            const QImage image = DocumentRenderer::renderPage(composed, page, 150);
            CHECK(!image.isNull());
            // Saved: the first two pages and the last; 256 colours keep the files small.
            if (dir.isEmpty() || (page > 1 && page != pages - 1))
                continue;
            const QString suffix = pages > 1 ? QStringLiteral("-p%1").arg(page + 1) : QString();
            const QString file = QStringLiteral("print-") + shot.name + suffix + QStringLiteral(".png");
            REQUIRE(image.convertToFormat(QImage::Format_Indexed8).save(QDir(dir).filePath(file)));
        }
        if (!dir.isEmpty() && qEnvironmentVariableIsSet("OW_PRINT_PDF"))
            REQUIRE(
                PdfExporter::toFile(composed, QDir(dir).filePath(shot.name + QStringLiteral(".pdf"))).ok());
    }
}
