// The commitment letter, the notice of refusal and the one-time notice rendered to PDF.

#include "PrintTestSupport.h"
#include "core/AcceptanceNumber.h"

#include <QCoreApplication>
#include <catch2/catch.hpp>

using namespace ow;
using namespace ow::test;

namespace {

QString renderedText(const PrintDocument& document, PaperKind paper = PaperKind::A4)
{
    QTemporaryDir dir;
    ComposedDocument composed;
    const QString pdf = writePdf(document, PageFormat::of(paper), dir, QStringLiteral("doc"), &composed);
    CHECK(everythingOnPaper(composed));
    return squeezed(pdfText(pdf));
}

void checkAll(const QString& text, const QStringList& expected)
{
    for (const QString& e : expected) {
        INFO(e.toStdString());
        CHECK(text.contains(squeezed(e)));
    }
}

} // namespace

TEST_CASE("the commitment letter names the missing materials and the date to supply them", "[print][notice]")
{
    const CommitmentLetterData data = sampleCommitment();
    const QString text = renderedText(CommitmentLetterDocument::build(data, sampleSite()));
    checkAll(text,
             {QStringLiteral("Letter of Commitment"), QStringLiteral("荆门康华医疗有限公司"),
              QStringLiteral("91420800MA49XXXX0K"), QStringLiteral("李娜"),
              QStringLiteral("420802********1228"), AcceptanceNumber::display(data.acceptanceNumber),
              QStringLiteral("医疗机构设置审批; 医疗机构执业登记"), QStringLiteral("消防安全检查合格证明"),
              QStringLiteral("by 2020-12-07"), QStringLiteral("Applicant or agent (signature):"),
              QStringLiteral("Window 7, clerk 王丽")});
    CHECK_FALSE(text.contains(QStringLiteral("420802199205061228")));
}

TEST_CASE("the notice of refusal gives the reason, the referral and the remedies", "[print][notice]")
{
    const QString text =
        renderedText(RefusalNoticeDocument::build(sampleRefusal(), sampleSite()), PaperKind::A5);
    checkAll(text, {QStringLiteral("Notice of Refusal"), QStringLiteral("荆政服不受〔2020〕第 0158 号"),
                    QStringLiteral("刘洋"), QStringLiteral("420802********3312"),
                    QStringLiteral("出入境通行证签注"),
                    QStringLiteral("该事项不属于本大厅受理范围，由公安机关出入境管理部门办理。"),
                    QStringLiteral("荆门市公安局出入境管理支队"),
                    QStringLiteral("administrative reconsideration within 60 days"), QStringLiteral("(seal)"),
                    QStringLiteral("2020-11-23")});
}

TEST_CASE("the one-time notice lists every missing material with form and notes", "[print][notice]")
{
    const QString text = renderedText(OneTimeNoticeDocument::build(sampleOneTimeNotice(), sampleSite()));
    checkAll(text,
             {QStringLiteral("One-time Notice of Missing Materials"), QStringLiteral("陈静"),
              QStringLiteral("食品经营许可（新办）"), QStringLiteral("食品安全管理制度文本"),
              QStringLiteral("须加盖公章"), QStringLiteral("Original, 1 copy(ies)"),
              QStringLiteral("经营场所平面布局图"), QStringLiteral("Photocopy, 2 copy(ies)"),
              QStringLiteral("营业执照; 法定代表人身份证"), QStringLiteral("Questions: 0724-2345678.")});
}

TEST_CASE("notice labels print in Chinese under a zh_CN translation", "[print][notice][i18n]")
{
    TinyTranslator translator;
    translator.add("ow::CommitmentLetterDocument", "Letter of Commitment", QStringLiteral("承诺书"));
    translator.add("ow::RefusalNoticeDocument", "Notice of Refusal", QStringLiteral("不予受理通知书"));
    translator.add("ow::OneTimeNoticeDocument", "One-time Notice of Missing Materials",
                   QStringLiteral("一次性告知书"));
    translator.add("ow::ApplicantFields", "Name", QStringLiteral("姓名"));
    translator.add("ow::PrintLabels", "%1:", QStringLiteral("%1："));
    REQUIRE(QCoreApplication::installTranslator(&translator));
    const QString commitment =
        renderedText(CommitmentLetterDocument::build(sampleCommitment(), sampleSite()));
    const QString refusal = renderedText(RefusalNoticeDocument::build(sampleRefusal(), sampleSite()));
    const QString oneTime = renderedText(OneTimeNoticeDocument::build(sampleOneTimeNotice(), sampleSite()));
    QCoreApplication::removeTranslator(&translator);
    CHECK(commitment.contains(QStringLiteral("承诺书")));
    CHECK(refusal.contains(QStringLiteral("不予受理通知书")));
    CHECK(refusal.contains(QStringLiteral("姓名：刘洋")));
    CHECK(oneTime.contains(QStringLiteral("一次性告知书")));
}
