#include "storage/CaseStore.h"

#include "StorageFixtures.h"
#include "storage/ApplicantStore.h"
#include "storage/CatalogStore.h"
#include "storage/OutboxStore.h"

#include <QSqlQuery>

using namespace ow;
using namespace ow::test;

namespace {

struct CaseFixture : TempDatabase
{
    ApplicantStore applicants{*db, clock};
    CaseStore cases{*db, clock};
    OutboxStore outbox{*db, clock};
    qint64 zhang = 0;
    qint64 agent = 0;

    CaseFixture()
    {
        zhang =
            applicants.upsert(person(QStringLiteral("42080219850314123X"), QStringLiteral("张伟"))).value();
        agent =
            applicants.upsert(person(QStringLiteral("420802199001011234"), QStringLiteral("李娜"))).value();
    }

    int rows(const QString& table)
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM ") + table));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }
};

QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2020, 9, day), QTime(hour, 0));
}

} // namespace

TEST_CASE("A case is saved with materials, history and outbox in one go and found again", "[storage][cases]")
{
    CaseFixture f;
    CaseRecord record =
        acceptedCase(f.zhang, QStringLiteral("JM0720200925001"), at(25, 8), QDate(2020, 9, 30));
    record.agentId = f.agent;
    record.itemCodes.append(QStringLiteral("GT-002"));
    record.deadlineProvisional = true;
    record.delivery = DeliveryMethod::Mail;
    const OutboxOperation op = operation(QStringLiteral("case.upsert"), R"({"case":1})");
    REQUIRE(f.cases.save(record, {op}).ok());

    for (const auto& found : {f.cases.findByUuid(record.uuid),
                              f.cases.findByAcceptanceNumber(QStringLiteral("JM0720200925001"))}) {
        REQUIRE(found.ok());
        REQUIRE(found->has_value());
        const CaseRecord& back = **found;
        CHECK(back.uuid == record.uuid);
        CHECK(back.acceptanceNumber == record.acceptanceNumber);
        CHECK(back.applicantId == f.zhang);
        CHECK(back.agentId == std::optional<qint64>(f.agent));
        CHECK(back.itemCodes == record.itemCodes);
        CHECK(back.window == QStringLiteral("07"));
        CHECK(back.clerk == QStringLiteral("wangli"));
        CHECK(back.status == CaseStatus::Accepted);
        CHECK(back.acceptedAt == record.acceptedAt);
        CHECK(back.deadline == QDate(2020, 9, 30));
        CHECK(back.deadlineProvisional);
        CHECK(back.delivery == DeliveryMethod::Mail);
        CHECK(back.queryCodeHash == record.queryCodeHash);
        REQUIRE(back.materials.size() == 3);
        CHECK(back.materials.at(0).blobHashes == record.materials.at(0).blobHashes);
        CHECK(back.materials.at(0).pageCount == 2);
        CHECK(back.materials.at(1).source == MaterialSource::OriginalSeen);
        CHECK(back.materials.at(1).blobHashes.isEmpty());
        CHECK(back.materials.at(2).source == MaterialSource::Reused);
        CHECK(back.materials.at(2).reference == QStringLiteral("case-2019"));
        REQUIRE(back.history.size() == 2);
        CHECK(back.history.at(0).status == CaseStatus::Draft);
        CHECK(back.history.at(0).note == QStringLiteral("intake"));
        CHECK(back.history.at(1).at == record.acceptedAt);
    }
    const auto due = f.outbox.listDue(10);
    REQUIRE(due->size() == 1);
    CHECK(due->at(0).uuid == op.uuid);
    CHECK(due->at(0).payload == op.payload);
    CHECK_FALSE(f.cases.findByUuid(QUuid::createUuid())->has_value());
}

