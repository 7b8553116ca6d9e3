#include "StorageFixtures.h"
#include "core/AcceptanceNumber.h"
#include "core/QueryCode.h"
#include "storage/ApplicantFile.h"
#include "storage/ApplicantStore.h"
#include "storage/AuditLog.h"
#include "storage/CaseStore.h"
#include "storage/DraftStore.h"
#include "storage/IntakeRecorder.h"
#include "storage/LicenceStore.h"
#include "storage/OutboxStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace ow;
using namespace ow::test;

namespace {

SiteConfig window7()
{
    SiteConfig site;
    site.hallName = QStringLiteral("荆门市政务服务中心");
    site.regionCode = QStringLiteral("420802");
    site.hall = 1;
    site.window = 7;
    site.staff = {QStringLiteral("wangli"), QStringLiteral("王丽"), StaffRole::Clerk};
    return site;
}

IntakeDraft draftFor(const QString& clerk)
{
    IntakeDraft draft;
    draft.uuid = QUuid::createUuid();
    draft.clerk = clerk;
    draft.window = QStringLiteral("7");
    draft.applicant = person(QStringLiteral("420802198603142130"), QStringLiteral("张伟"));
    draft.itemCodes = {QStringLiteral("GT-001")};
    return draft;
}

struct IntakeFixture : TempDatabase
{
    WorkingCalendar calendar = WorkingCalendar::withShippedArrangements();
    QRandomGenerator random{42};
    IntakeRecorder recorder{*db, clock, calendar, window7(), random};
    DraftStore drafts{*db};
    QList<ServiceItem> items{item(QStringLiteral("GT-001"), QStringLiteral("个体工商户设立登记"),
                                  QStringLiteral("市场监督管理局"))};

    int rows(const QString& sql)
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }
};

} // namespace

TEST_CASE("Drafts are kept per clerk and replaced on every save", "[intake]")
{
    TempDatabase t;
    DraftStore store(*t.db);
    IntakeDraft mine = draftFor(QStringLiteral("wangli"));
    IntakeDraft theirs = draftFor(QStringLiteral("liqiang"));
    REQUIRE(store.save(mine));
    REQUIRE(store.save(theirs));
    mine.step = IntakeStep::Materials;
    mine.materials = {{QStringLiteral("申请书"), MaterialSource::Pages, {QString(64, QLatin1Char('c'))}, {}}};
    REQUIRE(store.save(mine));

    auto listed = store.listForClerk(QStringLiteral("wangli"));
    REQUIRE(listed);
    REQUIRE(listed->size() == 1);
    CHECK(listed->at(0).uuid == mine.uuid);
    CHECK(listed->at(0).step == IntakeStep::Materials);
    CHECK(listed->at(0).materials == mine.materials);
    CHECK(store.listForClerk(QStringLiteral("liqiang"))->size() == 1);
    CHECK(store.listForClerk(QStringLiteral("zhaomin"))->isEmpty());

    REQUIRE(store.remove(mine.uuid));
    CHECK(store.listForClerk(QStringLiteral("wangli"))->isEmpty());
    CHECK_FALSE(store.find(mine.uuid)->has_value());
}

TEST_CASE("Accepting stores the numbered case, its outbox, its audit entry, and drops the draft", "[intake]")
{
    IntakeFixture f;
    IntakeDraft draft = draftFor(QStringLiteral("wangli"));
    const QString page1 = sha256Hex("form page 1"), page2 = sha256Hex("form page 2");
    draft.materials = {{QStringLiteral("申请书"), MaterialSource::Pages, {page1, page2}, {}},
                       {QStringLiteral("身份证明"),
                        MaterialSource::ElectronicLicence,
                        {},
                        QStringLiteral("居民身份证:420802198603142130")},
                       {QStringLiteral("经营场所证明"), MaterialSource::Commitment, {}, {}}};
    REQUIRE(f.drafts.save(draft));

    auto outcome = f.recorder.accept(draft, f.items);
    REQUIRE(outcome);
    // Friday 25 September 2020: Sunday 27 was a make-up working day before National Day, so three
    // working days later is Tuesday 29 September.
    CHECK(outcome->deadline.date == QDate(2020, 9, 29));
    CHECK_FALSE(outcome->deadline.provisional);
    CHECK(outcome->record.acceptanceNumber ==
          AcceptanceNumber::compose({QStringLiteral("420802"), 1, 7, QDate(2020, 9, 25), 1}).value());
    CHECK(outcome->queryCode.size() == QueryCode::length);
    CHECK(outcome->commitmentDue.date.isValid());
    CHECK(outcome->commitmentDue.date <= outcome->deadline.date);

    auto stored = CaseStore(*f.db, f.clock).findByUuid(draft.uuid);
    REQUIRE(stored);
    REQUIRE(stored->has_value());
    const CaseRecord& record = **stored;
    CHECK(record.status == CaseStatus::Accepted);
    CHECK(record.deadline == QDate(2020, 9, 29));
    CHECK(record.queryCodeHash == QueryCode::digest(outcome->queryCode));
    REQUIRE(record.materials.size() == 3);
    CHECK(record.materials.at(0).blobHashes == QStringList{page1, page2});
    CHECK(record.materials.at(0).pageCount == 2);
    CHECK(record.materials.at(2).source == MaterialSource::Commitment);
    REQUIRE(record.history.size() == 1);
    CHECK(record.history.at(0).by == QStringLiteral("wangli"));

    // Two page uploads, then the case.
    auto due = OutboxStore(*f.db, f.clock).listDue(10);
    REQUIRE(due);
    REQUIRE(due->size() == 3);
    CHECK(due->at(0).kind == QStringLiteral("material.upload"));
    CHECK(due->at(0).dependsOnBlob == page1);
    CHECK(due->at(2).kind == QStringLiteral("case.upsert"));
    const QJsonObject payload = QJsonDocument::fromJson(due->at(2).payload).object();
    CHECK(payload.value(QLatin1String("acceptanceNumber")).toString() == record.acceptanceNumber);
    CHECK(payload.value(QLatin1String("applicant")).toObject().value(QLatin1String("name")).toString() ==
          QStringLiteral("张伟"));

    auto audit = AuditLog(*f.db, f.clock).list(10, draft.uuid);
    REQUIRE(audit);
    REQUIRE(audit->size() == 1);
    CHECK(audit->at(0).action == QStringLiteral("case.accept"));
    CHECK_FALSE(audit->at(0).detail.contains(QStringLiteral("420802198603142130")));
    CHECK(f.drafts.listForClerk(QStringLiteral("wangli"))->isEmpty());

    // The next case of the day gets the next number.
    IntakeDraft second = draftFor(QStringLiteral("wangli"));
    second.materials = draft.materials;
    auto next = f.recorder.accept(second, f.items);
    REQUIRE(next);
    CHECK(AcceptanceNumber::parse(next->record.acceptanceNumber)->sequence == 2);
}

