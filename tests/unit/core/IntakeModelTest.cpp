#include "core/IntakeDraftJson.h"
#include "core/IntakeReadiness.h"
#include "core/MaterialChecklist.h"
#include "core/RegionTable.h"

#include <catch2/catch.hpp>

using namespace ow;

namespace {

MaterialRequirement requirement(const char* name, bool required = true, QStringList licences = {},
                                bool commitment = false, MaterialForm form = MaterialForm::Original)
{
    return MaterialRequirement{QString::fromUtf8(name), form, 1, required, std::move(licences), commitment};
}

ServiceItem item(const char* code, QList<MaterialRequirement> materials, int promisedDays = 3)
{
    ServiceItem it;
    it.code = QString::fromUtf8(code);
    it.name = it.code;
    it.promisedDays = promisedDays;
    it.materials = std::move(materials);
    return it;
}

const QString agentMaterial = QStringLiteral("授权委托书及受托人居民身份证（委托代理时提供）");

QList<ServiceItem> clinicTheme()
{
    return {
        item("A", {requirement("《设置申请书》"), requirement("营业执照", true, {QStringLiteral("营业执照")}),
                   requirement("授权委托书及受托人居民身份证（委托代理时提供）", false),
                   requirement("经营场所使用证明", true, {QStringLiteral("不动产权证书")}, true)}),
        item("B", {requirement("营业执照", true, {QStringLiteral("营业执照")}, false, MaterialForm::Copy),
                   requirement("消防安全检查合格证", true, {}, true),
                   requirement("经营场所使用证明", true, {}, true),
                   requirement("授权委托书及受托人居民身份证（委托代理时提供）", false)}),
        item("C", {requirement("营业执照", false), requirement("《卫生许可申请书》")})};
}

IntakeDraft personDraft()
{
    IntakeDraft draft;
    draft.uuid = QUuid::createUuid();
    draft.clerk = QStringLiteral("wangli");
    draft.applicant.person.idNumber = QStringLiteral("420802198603142130");
    draft.applicant.person.name = QStringLiteral("张伟");
    draft.itemCodes = {QStringLiteral("A")};
    return draft;
}

} // namespace