TEST_CASE("Saving a case again replaces its materials and appends only new history", "[storage][cases]")
{
    CaseFixture f;
    CaseRecord draft;
    draft.uuid = QUuid::createUuid();
    draft.applicantId = f.zhang;
    draft.itemCodes = {QStringLiteral("GT-001")};
    draft.window = QStringLiteral("07");
    draft.clerk = QStringLiteral("wangli");
    draft.materials = {{QStringLiteral("申请书"), MaterialSource::Pages, {sha256Hex("p1")}, 1, {}}};
    REQUIRE(f.cases.save(draft).ok());
    auto stored = f.cases.findByUuid(draft.uuid).value().value();
    REQUIRE(stored.history.size() == 1); // created for a case saved without history
    CHECK(stored.history.at(0).status == CaseStatus::Draft);
    CHECK(stored.history.at(0).at == f.clock.now());

    stored.materials[0].blobHashes.append(sha256Hex("p2"));
    stored.materials[0].pageCount = 2;
    stored.materials.append(
        {QStringLiteral("身份证明"), MaterialSource::ElectronicLicence, {}, 0, QStringLiteral("L-1")});
    stored.status = CaseStatus::Accepted;
    stored.acceptanceNumber = QStringLiteral("JM0720200925002");
    stored.acceptedAt = at(25, 9);
    stored.deadline = QDate(2020, 9, 30);
    stored.history.append({CaseStatus::Accepted, at(25, 9), QStringLiteral("wangli"), {}});
    REQUIRE(f.cases.save(stored).ok());

    const auto back = f.cases.findByUuid(draft.uuid).value().value();
    CHECK(back.status == CaseStatus::Accepted);
    REQUIRE(back.materials.size() == 2);
    CHECK(back.materials.at(0).blobHashes.size() == 2);
    CHECK(back.history.size() == 2);
    CHECK(f.rows(QStringLiteral("case_materials")) == 2);
    CHECK(f.rows(QStringLiteral("case_material_blobs")) == 2);
    CHECK(f.rows(QStringLiteral("cases")) == 1);
}

TEST_CASE("A status update appends to the history and enqueues its report", "[storage][cases]")
{
    CaseFixture f;
    const CaseRecord record =
        acceptedCase(f.zhang, QStringLiteral("JM0720200925003"), at(25, 8), QDate(2020, 9, 30));
    REQUIRE(f.cases.save(record).ok());
    f.clock.advanceSeconds(7 * 3600);
    REQUIRE(
        f.cases
            .updateStatus(record.uuid,
                          {CaseStatus::Dispatched, {}, QStringLiteral("chengang"), QStringLiteral("slip 14")},
                          {operation(QStringLiteral("case.status"))})
            .ok());
    const auto back = f.cases.findByUuid(record.uuid).value().value();
    CHECK(back.status == CaseStatus::Dispatched);
    REQUIRE(back.history.size() == 3);
    CHECK(back.history.last().by == QStringLiteral("chengang"));
    CHECK(back.history.last().at == f.clock.now());
    CHECK(*f.outbox.countPending() == 1);
    CaseFilter filter; // the item list sees the new status
    filter.itemCode = QStringLiteral("GT-001");
    filter.statuses = {CaseStatus::Dispatched};
    CHECK(f.cases.list(filter)->size() == 1);
    filter.statuses = {CaseStatus::Accepted};
    CHECK(f.cases.list(filter)->isEmpty());

    const auto unknown = f.cases.updateStatus(QUuid::createUuid(), {CaseStatus::Completed, {}, {}, {}});
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == QLatin1String("storage.notFound"));
}

TEST_CASE("A failing case write leaves nothing behind, not even the outbox row", "[storage][cases]")
{
    CaseFixture f;
    CaseRecord record =
        acceptedCase(f.zhang, QStringLiteral("JM0720200925004"), at(25, 8), QDate(2020, 9, 30));
    SECTION("a material with a bad blob hash")
    {
        record.materials[2].blobHashes = {QStringLiteral("not-a-sha256")};
        const auto saved = f.cases.save(record, {operation(QStringLiteral("case.upsert"))});
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.error().code == QLatin1String("storage.sql"));
    }
    SECTION("an outbox operation that cannot be queued")
    {
        const OutboxOperation op = operation(QStringLiteral("case.upsert"));
        REQUIRE(f.outbox.enqueue(op).ok()); // same uuid twice: the second insert fails
        const auto saved = f.cases.save(record, {op});
        REQUIRE_FALSE(saved.ok());
        REQUIRE(f.outbox.markDone(op.uuid).ok());
        REQUIRE(*f.outbox.purgeDone() == 1);
    }
    SECTION("an unknown applicant")
    {
        record.applicantId = 999;
        CHECK_FALSE(f.cases.save(record, {operation(QStringLiteral("case.upsert"))}).ok());
    }
    CHECK_FALSE(f.cases.findByUuid(record.uuid)->has_value());
    for (const char* table :
         {"cases", "case_items", "case_materials", "case_material_blobs", "case_history", "outbox"})
        CHECK(f.rows(QString::fromLatin1(table)) == 0);
}

