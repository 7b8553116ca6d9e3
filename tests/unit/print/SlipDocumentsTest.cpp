// The dispatch slip (paginated, totals, handover code), the mailing slip and the 80 mm queue ticket.

#include "PrintTestSupport.h"
#include "core/AcceptanceNumber.h"
#include "print/LayoutUnits.h"

#include <QCoreApplication>
#include <catch2/catch.hpp>

using namespace ow;
using namespace ow::test;

TEST_CASE("a one-page dispatch slip lists its cases with totals and a handover code", "[print][dispatch]")
{
    QTemporaryDir dir;
    const DispatchSlipData data = sampleDispatch(14);
    ComposedDocument composed;
    const QString pdf = writePdf(DispatchSlipDocument::build(data, sampleSite()).value(),
                                 PageFormat::of(PaperKind::A4), dir, QStringLiteral("dispatch14"), &composed);
    CHECK(composed.pages.size() == 1);
    CHECK(everythingOnPaper(composed));
    const QString text = squeezed(pdfText(pdf));
    int materials = 0;
    int pages = 0;
    for (const DispatchCase& c : data.cases) {
        CHECK(text.contains(squeezed(AcceptanceNumber::display(c.acceptanceNumber))));
        materials += c.materialCount;
        pages += c.pageCount;
    }
    for (const QString& e :
         {QStringLiteral("DispatchSlip"), QStringLiteral("BatchPJ-20201123-007-03to荆门市卫生健康委员会"),
          QStringLiteral("Dispatchedby:陈刚"), QStringLiteral("Total14case(s)%1%2").arg(materials).arg(pages),
          QStringLiteral("14case(s),%1material(s),%2page(s)").arg(materials).arg(pages),
          QStringLiteral("Handedoverby(signature):"), QStringLiteral("Page1of1")}) {
        INFO(e.toStdString());
        CHECK(text.contains(e));
    }
    const QList<QImage> images = rasterise(pdf, 150);
    REQUIRE(images.size() == 1);
    CHECK(decodeQr(images.front()) == QStringLiteral("OWD1:PJ-20201123-007-03"));
}

TEST_CASE("a 200-case dispatch slip paginates with its header, numbers and totals", "[print][dispatch][long]")
{
    QTemporaryDir dir;
    const DispatchSlipData data = sampleDispatch(200);
    ComposedDocument composed;
    const QString pdf =
        writePdf(DispatchSlipDocument::build(data, sampleSite()).value(), PageFormat::of(PaperKind::A4), dir,
                 QStringLiteral("dispatch200"), &composed);
    const int pageCount = int(composed.pages.size());
    CHECK(pageCount >= 6);
    CHECK(everythingOnPaper(composed));
    const QString raw = pdfText(pdf);
    const QString text = squeezed(raw);
    for (int p = 1; p <= pageCount; ++p)
        CHECK(text.contains(QStringLiteral("Page%1of%2").arg(p).arg(pageCount)));
    // Each page carries the batch and repeats the table header.
    CHECK(raw.count(QStringLiteral("Batch PJ-20201123-007-03 to")) == pageCount);
    CHECK(raw.count(QStringLiteral("Acceptance number")) >= pageCount);
    for (const DispatchCase& c : data.cases)
        CHECK(text.contains(squeezed(AcceptanceNumber::display(c.acceptanceNumber))));
    CHECK(text.contains(QStringLiteral("Total200case(s)")));
    CHECK(text.contains(QStringLiteral("(provisional)")));
}

TEST_CASE("the mailing slip prints recipient and sender in full and leaves room for the tracking number",
          "[print][mailing]")
{
    QTemporaryDir dir;
    MailingSlipData data = sampleMailing();
    ComposedDocument composed;
    QString text =
        squeezed(pdfText(writePdf(MailingSlipDocument::build(data, sampleSite()),
                                  PageFormat::of(PaperKind::A5), dir, QStringLiteral("mail"), &composed)));
    CHECK(composed.pages.size() == 1);
    CHECK(everythingOnPaper(composed));
    for (const QString& e :
         {QStringLiteral("FreeMailingSlip"), QStringLiteral("赵晓燕"), QStringLiteral("13907241234"),
          squeezed(longAddress()), QStringLiteral("448000"), QStringLiteral("湖北省荆门市东宝区象山大道39号"),
          squeezed(AcceptanceNumber::display(data.acceptanceNumber)), QStringLiteral("中国邮政EMS"),
          QStringLiteral("Trackingnumber:")}) {
        INFO(e.toStdString());
        CHECK(text.contains(e));
    }
    data.trackingNumber = QStringLiteral("EA123456789CN");
    text = squeezed(pdfText(writePdf(MailingSlipDocument::build(data, sampleSite()),
                                     PageFormat::of(PaperKind::A5), dir, QStringLiteral("mail2"))));
    CHECK(text.contains(QStringLiteral("Trackingnumber:EA123456789CN")));
}

TEST_CASE("the queue ticket fits the 80 mm roll, as long as its content", "[print][ticket]")
{
    QTemporaryDir dir;
    ComposedDocument composed;
    const QString pdf = writePdf(QueueTicketDocument::build(sampleTicket(), sampleSite()),
                                 PageFormat::of(PaperKind::Roll80), dir, QStringLiteral("ticket"), &composed);
    REQUIRE(composed.pages.size() == 1);
    CHECK(composed.pageSizeMm().width() == Approx(80.0));
    CHECK(composed.pageSizeMm().height() > 60.0);
    CHECK(composed.pageSizeMm().height() < 160.0);
    CHECK(everythingOnPaper(composed));
    const QString text = squeezed(pdfText(pdf));
    for (const QString& e : {QStringLiteral("QueueTicket"), QStringLiteral("A012"),
                             QStringLiteral("个体工商户登记"), QStringLiteral("4person(s)aheadofyou"),
                             QStringLiteral("2020-11-2308:37"), QStringLiteral("荆门市政务服务中心")}) {
        INFO(e.toStdString());
        CHECK(text.contains(e));
    }
    CHECK_FALSE(text.contains(QStringLiteral("Page1of1")));
}

TEST_CASE("slip labels print in Chinese under a zh_CN translation", "[print][i18n]")
{
    TinyTranslator translator;
    translator.add("ow::DispatchSlipDocument", "Dispatch Slip", QStringLiteral("派件单"));
    translator.add("ow::MailingSlipDocument", "Free Mailing Slip", QStringLiteral("免费邮寄单"));
    translator.add("ow::QueueTicketDocument", "Queue Ticket", QStringLiteral("排队号票"));
    REQUIRE(QCoreApplication::installTranslator(&translator));
    QTemporaryDir dir;
    const QString dispatch =
        pdfText(writePdf(DispatchSlipDocument::build(sampleDispatch(3), sampleSite()).value(),
                         PageFormat::of(PaperKind::A4), dir, QStringLiteral("d")));
    const QString mailing = pdfText(writePdf(MailingSlipDocument::build(sampleMailing(), sampleSite()),
                                             PageFormat::of(PaperKind::A5), dir, QStringLiteral("m")));
    const QString ticket = pdfText(writePdf(QueueTicketDocument::build(sampleTicket(), sampleSite()),
                                            PageFormat::of(PaperKind::Roll80), dir, QStringLiteral("t")));
    QCoreApplication::removeTranslator(&translator);
    CHECK(dispatch.contains(QStringLiteral("派件单")));
    CHECK(mailing.contains(QStringLiteral("免费邮寄单")));
    CHECK(ticket.contains(QStringLiteral("排队号票")));
}