TEST_CASE("A theme's checklist asks for a shared material once, with the stricter terms", "[intake]")
{
    const QList<ChecklistEntry> list = MaterialChecklist::build(clinicTheme(), false);
    QStringList names;
    for (const ChecklistEntry& entry : list)
        names << entry.name;
    CHECK(names == QStringList{QStringLiteral("《设置申请书》"), QStringLiteral("营业执照"),
                               QStringLiteral("经营场所使用证明"), QStringLiteral("消防安全检查合格证"),
                               QStringLiteral("《卫生许可申请书》")});
    const ChecklistEntry& licence = list.at(1);
    CHECK(licence.itemCodes == QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    CHECK(licence.required);
    CHECK(licence.form == MaterialForm::OriginalAndCopy);
    CHECK(licence.licenceTypes == QStringList{QStringLiteral("营业执照")});
    // A allows the premises proof under commitment and B too: still allowed.
    CHECK(list.at(2).commitmentAllowed);
    CHECK(list.at(2).licenceTypes == QStringList{QStringLiteral("不动产权证书")});
    CHECK(list.at(3).commitmentAllowed);
    CHECK_FALSE(list.at(0).commitmentAllowed);
}

TEST_CASE("The agent's power of attorney is asked for only when someone acts for the applicant", "[intake]")
{
    const QList<ChecklistEntry> with = MaterialChecklist::build(clinicTheme(), true);
    const auto found = std::find_if(with.cbegin(), with.cend(),
                                    [](const ChecklistEntry& e) { return e.name == agentMaterial; });
    REQUIRE(found != with.cend());
    CHECK(found->required);
    CHECK(found->forAgentOnly);
    CHECK(found->itemCodes.size() == 2);
    CHECK(MaterialChecklist::build(clinicTheme(), false).size() == with.size() - 1);
}

TEST_CASE("Names that differ only in book-title marks and widths are one material", "[intake]")
{
    CHECK(MaterialChecklist::comparableName(QStringLiteral("《申请书》")) ==
          MaterialChecklist::comparableName(QStringLiteral("申请书")));
    CHECK(MaterialChecklist::comparableName(QStringLiteral("证明（ＡＢ）")) ==
          MaterialChecklist::comparableName(QStringLiteral("证明(AB)")));
}

TEST_CASE("What satisfies a checklist entry", "[intake]")
{
    const QList<ChecklistEntry> list = MaterialChecklist::build(clinicTheme(), false);
    const ChecklistEntry& form = list.at(0);
    const ChecklistEntry& licence = list.at(1);
    MaterialChoice choice{form.name, MaterialSource::Pages, {}, {}};
    CHECK_FALSE(MaterialChecklist::satisfies(form, choice)); // no page captured yet
    choice.blobHashes = {QString(64, QLatin1Char('a'))};
    CHECK(MaterialChecklist::satisfies(form, choice));
    CHECK_FALSE(MaterialChecklist::satisfies(form, {form.name, MaterialSource::Commitment, {}, {}}));
    CHECK(MaterialChecklist::satisfies(list.at(3), {list.at(3).name, MaterialSource::Commitment, {}, {}}));
    CHECK(MaterialChecklist::satisfies(licence, {licence.name,
                                                 MaterialSource::ElectronicLicence,
                                                 {},
                                                 QStringLiteral("营业执照:91420800MA49K7H33M")}));
    CHECK_FALSE(MaterialChecklist::satisfies(licence, {licence.name,
                                                       MaterialSource::ElectronicLicence,
                                                       {},
                                                       QStringLiteral("居民身份证:420802198603142130")}));
    CHECK_FALSE(MaterialChecklist::satisfies(form, {form.name, std::nullopt, {}, {}}));
}

TEST_CASE("Readiness names what blocks acceptance", "[intake]")
{
    const RegionTable& regions = RegionTable::builtIn();
    const QDate today(2026, 11, 26);
    const QList<ServiceItem> items{
        item("A", {requirement("申请书"), requirement("身份证", true, {QStringLiteral("居民身份证")})})};
    const QList<ChecklistEntry> checklist = MaterialChecklist::build(items, false);

    IntakeDraft draft = personDraft();
    QStringList problems = IntakeReadiness::problems(draft, checklist, regions, today);
    REQUIRE(problems.size() == 1);
    CHECK(problems.at(0).contains(QStringLiteral("申请书")));

    draft.setChoice({QStringLiteral("申请书"), MaterialSource::OriginalSeen, {}, {}});
    draft.setChoice({QStringLiteral("身份证"),
                     MaterialSource::ElectronicLicence,
                     {},
                     QStringLiteral("居民身份证:420802198603142130")});
    CHECK(IntakeReadiness::problems(draft, checklist, regions, today).isEmpty());

    draft.applicant.person.idNumber = QStringLiteral("420802198603142131"); // wrong check digit
    problems = IntakeReadiness::problems(draft, checklist, regions, today);
    REQUIRE(problems.size() == 1);
    CHECK(problems.at(0).contains(QStringLiteral("420802198603142131")) ==
          false); // the reason, not the number

    draft = personDraft();
    draft.delivery = DeliveryMethod::Mail;
    draft.itemCodes.clear();
    problems = IntakeReadiness::problems(draft, {}, regions, today);
    CHECK(problems.size() == 2);
}

TEST_CASE("An enterprise needs a valid credit code and the person at the window", "[intake]")
{
    const RegionTable& regions = RegionTable::builtIn();
    const QDate today(2026, 11, 26);
    IntakeDraft draft = personDraft();
    draft.applicant.kind = ApplicantKind::Enterprise;
    draft.applicant.enterprise.creditCode = QStringLiteral("91420800MA49K7H33M");
    draft.applicant.enterprise.name = QStringLiteral("荆门康华医疗有限公司");
    CHECK_FALSE(IntakeReadiness::applicantIdentified(draft, regions, today));
    NaturalPerson agent;
    agent.idNumber = QStringLiteral("420802198603142130");
    agent.name = QStringLiteral("刘芳");
    draft.agent = agent;
    CHECK(IntakeReadiness::applicantIdentified(draft, regions, today));
    draft.applicant.enterprise.creditCode = QStringLiteral("91420800MA49K7H33N");
    CHECK_FALSE(IntakeReadiness::applicantIdentified(draft, regions, today));
}

TEST_CASE("An expired ID card is a warning, not a refusal", "[intake]")
{
    IntakeDraft draft = personDraft();
    draft.applicant.person.idValidUntil = QDate(2026, 11, 25);
    CHECK(IntakeReadiness::warnings(draft, QDate(2026, 11, 26)).size() == 1);
    CHECK(IntakeReadiness::warnings(draft, QDate(2026, 11, 25)).isEmpty());
    draft.applicant.person.idValidLongTerm = true;
    CHECK(IntakeReadiness::warnings(draft, QDate(2030, 1, 1)).isEmpty());
}

TEST_CASE("A draft read back equals the draft written", "[intake]")
{
    IntakeDraft draft = personDraft();
    draft.window = QStringLiteral("7");
    draft.startedAt = QDateTime(QDate(2026, 11, 26), QTime(8, 41, 2, 5));
    draft.updatedAt = draft.startedAt.addSecs(30);
    draft.step = IntakeStep::Materials;
    draft.applicant.person.idValidUntil = QDate(2036, 3, 14);
    draft.applicant.person.address = QStringLiteral("湖北省荆门市东宝区象山大道18号");
    NaturalPerson agent;
    agent.idNumber = QStringLiteral("42080219850314123X");
    agent.name = QStringLiteral("李娜");
    agent.gender = Gender::Female;
    draft.agent = agent;
    draft.themeCode = QStringLiteral("HB-JM-T001");
    draft.itemCodes << QStringLiteral("B");
    draft.materials = {{QStringLiteral("申请书"),
                        MaterialSource::Pages,
                        {QString(64, QLatin1Char('a')), QString(64, QLatin1Char('b'))},
                        {}},
                       {QStringLiteral("身份证"), std::nullopt, {}, {}}};
    draft.delivery = DeliveryMethod::Mail;
    draft.mailingAddress = QStringLiteral("湖北省荆门市");
    draft.ticketNumber = QStringLiteral("A012");

    auto back = IntakeDraftJson::fromJson(IntakeDraftJson::toJson(draft));
    REQUIRE(back);
    CHECK(back->uuid == draft.uuid);
    CHECK(back->step == IntakeStep::Materials);
    CHECK(back->startedAt == draft.startedAt);
    CHECK(back->applicant.person.idValidUntil == QDate(2036, 3, 14));
    CHECK(back->applicant.person.address == draft.applicant.person.address);
    REQUIRE(back->agent);
    CHECK(back->agent->name == QStringLiteral("李娜"));
    CHECK(back->agent->gender == Gender::Female);
    CHECK(back->itemCodes == draft.itemCodes);
    CHECK(back->materials == draft.materials);
    CHECK(back->delivery == DeliveryMethod::Mail);
    CHECK(back->ticketNumber == QStringLiteral("A012"));
    CHECK(IntakeDraftJson::toJson(*back) == IntakeDraftJson::toJson(draft));

    CHECK_FALSE(IntakeDraftJson::fromJson("not json"));
    CHECK_FALSE(IntakeDraftJson::fromJson(R"({"format": 1})"));
    CHECK_FALSE(
        IntakeDraftJson::fromJson(R"({"format": 99, "uuid": "6b1f4c7e-0000-4000-8000-000000000001"})"));
}
