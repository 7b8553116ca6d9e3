#include "storage/ApplicantStore.h"

#include "StorageFixtures.h"

using namespace ow;
using namespace ow::test;

TEST_CASE("Applicants are upserted by ID number and found again", "[storage][applicants]")
{
    TempDatabase t;
    ApplicantStore store(*t.db, t.clock);
    const Applicant zhang = person(QStringLiteral("42080219850314123x"), QStringLiteral("张伟"));
    const auto id = store.upsert(zhang);
    REQUIRE(id.ok());
    CHECK(*id > 0);

    const auto found = store.findByIdNumber(QStringLiteral("42080219850314123X"));
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    const Applicant& back = **found;
    CHECK(back.id == *id);
    CHECK(back.kind == ApplicantKind::Person);
    CHECK(back.person.idNumber == QStringLiteral("42080219850314123X")); // normalised to upper case
    CHECK(back.person.name == QStringLiteral("张伟"));
    CHECK(back.person.gender == Gender::Male);
    CHECK(back.person.ethnicity == QStringLiteral("汉"));
    CHECK(back.person.birthDate == QDate(1985, 3, 14));
    CHECK(back.person.idValidUntil == QDate(2035, 6, 1));
    CHECK_FALSE(back.person.idValidLongTerm);

    // The number typed alone does not erase what the card filled in; a new card validity replaces it.
    Applicant typed;
    typed.person.idNumber = QStringLiteral("42080219850314123X");
    typed.person.idValidLongTerm = true;
    const auto again = store.upsert(typed);
    REQUIRE(again.ok());
    CHECK(*again == *id);
    const auto merged = store.findById(*id);
    REQUIRE(merged->has_value());
    CHECK((*merged)->person.name == QStringLiteral("张伟"));
    CHECK((*merged)->person.address == zhang.person.address);
    CHECK((*merged)->person.idValidLongTerm);
    CHECK_FALSE((*merged)->person.idValidUntil.isValid());

    CHECK_FALSE(store.findByIdNumber(QStringLiteral("420802198503141230"))->has_value());
    CHECK_FALSE(store.findByCreditCode(QStringLiteral("42080219850314123X"))->has_value());
}

TEST_CASE("Enterprises are upserted by credit code", "[storage][applicants]")
{
    TempDatabase t;
    ApplicantStore store(*t.db, t.clock);
    Applicant kanghua;
    kanghua.kind = ApplicantKind::Enterprise;
    kanghua.enterprise = {QStringLiteral("91420800MA49XXXX0K"), QStringLiteral("荆门康华医疗有限公司"),
                          QStringLiteral("刘芳"), QStringLiteral("荆门市掇刀区"),
                          QStringLiteral("0724-1234567")};
    const auto id = store.upsert(kanghua);
    REQUIRE(id.ok());
    const auto found = store.findByCreditCode(QStringLiteral("91420800ma49xxxx0k"));
    REQUIRE(found->has_value());
    CHECK((*found)->id == *id);
    CHECK((*found)->enterprise.name == QStringLiteral("荆门康华医疗有限公司"));
    CHECK((*found)->enterprise.legalRepresentative == QStringLiteral("刘芳"));
    CHECK((*found)->enterprise.phone == QStringLiteral("0724-1234567"));

    Applicant nameless;
    nameless.kind = ApplicantKind::Enterprise;
    const auto refused = store.upsert(nameless);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QLatin1String("storage.applicantWithoutNumber"));
}

TEST_CASE("Contact details are remembered and offered most recent first", "[storage][applicants]")
{
    TempDatabase t;
    ApplicantStore store(*t.db, t.clock);
    const auto id = store.upsert(person(QStringLiteral("42080219850314123X"), QStringLiteral("张伟")));
    REQUIRE(id.ok());
    t.clock.advanceSeconds(3600);
    REQUIRE(store.rememberContact(*id, QStringLiteral("荆门市东宝区新址2号"), QStringLiteral("13900000002"))
                .ok());
    t.clock.advanceSeconds(3600);
    // Using the first address again moves it to the front instead of duplicating it.
    REQUIRE(store
                .rememberContact(*id, QStringLiteral("湖北省荆门市东宝区象山大道1号"),
                                 QStringLiteral("13800000001"))
                .ok());

    const auto contacts = store.recentContacts(*id);
    REQUIRE(contacts.ok());
    REQUIRE(contacts->size() == 2);
    CHECK(contacts->at(0).address == QStringLiteral("湖北省荆门市东宝区象山大道1号"));
    CHECK(contacts->at(0).lastUsedAt == t.clock.now());
    CHECK(contacts->at(1).phone == QStringLiteral("13900000002"));
    CHECK(store.recentContacts(*id, 1)->size() == 1);
}
