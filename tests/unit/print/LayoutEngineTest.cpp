// The layout engine: wrapping, page breaks, repeated table headers, headings kept with what follows,
// continuous rolls; the QR payload; the PDF text-map repair.

#include "PrintTestSupport.h"
#include "core/AcceptanceNumber.h"
#include "core/ReceiptQrPayload.h"
#include "print/LayoutUnits.h"
#include "print/PageComposer.h"
#include "print/PdfUnicodeMapFixer.h"
#include "print/TableBlock.h"
#include "print/TextWrapper.h"

#include <catch2/catch.hpp>

using namespace ow;
using namespace ow::test;

namespace {

// The pages on which a text item equal to text appears.
QList<int> pagesWith(const ComposedDocument& document, const QString& text)
{
    QList<int> pages;
    for (qsizetype p = 0; p < document.pages.size(); ++p) {
        for (const PageItem& item : document.pages.at(p).items) {
            const auto* t = std::get_if<TextItem>(&item);
            if (t && t->text == text)
                pages.append(int(p));
        }
    }
    return pages;
}

PrintDocument documentWithTable(int fillerLines, int rows)
{
    PrintDocument document(DocumentKind::Receipt, QStringLiteral("T"), sampleSite());
    for (int i = 0; i < fillerLines; ++i)
        document.addText(QStringLiteral("filler %1").arg(i));
    document.addHeading(QStringLiteral("HEADING"));
    QList<QStringList> cells;
    for (int r = 0; r < rows; ++r)
        cells.append({QStringLiteral("row %1").arg(r), QStringLiteral("办件")});
    document.add(std::make_shared<TableBlock>(
        QList<TableColumn>{{QStringLiteral("COLHEAD")}, {QStringLiteral("B")}}, cells));
    return document;
}

} // namespace

TEST_CASE("text wraps anywhere in CJK text and long numbers, and every line fits", "[print][layout]")
{
    const PrintStyle style;
    const QString number = QStringLiteral("420802-01-007-201123-00042-5");
    const QString text =
        QStringLiteral("荆门市政务服务中心受理编号 ") + number + QStringLiteral(" 请妥善保管本回执");
    const qreal width = units::mm(30);
    const QList<WrappedLine> lines = TextWrapper::wrap(text, style.font(FontRole::Body), width);
    CHECK(lines.size() >= 3);
    QString joined;
    for (const WrappedLine& line : lines) {
        CHECK(line.width <= width + 1);
        joined += line.text;
    }
    CHECK(squeezed(joined) == squeezed(text));
    CHECK(TextWrapper::wrap(QString(), style.font(FontRole::Body), width).size() == 1);
    CHECK(TextWrapper::wrap(QStringLiteral("a\n\nb"), style.font(FontRole::Body), width).size() == 3);
}

TEST_CASE("a table continued on the next page repeats its header", "[print][layout]")
{
    const ComposedDocument composed =
        PageComposer().compose(documentWithTable(0, 80), PageFormat::of(PaperKind::A5));
    REQUIRE(composed.pages.size() >= 3);
    CHECK(pagesWith(composed, QStringLiteral("COLHEAD")).size() == composed.pages.size());
    CHECK(pagesWith(composed, QStringLiteral("row 79")) == QList<int>{int(composed.pages.size()) - 1});
    CHECK(pagesWith(composed, QStringLiteral("HEADING")) == QList<int>{0});
    CHECK(everythingOnPaper(composed));
}

TEST_CASE("a heading never ends a page: it moves with the table it introduces", "[print][layout]")
{
    // Find filler lengths that bring the heading to the very bottom of page 1: it must follow the table.
    for (int filler = 20; filler < 40; ++filler) {
        const ComposedDocument composed =
            PageComposer().compose(documentWithTable(filler, 5), PageFormat::of(PaperKind::A5));
        INFO(filler);
        const QList<int> headers = pagesWith(composed, QStringLiteral("COLHEAD"));
        REQUIRE(!headers.isEmpty());
        CHECK(pagesWith(composed, QStringLiteral("HEADING")) == QList<int>{headers.front()});
        CHECK(pagesWith(composed, QStringLiteral("row 0")) == QList<int>{headers.front()});
    }
}

