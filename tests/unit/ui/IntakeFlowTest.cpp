// The whole intake driven through the real widgets by keyboard, on a real SQLite file seeded with the
// demo data: a person with one item (SCENARIOS 2), an enterprise through its agent with a theme
// (SCENARIOS 3), a return for materials and a refusal (SCENARIOS 4); each ends with the case in the
// database with the right deadline and materials.

#include "core/AcceptanceNumber.h"
#include "core/Clock.h"
#include "core/RegionTable.h"
#include "core/WorkingCalendar.h"
#include "devices/IdCardData.h"
#include "devices/ScanClassifier.h"
#include "storage/BlobStore.h"
#include "storage/CaseStore.h"
#include "storage/CatalogStore.h"
#include "storage/Database.h"
#include "storage/DemoSeeder.h"
#include "storage/DraftStore.h"
#include "ui/intake/ApplicantStep.h"
#include "ui/intake/IntakePage.h"
#include "ui/intake/IntakeSession.h"
#include "ui/intake/ItemStep.h"
#include "ui/intake/MaterialsStep.h"
#include "ui/intake/OutcomePanel.h"
#include "ui/intake/PersonFields.h"
#include "ui/intake/ReviewStep.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QImage>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <catch2/catch.hpp>

using namespace ow;

namespace {

SiteConfig window7()
{
    SiteConfig site;
    site.hallName = QStringLiteral("荆门市政务服务中心");
    site.regionCode = QStringLiteral("420800");
    site.hall = 1;
    site.window = 7;
    site.staff = {QStringLiteral("wangli"), QStringLiteral("王丽"), StaffRole::Clerk};
    return site;
}

// A window with the demo data set on a real database file, and the intake page shown.
struct IntakeWindow
{
    QTemporaryDir dir;
    FixedClock clock{QDateTime(QDate(2026, 11, 26), QTime(8, 41))}; // a Thursday
    WorkingCalendar calendar = WorkingCalendar::withShippedArrangements();
    std::unique_ptr<Database> db;
    std::unique_ptr<BlobStore> blobs;
    std::unique_ptr<IntakeSession> session;
    std::unique_ptr<IntakePage> page;
    QSignalSpy* documents = nullptr;

    IntakeWindow()
    {
        db = Database::open(dir.filePath(QStringLiteral("onewindow.db"))).value();
        REQUIRE(DemoSeeder(*db, clock, calendar).seedIfEmpty());
        blobs = std::make_unique<BlobStore>(dir.path());
        session = std::make_unique<IntakeSession>(
            IntakeServices{db.get(), blobs.get(), &clock, &calendar, &RegionTable::builtIn(), window7()});
        page = std::make_unique<IntakePage>(
            *session, PrintSiteConfig{QStringLiteral("荆门市政务服务中心"), {}, {}, {}, {}, {}});
        CatalogStore catalog(*db);
        QList<ServiceItem> items;
        const QStringList departments = catalog.departments().value();
        for (const QString& department : departments)
            items += catalog.listByDepartment(department).value();
        page->setCatalog(items, catalog.listThemes().value(),
                         CaseStore(*db, clock).itemUsage(QStringLiteral("7")).value());
        documents = new QSignalSpy(page.get(), &IntakePage::documentsReady);
        page->resize(1400, 900);
        page->show();
        REQUIRE(QTest::qWaitForWindowExposed(page.get()));
        QApplication::setActiveWindow(page.get());
        page->startNew();
    }
    ~IntakeWindow() { delete documents; }

    QWidget* focus() const { return QApplication::focusWidget(); }
    void type(const QString& text) { QTest::keyClicks(focus(), text); }
    // Chinese arrives as the input method's commit, as it does at a real window.
    void typeChinese(const QString& text)
    {
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QApplication::sendEvent(focus(), &commit);
    }
    void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(focus(), k, modifiers);
    }