TEST_CASE("A failed acceptance leaves nothing behind and keeps the draft", "[intake]")
{
    IntakeFixture f;
    IntakeDraft draft = draftFor(QStringLiteral("wangli"));
    draft.materials = {{QStringLiteral("申请书"), MaterialSource::Pages, {QStringLiteral("not-a-hash")}, {}}};
    REQUIRE(f.drafts.save(draft));
    CHECK_FALSE(f.recorder.accept(draft, f.items)); // the blob hash violates the schema's check
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM cases")) == 0);
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM outbox")) == 0);
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM audit_log")) == 0);
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM acceptance_sequences")) == 0);
    CHECK(f.drafts.listForClerk(QStringLiteral("wangli"))->size() == 1);
}

TEST_CASE("Refusals and returns are cases of their own, without a deadline", "[intake]")
{
    IntakeFixture f;
    IntakeDraft refused = draftFor(QStringLiteral("wangli"));
    auto outcome =
        f.recorder.refuse(refused, IntakeRecorder::refusalReasons().at(0), QStringLiteral("户籍不在本市"));
    REQUIRE(outcome);
    CHECK(outcome->record.status == CaseStatus::Refused);
    CHECK_FALSE(outcome->record.deadline.isValid());
    CHECK(outcome->queryCode.isEmpty());
    CHECK(outcome->record.history.at(0).note.endsWith(QStringLiteral("户籍不在本市")));

    IntakeDraft returned = draftFor(QStringLiteral("wangli"));
    returned.materials = {{QStringLiteral("申请书"), MaterialSource::OriginalSeen, {}, {}}};
    outcome = f.recorder.returnForMaterials(returned, f.items);
    REQUIRE(outcome);
    CHECK(outcome->record.status == CaseStatus::ReturnedForMaterials);
    CHECK(outcome->missingMaterials ==
          QStringList{QStringLiteral("身份证明"), QStringLiteral("经营场所证明")});
    auto stored = CaseStore(*f.db, f.clock).findByUuid(returned.uuid);
    REQUIRE(stored->has_value());
    CHECK((*stored)->status == CaseStatus::ReturnedForMaterials);
    CHECK(AuditLog(*f.db, f.clock).list(10, returned.uuid)->at(0).action == QStringLiteral("case.return"));
}

TEST_CASE("The applicant's file offers earlier pages, licences and contact details", "[intake]")
{
    IntakeFixture f;
    IntakeDraft earlier = draftFor(QStringLiteral("wangli"));
    const QString lease = sha256Hex("lease");
    earlier.materials = {{QStringLiteral("《经营场所证明》"), MaterialSource::Pages, {lease}, {}},
                         {QStringLiteral("申请书"), MaterialSource::OriginalSeen, {}, {}}};
    REQUIRE(f.recorder.accept(earlier, f.items));
    IntakeDraft refused = draftFor(QStringLiteral("wangli"));
    refused.materials = {{QStringLiteral("户口簿"), MaterialSource::Pages, {sha256Hex("x")}, {}}};
    REQUIRE(f.recorder.refuse(refused, QStringLiteral("r"), {}));

    auto applicantId = ApplicantStore(*f.db, f.clock).findByIdNumber(QStringLiteral("420802198603142130"));
    REQUIRE(applicantId->has_value());
    REQUIRE(LicenceStore(*f.db).replaceFor((*applicantId)->id, {{QStringLiteral("居民身份证"),
                                                                 QStringLiteral("420802198603142130"),
                                                                 QStringLiteral("荆门市公安局"),
                                                                 QStringLiteral("A"),
                                                                 {}}}));

    auto file =
        ApplicantFile(*f.db, f.clock).load(ApplicantKind::Person, QStringLiteral("420802198603142130"));
    REQUIRE(file);
    REQUIRE(file->has_value());
    const ApplicantFileView& view = **file;
    CHECK(view.cases.size() == 2);
    REQUIRE(view.reusable.size() == 1); // not the refused case's pages
    CHECK(view.reusable.at(0).blobHashes == QStringList{lease});
    CHECK(view.reusable.at(0).fromCase == earlier.uuid);
    CHECK(view.licences.size() == 1);
    CHECK_FALSE(view.contacts.isEmpty());
    CHECK_FALSE(ApplicantFile(*f.db, f.clock)
                    .load(ApplicantKind::Person, QStringLiteral("11010519491231002X"))
                    ->has_value());
}