TEST_CASE("a continuous roll is one page as long as its content", "[print][layout]")
{
    const ComposedDocument short_ =
        PageComposer().compose(documentWithTable(1, 2), PageFormat::of(PaperKind::Roll80));
    const ComposedDocument long_ =
        PageComposer().compose(documentWithTable(1, 60), PageFormat::of(PaperKind::Roll80));
    CHECK(short_.pages.size() == 1);
    CHECK(long_.pages.size() == 1);
    CHECK(long_.pageHeightMm > short_.pageHeightMm + 200);
    CHECK(everythingOnPaper(long_));
    CHECK(long_.pageLayout().fullRect(QPageLayout::Millimeter).height() ==
          Approx(long_.pageHeightMm).epsilon(0.01));
}

TEST_CASE("paper kinds and document kinds have stable keys", "[print][layout]")
{
    for (PaperKind kind : {PaperKind::A4, PaperKind::A5, PaperKind::Roll80}) {
        CHECK(paperKindFromKey(paperKindKey(kind)) == kind);
        CHECK(PageFormat::of(kind).kind() == kind);
    }
    for (DocumentKind kind : allDocumentKinds)
        CHECK(documentKindFromKey(documentKindKey(kind)) == kind);
    CHECK_FALSE(paperKindFromKey(QStringLiteral("letter")).has_value());
    CHECK(PageFormat::of(PaperKind::A4).pageLayout(0).pageSize().id() == QPageSize::A4);
}

TEST_CASE("the receipt QR payload round-trips and refuses what is not a receipt", "[print][qr]")
{
    const QString number = sampleAcceptanceNumber();
    const Result<QString> payload =
        ReceiptQrPayload::compose(AcceptanceNumber::display(number), QStringLiteral("7kq2mx"));
    REQUIRE(payload.ok());
    CHECK(*payload == QStringLiteral("OW1:%1:7KQ2MX").arg(number));
    CHECK(payload->size() == 34);
    const Result<ReceiptQrContent> parsed =
        ReceiptQrPayload::parse(QStringLiteral("  ") + payload->toLower() + QStringLiteral("\n"));
    REQUIRE(parsed.ok());
    CHECK(*parsed == ReceiptQrContent{number, QStringLiteral("7KQ2MX")});

    QString wrongCheck = *payload;
    wrongCheck[4 + 22] = wrongCheck[4 + 22] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    CHECK(ReceiptQrPayload::parse(wrongCheck).error().code == QStringLiteral("acceptance.check"));
    CHECK(ReceiptQrPayload::parse(QStringLiteral("OW2:%1:7KQ2MX").arg(number)).error().code ==
          QStringLiteral("print.payload"));
    CHECK(ReceiptQrPayload::parse(QStringLiteral("https://example.org")).error().code ==
          QStringLiteral("print.payload"));
    CHECK(ReceiptQrPayload::parse(QStringLiteral("OW1:%1:7KQ2M0").arg(number)).error().code ==
          QStringLiteral("print.querycode"));
    CHECK_FALSE(ReceiptQrPayload::compose(number, QStringLiteral("ABC")).ok());
}

TEST_CASE("the PDF text map gives ideographs, not the radicals that share their glyphs", "[print][pdf]")
{
    const PdfUnicodeMapFixer fixer(PrintStyle().family());
    CHECK(fixer.preferred(0x2ED4) == 0x95E8); // ⻔ -> 门
    CHECK(fixer.preferred(0x2F3C) == 0x5FC3); // ⼼ -> 心
    CHECK(fixer.preferred(0x2F2F) == 0x5DE5); // ⼯ -> 工
    CHECK(fixer.preferred(u'\t') == u' ');
    CHECK(fixer.preferred(0x95E8) == 0x95E8);
    QByteArray cmap =
        QByteArrayLiteral("3 beginbfchar\n<0001> <2ED4>\nendbfchar\n"
                          "2 beginbfrange\n<0002> <0004> [<0041> <2F3C> <0009>]\n<0005> <0006> <2F00>\n"
                          "<0007> <0007> <2F2F>\nendbfrange\n");
    CHECK(fixer.fix(cmap) == 4);
    CHECK(cmap ==
          QByteArrayLiteral("3 beginbfchar\n<0001> <95E8>\nendbfchar\n"
                            "2 beginbfrange\n<0002> <0004> [<0041> <5FC3> <0020>]\n<0005> <0006> <2F00>\n"
                            "<0007> <0007> <5DE5>\nendbfrange\n"));
}