TEST_CASE("Cases are listed by nearest deadline and by filter", "[storage][cases]")
{
    CaseFixture f;
    CatalogStore catalog(*f.db);
    REQUIRE(catalog
                .upsert({item(QStringLiteral("GT-001"), QStringLiteral("个体工商户设立登记"),
                              QStringLiteral("市场监管局")),
                         item(QStringLiteral("WS-101"), QStringLiteral("医疗机构设置审批"),
                              QStringLiteral("卫生健康委员会"))})
                .ok());
    const struct
    {
        int day;
        CaseStatus status;
        QString item;
        QString window;
        qint64 applicant;
    } rows[] = {
        {21, CaseStatus::Accepted, QStringLiteral("GT-001"), QStringLiteral("07"), f.zhang},
        {22, CaseStatus::InProcess, QStringLiteral("WS-101"), QStringLiteral("12"), f.agent},
        {23, CaseStatus::Delivered, QStringLiteral("GT-001"), QStringLiteral("07"), f.zhang},
        {24, CaseStatus::Dispatched, QStringLiteral("WS-101"), QStringLiteral("07"), f.zhang},
        {25, CaseStatus::Refused, QStringLiteral("GT-001"), QStringLiteral("12"), f.agent},
        {28, CaseStatus::ReturnedForMaterials, QStringLiteral("WS-101"), QStringLiteral("07"), f.zhang},
    };
    QList<CaseRecord> records;
    for (const auto& row : rows) {
        CaseRecord record = acceptedCase(row.applicant, QStringLiteral("JM-%1").arg(row.day), at(row.day, 9),
                                         QDate(2020, 10, 40 - row.day), row.item);
        record.status = row.status;
        record.window = row.window;
        records.append(record);
    }
    REQUIRE(f.cases.saveAll(records).ok());

    const auto nearest = f.cases.listNearestDeadline(10);
    REQUIRE(nearest.ok());
    QStringList numbers;
    for (const CaseRecord& record : *nearest)
        numbers.append(record.acceptanceNumber);
    CHECK(numbers == QStringList{QStringLiteral("JM-24"), QStringLiteral("JM-22"), QStringLiteral("JM-21")});
    CHECK(f.cases.listNearestDeadline(1)->size() == 1);
    CHECK(nearest->at(0).materials.size() == 3); // full records

    const auto numbersOf = [&](const CaseFilter& filter) {
        QStringList result;
        const auto listed = f.cases.list(filter);
        REQUIRE(listed.ok());
        for (const CaseRecord& record : *listed)
            result.append(record.acceptanceNumber);
        return result;
    };
    CaseFilter filter;
    CHECK(numbersOf(filter).size() == 6);
    CHECK(numbersOf(filter).first() == QStringLiteral("JM-28")); // newest first
    filter.statuses = {CaseStatus::Accepted, CaseStatus::Refused};
    CHECK(numbersOf(filter) == QStringList{QStringLiteral("JM-25"), QStringLiteral("JM-21")});
    filter = CaseFilter{};
    filter.itemCode = QStringLiteral("WS-101");
    CHECK(numbersOf(filter) ==
          QStringList{QStringLiteral("JM-28"), QStringLiteral("JM-24"), QStringLiteral("JM-22")});
    filter.window = QStringLiteral("07");
    CHECK(numbersOf(filter) == QStringList{QStringLiteral("JM-28"), QStringLiteral("JM-24")});
    filter = CaseFilter{};
    filter.department = QStringLiteral("市场监管局");
    CHECK(numbersOf(filter) ==
          QStringList{QStringLiteral("JM-25"), QStringLiteral("JM-23"), QStringLiteral("JM-21")});
    filter = CaseFilter{};
    filter.acceptedFrom = QDate(2020, 9, 22);
    filter.acceptedTo = QDate(2020, 9, 24);
    CHECK(numbersOf(filter) ==
          QStringList{QStringLiteral("JM-24"), QStringLiteral("JM-23"), QStringLiteral("JM-22")});
    filter.limit = 2;
    CHECK(numbersOf(filter).size() == 2);

    const auto ofZhang = f.cases.listForApplicant(f.zhang);
    REQUIRE(ofZhang.ok());
    CHECK(ofZhang->size() == 4);
    CHECK(f.cases.listForApplicant(f.agent)->size() == 2);
}
