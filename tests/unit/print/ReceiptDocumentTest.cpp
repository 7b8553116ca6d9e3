// The acceptance receipt rendered to PDF: fields, embedded CJK font, QR code, long content, A5, zh_CN labels.

#include "print/ReceiptDocument.h"

#include "PrintTestSupport.h"
#include "core/AcceptanceNumber.h"
#include "core/ReceiptQrPayload.h"

#include <QCoreApplication>
#include <catch2/catch.hpp>

using namespace ow;
using namespace ow::test;

TEST_CASE("the receipt prints its fields, in Chinese, with the ID number masked", "[print][receipt]")
{
    QTemporaryDir dir;
    const ReceiptData data = sampleReceipt();
    const Result<PrintDocument> document = ReceiptDocument::build(data, sampleSite());
    REQUIRE(document.ok());
    ComposedDocument composed;
    const QString pdf =
        writePdf(*document, PageFormat::of(PaperKind::A4), dir, QStringLiteral("receipt"), &composed);
    CHECK(composed.pages.size() == 1);
    CHECK(everythingOnPaper(composed));

    const QString text = squeezed(pdfText(pdf));
    for (const QString& expected : {QStringLiteral("荆门市政务服务中心"),
                                    QStringLiteral("AcceptanceReceipt"),
                                    squeezed(AcceptanceNumber::display(data.acceptanceNumber)),
                                    QStringLiteral("7KQ2MX"),
                                    QStringLiteral("张伟"),
                                    QStringLiteral("420802********123X"),
                                    QStringLiteral("138****5678"),
                                    QStringLiteral("个体工商户设立登记"),
                                    QStringLiteral("荆门市市场监督管理局"),
                                    QStringLiteral("个体工商户设立登记申请书"),
                                    QStringLiteral("Received,2page(s)scanned"),
                                    QStringLiteral("Originalcheckedandreturned"),
                                    QStringLiteral("Reusedfromtheapplicant'sfile"),
                                    QStringLiteral("2020-11-26,within3workingday(s)"),
                                    QStringLiteral("Pickupatthedeliverycounter"),
                                    QStringLiteral("鄂汇办"),
                                    QStringLiteral("监督电话0724-12345"),
                                    QStringLiteral("Page1of1"),
                                    QStringLiteral("2020-11-2308:44"),
                                    QStringLiteral("Window7,clerk王丽")}) {
        INFO(expected.toStdString());
        CHECK(text.contains(expected));
    }
    CHECK_FALSE(text.contains(QStringLiteral("42080219900307123X")));
    CHECK_FALSE(text.contains(QStringLiteral("13872345678")));
    CHECK_FALSE(text.contains(QStringLiteral("(provisional)")));
}

TEST_CASE("the receipt's PDF embeds its CJK font", "[print][receipt]")
{
    QTemporaryDir dir;
    const QString pdf = writePdf(ReceiptDocument::build(sampleReceipt(), sampleSite()).value(),
                                 PageFormat::of(PaperKind::A4), dir, QStringLiteral("fonts"));
    const QStringList lines = pdfFonts(pdf).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() > 2);
    bool cjk = false;
    for (const QString& line : lines.mid(2)) {
        INFO(line.toStdString());
        const QStringList columns = line.simplified().split(QLatin1Char(' '));
        // name type [encoding] emb sub uni object ID: "emb" is the fourth column from the end but two.
        REQUIRE(columns.size() >= 7);
        CHECK(columns.at(columns.size() - 5) == QStringLiteral("yes")); // embedded
        cjk = cjk || line.contains(QStringLiteral("NotoSansCJK"));
    }
    CHECK(cjk);
}

TEST_CASE("the receipt's QR code decodes to the versioned payload", "[print][receipt][qr]")
{
    QTemporaryDir dir;
    const ReceiptData data = sampleReceipt();
    for (PaperKind paper : {PaperKind::A4, PaperKind::A5}) {
        const QString pdf = writePdf(ReceiptDocument::build(data, sampleSite()).value(),
                                     PageFormat::of(paper), dir, QStringLiteral("qr-") + paperKindKey(paper));
        const QList<QImage> pages = rasterise(pdf, 150);
        REQUIRE(!pages.isEmpty());
        const std::optional<QString> decoded = decodeQr(pages.front());
        REQUIRE(decoded.has_value());
        CHECK(*decoded == QStringLiteral("OW1:") + data.acceptanceNumber + QStringLiteral(":7KQ2MX"));
        const Result<ReceiptQrContent> content = ReceiptQrPayload::parse(*decoded);
        REQUIRE(content.ok());
        CHECK(content->acceptanceNumber == data.acceptanceNumber);
        CHECK(content->queryCode == data.queryCode);
    }
}