    QString writeJpeg(const QString& name)
    {
        QImage image(600, 800, QImage::Format_RGB32);
        image.fill(Qt::white);
        const QString path = dir.filePath(name);
        REQUIRE(image.save(path, "JPEG"));
        return path;
    }

    // The case the page recorded last, as stored, with the status expected.
    CaseRecord recorded(CaseStatus status)
    {
        REQUIRE(page->lastOutcome().has_value());
        const auto stored = CaseStore(*db, clock).findByUuid(page->lastOutcome()->record.uuid).value();
        REQUIRE(stored.has_value());
        CHECK(stored->status == status);
        return *stored;
    }
};

} // namespace

TEST_CASE("A person and one item, by keyboard, to the receipt", "[ui][intake]")
{
    IntakeWindow w;
    CHECK(w.focus() == w.page->applicantStep()->applicantFields()->idEdit());
    CHECK_FALSE(w.focus()->testAttribute(Qt::WA_InputMethodEnabled)); // no IME in number fields
    w.type(QStringLiteral("420802198603142131"));                     // a wrong check digit first
    CHECK_FALSE(w.page->applicantStep()->applicantFields()->validationText().isEmpty());
    w.key(Qt::Key_Backspace);
    w.type(QStringLiteral("0"));
    CHECK(w.page->applicantStep()->applicantFields()->validationText().isEmpty());
    w.key(Qt::Key_Return); // on to the name
    w.typeChinese(QStringLiteral("张伟"));
    // Known from the record: address and phone are offered again, not typed twice.
    CHECK_FALSE(w.session->draft().applicant.person.phone.isEmpty());
    CHECK(w.session->applicantFile().has_value());
    w.key(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(w.page->currentStep() == IntakeStep::Items);

    // 个体工商户 is ge ti gong shang hu: its initials are gtgsh (SCENARIOS' "gtsh" skips 工).
    w.type(QStringLiteral("gtgsh"));
    REQUIRE(w.page->itemStep()->resultList()->count() > 0);
    INFO(w.page->itemStep()->resultList()->item(0)->text().toStdString());
    w.key(Qt::Key_Return);
    CHECK(w.session->draft().itemCodes == QStringList{QStringLiteral("HB-JM-010001")}); // 个体工商户设立登记
    w.key(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(w.page->currentStep() == IntakeStep::Materials);

    // The application form: two pages from files; the ID card: the electronic licence; the premises
    // proof: under commitment.
    MaterialsStep* materials = w.page->materialsStep();
    materials->selectEntry(QStringLiteral("《个体工商户设立登记申请书》"));
    materials->importFiles({w.writeJpeg(QStringLiteral("p1.jpg")), w.writeJpeg(QStringLiteral("p2.jpg"))});
    QTest::keyClick(materials->checklistView(), Qt::Key_Down);
    QTest::keyClick(materials->checklistView(), Qt::Key_L, Qt::AltModifier);
    QTest::keyClick(materials->checklistView(), Qt::Key_Down);
    QTest::keyClick(materials->checklistView(), Qt::Key_C, Qt::AltModifier);
    CHECK(w.session->problems().isEmpty());
    QTest::keyClick(materials->checklistView(), Qt::Key_Return);
    REQUIRE(w.page->currentStep() == IntakeStep::Review);
    CHECK(w.page->reviewStep()->acceptButton()->isEnabled());

    QTest::keyClick(w.page.get(), Qt::Key_F5);
    REQUIRE(w.page->showingOutcome());
    const CaseRecord record = w.recorded(CaseStatus::Accepted);
    CHECK(w.page->outcomePanel()->numberText() == AcceptanceNumber::display(record.acceptanceNumber));
    CHECK(record.deadline == w.calendar.addWorkingDays(QDate(2026, 11, 26), 3).date); // Tuesday 1 December
    CHECK(record.deadline == QDate(2026, 12, 1));
    REQUIRE(record.materials.size() == 3);
    CHECK(record.materials.at(0).pageCount == 2);
    CHECK(record.materials.at(1).source == MaterialSource::ElectronicLicence);
    CHECK(record.materials.at(2).source == MaterialSource::Commitment);
    REQUIRE(w.documents->size() == 1);
    CHECK(w.documents->at(0).at(0).value<QList<PrintDocument>>().size() == 2); // receipt + commitment letter
    CHECK(DraftStore(*w.db).listForClerk(QStringLiteral("wangli"))->isEmpty());

    QTest::keyClick(w.page->outcomePanel(), Qt::Key_Return); // the next applicant
    CHECK(w.page->currentStep() == IntakeStep::Applicant);
    CHECK(w.session->draft().isEmpty());
}

TEST_CASE("An enterprise through its agent, with a theme, asks for the shared licence once", "[ui][intake]")
{
    IntakeWindow w;
    // The agent's business-licence QR code is scanned: the enterprise fills in from its file.
    ScanResult scan;
    scan.kind = ScanResult::Kind::CreditCode;
    scan.value = QStringLiteral("91420800MA49K7H33M");
    w.page->applyScan(scan);
    CHECK(w.page->applicantStep()->isEnterprise());
    CHECK(w.page->applicantStep()->enterpriseNameEdit()->text() == QStringLiteral("荆门康华医疗有限公司"));
    // Her own ID card identifies the agent.
    IdCardData card;
    card.name = QStringLiteral("刘芳");
    card.idNumber = QStringLiteral("420804199207081265");
    card.gender = IdCardData::Gender::Female;
    card.validFrom = QDate(2020, 1, 1);
    card.validUntil = QDate(2040, 1, 1);
    w.page->applyCard(card);
    REQUIRE(w.session->draft().agent.has_value());
    CHECK(w.session->draft().agent->name == QStringLiteral("刘芳"));
    w.page->applicantStep()->agentFields()->nameEdit()->setFocus();
    w.key(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(w.page->currentStep() == IntakeStep::Items);

    w.type(QStringLiteral("yljg"));
    REQUIRE(w.page->itemStep()->resultList()->count() > 0);
    CHECK(
        w.page->itemStep()->resultList()->item(0)->text().contains(QStringLiteral("我要办一级以下医疗机构")));
    w.key(Qt::Key_Return);
    CHECK(w.session->draft().themeCode == QStringLiteral("HB-JM-T001"));
    const int itemCount = static_cast<int>(w.session->draft().itemCodes.size());
    CHECK(itemCount == 7);
    w.key(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(w.page->currentStep() == IntakeStep::Materials);

    const QList<ChecklistEntry> checklist = w.session->checklist();
    int licenceEntries = 0;
    for (const ChecklistEntry& entry : checklist)
        licenceEntries += entry.name == QStringLiteral("营业执照") ? 1 : 0;
    CHECK(licenceEntries == 1);
    // Walk the checklist: the licence by the electronic licence, what allows it under commitment,
    // everything else seen in the original.
    MaterialsStep* materials = w.page->materialsStep();
    for (const ChecklistEntry& entry : checklist) {
        if (!entry.required)
            continue;
        materials->selectEntry(entry.name);
        const Qt::Key action = entry.licenceTypes.contains(QStringLiteral("营业执照")) ? Qt::Key_L
                               : entry.commitmentAllowed                               ? Qt::Key_C
                                                                                       : Qt::Key_O;
        QTest::keyClick(materials->checklistView(), action, Qt::AltModifier);
    }
    CHECK(w.session->problems().isEmpty());
    QTest::keyClick(w.page.get(), Qt::Key_F5); // to the review
    REQUIRE(w.page->currentStep() == IntakeStep::Review);
    QTest::keyClick(w.page.get(), Qt::Key_F5); // accept
    REQUIRE(w.page->showingOutcome());

    const CaseRecord record = w.recorded(CaseStatus::Accepted);
    CHECK(record.themeCode == QStringLiteral("HB-JM-T001"));
    CHECK(record.itemCodes.size() == itemCount);
    CHECK(record.agentId.has_value());
    int maxDays = 0;
    for (const ServiceItem& item : w.session->catalog()) {
        if (record.itemCodes.contains(item.code))
            maxDays = std::max(maxDays, item.promisedDays);
    }
    CHECK(record.deadline == w.calendar.addWorkingDays(QDate(2026, 11, 26), maxDays).date);
    const auto licence =
        std::find_if(record.materials.cbegin(), record.materials.cend(),
                     [](const CaseMaterial& m) { return m.requirementName == QStringLiteral("营业执照"); });
    REQUIRE(licence != record.materials.cend());
    CHECK(licence->source == MaterialSource::ElectronicLicence);
    CHECK(licence->reference.startsWith(QStringLiteral("营业执照:91420800MA49K7H33M")));
}

TEST_CASE("Missing materials: the one-time notice; a matter not handled here: a refusal", "[ui][intake]")
{
    IntakeWindow w;
    w.type(QStringLiteral("420802198603142130"));
    w.key(Qt::Key_Return);
    w.typeChinese(QStringLiteral("张伟"));
    w.key(Qt::Key_Return, Qt::ControlModifier);
    w.type(QStringLiteral("HB-JM-010001"));
    w.key(Qt::Key_Return);
    QTest::keyClick(w.page.get(), Qt::Key_F5);
    REQUIRE(w.page->currentStep() == IntakeStep::Review);
    CHECK_FALSE(w.page->reviewStep()->acceptButton()->isEnabled());
    CHECK(w.page->reviewStep()->problemsText().contains(QStringLiteral("《个体工商户设立登记申请书》")));
    QTest::keyClick(w.page.get(), Qt::Key_F6);
    REQUIRE(w.page->showingOutcome());
    const CaseRecord returned = w.recorded(CaseStatus::ReturnedForMaterials);
    CHECK(returned.history.at(0).note.contains(QStringLiteral("经营场所使用证明")));
    CHECK(w.page->outcomePanel()->detailText().contains(QStringLiteral("申请人居民身份证")));

    w.page->startNew();
    w.type(QStringLiteral("420802198603142130"));
    w.key(Qt::Key_Return);
    w.typeChinese(QStringLiteral("张伟"));
    w.page->goTo(IntakeStep::Review);
    w.page->refuseWith(IntakeRecorder::refusalReasons().at(0), QStringLiteral("请向户籍地办理"));
    REQUIRE(w.page->showingOutcome());
    const CaseRecord refused = w.recorded(CaseStatus::Refused);
    CHECK(refused.history.at(0).note.endsWith(QStringLiteral("请向户籍地办理")));
    CHECK_FALSE(refused.deadline.isValid());
}

TEST_CASE("An unfinished intake comes back exactly as it was, for its clerk only", "[ui][intake]")
{
    IntakeWindow w;
    w.type(QStringLiteral("420802198603142130"));
    w.key(Qt::Key_Return);
    w.typeChinese(QStringLiteral("张伟"));
    w.key(Qt::Key_Return, Qt::ControlModifier);
    w.type(QStringLiteral("gtgshsl"));
    w.key(Qt::Key_Return);
    w.key(Qt::Key_Return, Qt::ControlModifier);
    w.page->materialsStep()->selectEntry(QStringLiteral("《个体工商户设立登记申请书》"));
    w.page->materialsStep()->importFiles({w.writeJpeg(QStringLiteral("form.jpg"))});
    const IntakeDraft before = w.session->draft();

    // A second window on the same database file, as after a restart.
    IntakeSession other(
        IntakeServices{w.db.get(), w.blobs.get(), &w.clock, &w.calendar, &RegionTable::builtIn(), window7()});
    const QList<IntakeDraft> stored = other.storedDrafts();
    REQUIRE(stored.size() == 1);
    CHECK(stored.at(0).uuid == before.uuid);
    CHECK(stored.at(0).step == IntakeStep::Materials);
    CHECK(stored.at(0).applicant.person.name == QStringLiteral("张伟"));
    CHECK(stored.at(0).itemCodes == before.itemCodes);
    CHECK(stored.at(0).materials == before.materials);
    CHECK(w.blobs->exists(stored.at(0).materials.at(0).blobHashes.at(0)));

    SiteConfig afternoon = window7();
    afternoon.staff = {QStringLiteral("liqiang"), QStringLiteral("李强"), StaffRole::Clerk};
    IntakeSession liqiang(
        IntakeServices{w.db.get(), w.blobs.get(), &w.clock, &w.calendar, &RegionTable::builtIn(), afternoon});
    CHECK(liqiang.storedDrafts().isEmpty());
    CHECK_FALSE(liqiang.resume(stored.at(0)));
}

// With OW_SHOTS=<directory> (and OW_SHOTS_QM=<onewindow_zh_CN.qm> for Chinese), saves a PNG of every
// step of the enterprise intake for a person to look at; without it only walks the steps.
TEST_CASE("screenshots of every intake step", "[ui][intake][shots]")
{
    const QLocale previousLocale;
    QTranslator translator;
    const QString qm = qEnvironmentVariable("OW_SHOTS_QM");
    if (!qm.isEmpty() && translator.load(qm)) {
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    }
    {
        IntakeWindow w;
        w.page->resize(1400, 860);
        const QString dir = qEnvironmentVariable("OW_SHOTS");
        const auto shoot = [&](const char* name) {
            QCoreApplication::processEvents();
            if (!dir.isEmpty())
                REQUIRE(w.page->grab().save(dir + QLatin1Char('/') + QLatin1String(name)));
        };
        if (!dir.isEmpty())
            REQUIRE(QDir().mkpath(dir));
        ScanResult scan;
        scan.kind = ScanResult::Kind::CreditCode;
        scan.value = QStringLiteral("91420800MA49K7H33M");
        w.page->applyScan(scan);
        IdCardData card;
        card.name = QStringLiteral("刘芳");
        card.idNumber = QStringLiteral("420804199207081265");
        card.gender = IdCardData::Gender::Female;
        card.ethnicity = QStringLiteral("汉");
        card.birthDate = QDate(1992, 7, 8);
        card.validFrom = QDate(2016, 1, 1);
        card.validUntil = QDate(2036, 1, 1);
        w.page->applyCard(card);
        shoot("intake-1-applicant.png");
        w.page->goTo(IntakeStep::Items);
        w.type(QStringLiteral("yljg"));
        shoot("intake-2-items-search.png");
        w.key(Qt::Key_Return);
        shoot("intake-2-items-theme.png");
        w.page->goTo(IntakeStep::Materials);
        MaterialsStep* materials = w.page->materialsStep();
        materials->selectEntry(QStringLiteral("《医疗机构设置审批申请表》"));
        materials->importFiles(
            {w.writeJpeg(QStringLiteral("form1.jpg")), w.writeJpeg(QStringLiteral("form2.jpg"))});
        materials->selectEntry(QStringLiteral("营业执照"));
        QTest::keyClick(materials->checklistView(), Qt::Key_L, Qt::AltModifier);
        shoot("intake-3-materials.png");
        for (const ChecklistEntry& entry : w.session->checklist()) {
            if (!entry.required || w.session->draft().choiceFor(entry.name))
                continue;
            materials->selectEntry(entry.name);
            QTest::keyClick(materials->checklistView(), entry.commitmentAllowed ? Qt::Key_C : Qt::Key_O,
                            Qt::AltModifier);
        }
        w.page->goTo(IntakeStep::Review);
        shoot("intake-4-review.png");
        QTest::keyClick(w.page.get(), Qt::Key_F5);
        REQUIRE(w.page->showingOutcome());
        shoot("intake-5-accepted.png");
    }
    QCoreApplication::removeTranslator(&translator);
    QLocale::setDefault(previousLocale);
}