TEST_CASE("a receipt with 30 materials, a long name and a long address wraps and paginates",
          "[print][receipt][long]")
{
    QTemporaryDir dir;
    const ReceiptData data = longReceipt();
    REQUIRE(longName().size() == 15);
    REQUIRE(longAddress().size() == 70);
    for (PaperKind paper : {PaperKind::A4, PaperKind::A5}) {
        ComposedDocument composed;
        const QString pdf =
            writePdf(ReceiptDocument::build(data, sampleSite()).value(), PageFormat::of(paper), dir,
                     QStringLiteral("long-") + paperKindKey(paper), &composed);
        INFO(paperKindKey(paper).toStdString());
        CHECK(composed.pages.size() >= 2);
        CHECK(everythingOnPaper(composed));
        const QString raw = pdfText(pdf);
        const QString text = squeezed(raw);
        CHECK(text.contains(longName()));
        CHECK(text.contains(QStringLiteral("买*·艾*")) == false); // the agent's name is printed whole
        CHECK(text.contains(QStringLiteral("买买提·艾力")));
        CHECK(text.contains(QStringLiteral("我要办一级以下医疗机构")));
        for (int i = 1; i <= 30; ++i) {
            INFO(i);
            CHECK(text.contains(
                QStringLiteral("材料%1：医疗机构设置申请书及可行性研究报告（含选址报告和建筑设计平面图）")
                    .arg(i)));
        }
        CHECK(text.contains(QStringLiteral("30material(s)")));
        CHECK(text.contains(QStringLiteral("Missing,tobesuppliedundercommitment")));
        CHECK(text.contains(QStringLiteral("2020-12-07")));
        CHECK(text.contains(QStringLiteral("Freemailing,to湖北省荆门市东宝区****")));
        const int pages = int(composed.pages.size());
        CHECK(text.contains(QStringLiteral("Page%1of%1").arg(pages)));
        // The materials table's header row is repeated on the page it continues on.
        CHECK(raw.count(QStringLiteral("How it was received")) >= 2);
        CHECK(raw.count(QStringLiteral("荆门市政务服务中心")) >= pages);
    }
}

TEST_CASE("a provisional deadline is marked and explained", "[print][receipt]")
{
    QTemporaryDir dir;
    ReceiptData data = sampleReceipt();
    data.deadline = {QDate(2027, 1, 12), true};
    const QString text =
        squeezed(pdfText(writePdf(ReceiptDocument::build(data, sampleSite()).value(),
                                  PageFormat::of(PaperKind::A5), dir, QStringLiteral("prov"))));
    CHECK(text.contains(QStringLiteral("2027-01-12(provisional)")));
    CHECK(text.contains(QStringLiteral("holidayarrangement")));
}

TEST_CASE("a malformed acceptance number or query code is refused, not printed", "[print][receipt]")
{
    ReceiptData data = sampleReceipt();
    data.acceptanceNumber[5] =
        data.acceptanceNumber[5] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    CHECK(ReceiptDocument::build(data, sampleSite()).error().code == QStringLiteral("acceptance.check"));
    data = sampleReceipt();
    data.queryCode = QStringLiteral("0OI1L0");
    CHECK(ReceiptDocument::build(data, sampleSite()).error().code == QStringLiteral("print.querycode"));
}

TEST_CASE("the receipt's labels print in Chinese under a zh_CN translation", "[print][receipt][i18n]")
{
    TinyTranslator translator;
    translator.add("ow::ReceiptDocument", "Acceptance Receipt", QStringLiteral("受理回执"));
    translator.add("ow::ReceiptDocument", "Acceptance number", QStringLiteral("受理编号"));
    translator.add("ow::ReceiptDocument", "Query code", QStringLiteral("查询密码"));
    translator.add("ow::PrintLabels", "%1:", QStringLiteral("%1："));
    translator.add("ow::PrintLabels", "yyyy-MM-dd", QStringLiteral("yyyy年M月d日"));
    translator.add("ow::PrintLabels", "Page %1 of %2", QStringLiteral("第 %1 页 共 %2 页"));
    REQUIRE(QCoreApplication::installTranslator(&translator));
    QTemporaryDir dir;
    const QString text =
        squeezed(pdfText(writePdf(ReceiptDocument::build(sampleReceipt(), sampleSite()).value(),
                                  PageFormat::of(PaperKind::A4), dir, QStringLiteral("zh"))));
    QCoreApplication::removeTranslator(&translator);
    for (const QString& expected :
         {QStringLiteral("受理回执"), QStringLiteral("受理编号："), QStringLiteral("查询密码："),
          QStringLiteral("2020年11月26日"), QStringLiteral("第1页共1页")}) {
        INFO(expected.toStdString());
        CHECK(text.contains(expected));
    }
    CHECK_FALSE(text.contains(QStringLiteral("AcceptanceReceipt")));
}
