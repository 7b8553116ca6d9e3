// The materials step: the merged checklist of two items, pages imported, refused, reordered and
// deleted with the keyboard, the other ways (licence, record, original seen, commitment) chosen with
// Alt keys, Enter and Esc, and the draft saved with every change.

#include "ui/intake/MaterialsStep.h"

#include "core/Clock.h"
#include "core/RegionTable.h"
#include "core/WorkingCalendar.h"
#include "storage/ApplicantStore.h"
#include "storage/BlobStore.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/DraftStore.h"
#include "storage/LicenceStore.h"
#include "tests/unit/storage/StorageFixtures.h"
#include "ui/intake/IntakeSession.h"
#include "ui/intake/PagePreviewDialog.h"
#include "ui/intake/PageStrip.h"

#include <QApplication>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <catch2/catch.hpp>

using namespace ow;

namespace {

const QString soleTrader = QStringLiteral("HB-JM-010001");
const QString foodLicence = QStringLiteral("HB-JM-010028");
const QString applicationForm = QStringLiteral("申请书");
const QString identity = QStringLiteral("身份证明");
const QString premises = QStringLiteral("经营场所证明");
const QString foodRules = QStringLiteral("食品安全管理制度");
const QString healthCertificate = QStringLiteral("健康证明");

QList<ServiceItem> catalog()
{
    ServiceItem trader;
    trader.code = soleTrader;
    trader.name = QStringLiteral("个体工商户设立登记");
    trader.department = QStringLiteral("市场监督管理局");
    trader.promisedDays = 3;
    trader.materials = {
        MaterialRequirement{applicationForm, MaterialForm::Original, 1, true, {}, false},
        MaterialRequirement{identity, MaterialForm::Copy, 1, true, {QStringLiteral("居民身份证")}, false},
        MaterialRequirement{premises, MaterialForm::Copy, 1, true, {}, true},
    };
    ServiceItem food;
    food.code = foodLicence;
    food.name = QStringLiteral("食品经营许可");
    food.department = QStringLiteral("市场监督管理局");
    food.promisedDays = 10;
    food.materials = {
        MaterialRequirement{QStringLiteral("《经营场所证明》"), MaterialForm::Original, 2, true, {}, true},
        MaterialRequirement{foodRules, MaterialForm::Original, 1, true, {}, false},
        MaterialRequirement{healthCertificate, MaterialForm::Copy, 1, false, {}, false},
    };
    return {trader, food};
}

SiteConfig site()
{
    SiteConfig config;
    config.hallName = QStringLiteral("荆门市民之家");
    config.regionCode = QStringLiteral("420802");
    config.hall = 1;
    config.window = 7;
    config.staff = StaffMember{QStringLiteral("wangli"), QStringLiteral("王丽"), StaffRole::Clerk};
    return config;
}

// A session on a real database and blob store in a temporary folder, with both items chosen.
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<BlobStore> blobs;
    FixedClock clock{QDateTime(QDate(2024, 3, 12), QTime(9, 15))};
    WorkingCalendar calendar = WorkingCalendar::withShippedArrangements();
    std::unique_ptr<IntakeSession> session;

    Fixture()
    {
        REQUIRE(dir.isValid());
        auto opened = Database::open(dir.filePath(QStringLiteral("onewindow.db")));
        if (!opened)
            FAIL(opened.error().message.toStdString());
        db = std::move(opened).value();
        blobs = std::make_unique<BlobStore>(dir.path());
        session = std::make_unique<IntakeSession>(
            IntakeServices{db.get(), blobs.get(), &clock, &calendar, &RegionTable::builtIn(), site()});
        session->setCatalog(catalog(), {});
        REQUIRE(session->addItem(soleTrader));
        REQUIRE(session->addItem(foodLicence));
    }

    // A real JPEG of a page with a number on it.
    QString jpeg(const QString& name, int number)
    {
        QImage image(620, 877, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        QFont font = painter.font();
        font.setPixelSize(200);
        painter.setFont(font);
        painter.drawText(image.rect(), Qt::AlignCenter, QString::number(number));
        painter.end();
        const QString path = dir.filePath(name);
        REQUIRE(image.save(path, "JPEG"));
        return path;
    }

    QString file(const QString& name, const QByteArray& content)
    {
        const QString path = dir.filePath(name);
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(content);
        return path;
    }

    // 张伟 with his ID card in the licence library and an accepted case whose application form (2
    // pages) can be reused.
    Applicant seedApplicant()
    {
        Applicant applicant = test::person(QStringLiteral("420802198603142130"), QStringLiteral("张伟"));
        auto id = ApplicantStore(*db, clock).upsert(applicant);
        REQUIRE(id);
        applicant.id = *id;
        REQUIRE(LicenceStore(*db).replaceFor(
            *id, {ElectronicLicence{QStringLiteral("居民身份证"), applicant.person.idNumber,
                                    QStringLiteral("荆门市公安局东宝分局"), QStringLiteral("A"),
                                    QDate(2035, 6, 1)}}));
        REQUIRE(
            CaseStore(*db, clock)
                .save(test::acceptedCase(*id, QStringLiteral("4208020107202303150001"),
                                         QDateTime(QDate(2023, 3, 15), QTime(10, 0)), QDate(2023, 3, 20))));
        return applicant;
    }

    QStringList pagesOf(const QString& name) const
    {
        const MaterialChoice* choice = session->draft().choiceFor(name);
        return choice ? choice->blobHashes : QStringList{};
    }
};

void showActive(QWidget& widget)
{
    widget.resize(1100, 760);
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    widget.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&widget));
}

QPushButton* button(MaterialsStep& step, const char* name)
{
    auto* found = step.findChild<QPushButton*>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

PageStrip* strip(MaterialsStep& step)
{
    auto* found = step.findChild<PageStrip*>(QStringLiteral("pageStrip"));
    REQUIRE(found);
    return found;
}

QString selectedName(MaterialsStep& step)
{
    return step.checklistView()->currentIndex().siblingAtColumn(0).data().toString();
}

void dropFiles(QWidget* target, const QStringList& paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString& path : paths)
        urls.append(QUrl::fromLocalFile(path));
    mime.setUrls(urls);
    const QPointF at(target->width() / 2.0, target->height() / 2.0);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QCoreApplication::processEvents(); // the strip hands drops on after the drag
}

} // namespace

TEST_CASE("the materials step shows the merged checklist with its states", "[ui][intake][materials]")
{
    Fixture f;
    MaterialsStep step(*f.session);
    showActive(step);
    QAbstractItemView* view = step.checklistView();
    REQUIRE(view->model()->rowCount() == 5); // 经营场所证明 and 《经营场所证明》 are one entry
    CHECK(view->hasFocus());
    CHECK(selectedName(step) == applicationForm); // the first missing required entry

    const QModelIndex premisesRow = view->model()->index(2, 0);
    CHECK(premisesRow.data().toString() == premises);
    CHECK(premisesRow.siblingAtColumn(1).data().toString() == QStringLiteral("Original and copy, 2 copies"));
    CHECK(premisesRow.siblingAtColumn(3).data().toString() == QStringLiteral("All 2 items"));
    CHECK(premisesRow.siblingAtColumn(3)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("食品经营许可")));
    CHECK(view->model()->index(4, 2).data().toString() == QStringLiteral("Optional"));
    CHECK(step.entryStateText(applicationForm) == QStringLiteral("Missing"));
    CHECK(view->model()->index(0, 4).data(Qt::ForegroundRole).isValid()); // missing and required: coloured
    CHECK_FALSE(view->model()->index(4, 4).data(Qt::ForegroundRole).isValid());

    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Down);
    CHECK(selectedName(step) == premises);
    CHECK(step.findChild<QGroupBox*>(QStringLiteral("materialDetail"))->title() == premises);
}

TEST_CASE("pages are imported, refused, reordered, deleted and previewed", "[ui][intake][materials]")
{
    Fixture f;
    MaterialsStep step(*f.session);
    showActive(step);
    QAbstractItemView* view = step.checklistView();
    const QString first = f.jpeg(QStringLiteral("page-1.jpg"), 1);
    const QString second = f.jpeg(QStringLiteral("page-2.jpg"), 2);

    // Ctrl+O in the checklist opens the file dialog for the selected entry.
    QTest::keyClick(view, Qt::Key_O, Qt::ControlModifier);
    auto* dialog = step.findChild<QFileDialog*>(QStringLiteral("materialImportDialog"));
    REQUIRE(dialog);
    CHECK(dialog->fileMode() == QFileDialog::ExistingFiles);
    emit dialog->filesSelected({first});
    dialog->close();
    CHECK(step.entryStateText(applicationForm) == QStringLiteral("1 page(s)"));
    REQUIRE(f.pagesOf(applicationForm).size() == 1);
    CHECK(f.blobs->exists(f.pagesOf(applicationForm).first()));
    CHECK_FALSE(step.lastMessageIsError());
    CHECK(strip(step)->count() == 1);

    SECTION("a Word document named 身份证.jpg is refused and changes nothing")
    {
        const IntakeDraft before = f.session->draft();
        const QString word =
            f.file(QStringLiteral("身份证.jpg"),
                   QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(4096, '\0'));
        step.importFiles({word});
        CHECK(step.lastMessageIsError());
        CHECK(step.lastMessage().contains(QStringLiteral("身份证.jpg")));
        CHECK(step.lastMessage().contains(QStringLiteral("not an image")));
        CHECK(step.findChild<QWidget*>(QStringLiteral("materialMessageBar"))->isVisible());
        CHECK(f.session->draft().materials == before.materials);
        CHECK(selectedName(step) == applicationForm);
        CHECK(step.entryStateText(applicationForm) == QStringLiteral("1 page(s)"));
    }

    SECTION("an empty file is refused")
    {
        step.importFiles({f.file(QStringLiteral("scan.pdf"), {})});
        CHECK(step.lastMessage().contains(QStringLiteral("empty")));
        CHECK(f.pagesOf(applicationForm).size() == 1);
    }

    SECTION("dropped files are added; the keyboard reorders, deletes and previews")
    {
        dropFiles(&step, {second});
        const QStringList added = f.pagesOf(applicationForm);
        REQUIRE(added.size() == 2);
        CHECK(step.entryStateText(applicationForm) == QStringLiteral("2 page(s)"));

        PageStrip* pages = strip(step);
        pages->setFocus();
        pages->setCurrentPage(0);
        QTest::keyClick(pages, Qt::Key_Right, Qt::ControlModifier);
        CHECK(f.pagesOf(applicationForm) == QStringList{added.at(1), added.at(0)});
        CHECK(pages->currentPage() == 1);
        CHECK(pages->pages() == f.pagesOf(applicationForm));
        QTest::keyClick(pages, Qt::Key_Left, Qt::ControlModifier);
        CHECK(f.pagesOf(applicationForm) == added);
        CHECK(pages->currentPage() == 0);

        QTest::keyClick(pages, Qt::Key_Space);
        auto* preview = step.findChild<PagePreviewDialog*>(QStringLiteral("pagePreview"));
        REQUIRE(preview);
        CHECK(preview->hasImage());
        preview->close();

        QTest::keyClick(pages, Qt::Key_Delete);
        CHECK(f.pagesOf(applicationForm) == QStringList{added.at(1)});
        CHECK(step.entryStateText(applicationForm) == QStringLiteral("1 page(s)"));
        QTest::keyClick(pages, Qt::Key_Delete);
        CHECK(f.pagesOf(applicationForm).isEmpty());
        CHECK(step.entryStateText(applicationForm) == QStringLiteral("Missing"));
    }

    SECTION("a camera picture becomes a JPEG page")
    {
        QImage still(400, 300, QImage::Format_RGB32);
        still.fill(Qt::lightGray);
        step.addCapturedImage(still);
        REQUIRE(f.pagesOf(applicationForm).size() == 2);
        const auto stored = f.blobs->get(f.pagesOf(applicationForm).at(1));
        REQUIRE(stored);
        CHECK(stored->startsWith("\xFF\xD8\xFF"));
    }
}

TEST_CASE("original seen and commitment are chosen with Alt keys, and the draft is saved",
          "[ui][intake][materials]")
{
    Fixture f;
    MaterialsStep step(*f.session);
    showActive(step);
    QAbstractItemView* view = step.checklistView();

    step.selectEntry(premises);
    CHECK(button(step, "materialCommitment")->isEnabled());
    QTest::keyClick(view, Qt::Key_C, Qt::AltModifier);
    CHECK(step.entryStateText(premises) == QStringLiteral("Under commitment"));
    CHECK(view->hasFocus());

    step.selectEntry(applicationForm);
    CHECK_FALSE(button(step, "materialCommitment")->isEnabled());
    QTest::keyClick(view, Qt::Key_C, Qt::AltModifier);
    CHECK(f.session->draft().choiceFor(applicationForm) == nullptr);
    CHECK(step.lastMessageIsError());
    CHECK(step.lastMessage().contains(QStringLiteral("commitment")));

    QTest::keyClick(view, Qt::Key_O, Qt::AltModifier);
    CHECK(step.entryStateText(applicationForm) == QStringLiteral("Original seen and returned"));
    CHECK(button(step, "materialClear")->isEnabled());

    step.selectEntry(foodRules);
    QTest::keyClick(view, Qt::Key_O, Qt::AltModifier);
    QTest::keyClick(view, Qt::Key_M, Qt::AltModifier); // and back to missing
    CHECK(step.entryStateText(foodRules) == QStringLiteral("Missing"));
    QTest::keyClick(view, Qt::Key_O, Qt::AltModifier);

    auto drafts = DraftStore(*f.db).listForClerk(QStringLiteral("wangli"));
    REQUIRE(drafts);
    REQUIRE(drafts->size() == 1);
    CHECK(drafts->first().uuid == f.session->draft().uuid);
    CHECK(drafts->first().materials == f.session->draft().materials);
    CHECK(drafts->first().materials.size() == 3);
}

TEST_CASE("Enter goes to the next missing material, then on; Esc goes back", "[ui][intake][materials]")
{
    Fixture f;
    MaterialsStep step(*f.session);
    showActive(step);
    QAbstractItemView* view = step.checklistView();
    QSignalSpy finished(&step, &MaterialsStep::finished);
    QSignalSpy back(&step, &MaterialsStep::backRequested);

    QTest::keyClick(view, Qt::Key_O, Qt::AltModifier); // 申请书
    QTest::keyClick(view, Qt::Key_Return);
    CHECK(selectedName(step) == identity);
    CHECK(finished.isEmpty());
    QTest::keyClick(view, Qt::Key_O, Qt::AltModifier);
    QTest::keyClick(view, Qt::Key_Return);
    CHECK(selectedName(step) == premises);
    QTest::keyClick(view, Qt::Key_C, Qt::AltModifier);
    QTest::keyClick(view, Qt::Key_Return);
    CHECK(selectedName(step) == foodRules);
    QTest::keyClick(view, Qt::Key_O, Qt::AltModifier);
    CHECK(finished.isEmpty());
    QTest::keyClick(view, Qt::Key_Return); // nothing required is missing (健康证明 is optional)
    CHECK(finished.size() == 1);

    QTest::keyClick(view, Qt::Key_Escape);
    CHECK(back.size() == 1);
}

TEST_CASE("an electronic licence and a file of the record satisfy materials", "[ui][intake][materials]")
{
    Fixture f;
    const Applicant applicant = f.seedApplicant();

    MaterialsStep step(*f.session);
    showActive(step);
    QAbstractItemView* view = step.checklistView();
    step.selectEntry(identity);
    CHECK_FALSE(button(step, "materialLicence")->isEnabled()); // no applicant yet
    f.session->setApplicant(applicant);
    REQUIRE(f.session->applicantFile());
    CHECK(selectedName(step) == identity);
    REQUIRE(button(step, "materialLicence")->isEnabled());
    CHECK(step.findChild<QLabel*>(QStringLiteral("materialLicenceInfo"))
              ->text()
              .contains(QStringLiteral("trust level A")));
    QTest::keyClick(view, Qt::Key_L, Qt::AltModifier);
    const MaterialChoice* licence = f.session->draft().choiceFor(identity);
    REQUIRE(licence);
    CHECK(licence->source == MaterialSource::ElectronicLicence);
    CHECK(licence->reference == QStringLiteral("居民身份证:420802198603142130"));
    CHECK(step.entryStateText(identity).contains(QStringLiteral("Electronic licence 居民身份证")));

    step.selectEntry(applicationForm);
    QTest::keyClick(view, Qt::Key_R, Qt::AltModifier);
    const MaterialChoice* reused = f.session->draft().choiceFor(applicationForm);
    REQUIRE(reused);
    CHECK(reused->source == MaterialSource::Reused);
    CHECK(reused->blobHashes.size() == 2);
    CHECK(step.entryStateText(applicationForm) ==
          QStringLiteral("Reused from case 4208020107202303150001, 2 page(s)"));

    step.selectEntry(foodRules); // nothing on record for it
    CHECK_FALSE(button(step, "materialReuse")->isEnabled());
    QTest::keyClick(view, Qt::Key_R, Qt::AltModifier);
    CHECK(f.session->draft().choiceFor(foodRules) == nullptr);
    CHECK(step.lastMessageIsError());
}

TEST_CASE("the materials step renders with a few states filled", "[.][screenshot][materials]")
{
    Fixture f;
    MaterialsStep step(*f.session);
    showActive(step);
    step.importFiles({f.jpeg(QStringLiteral("p1.jpg"), 1), f.jpeg(QStringLiteral("p2.jpg"), 2),
                      f.file(QStringLiteral("lease.pdf"),
                             QByteArray("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n") + QByteArray(200, ' '))});
    step.selectEntry(premises);
    QTest::keyClick(step.checklistView(), Qt::Key_C, Qt::AltModifier);
    step.selectEntry(foodRules);
    QTest::keyClick(step.checklistView(), Qt::Key_O, Qt::AltModifier);
    step.selectEntry(applicationForm);
    step.importFiles({f.file(QStringLiteral("身份证.jpg"),
                             QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(64, '\0'))});
    QCoreApplication::processEvents();
    REQUIRE(step.grab().save(QStringLiteral("/tmp/materials.png")));

    f.session->setApplicant(f.seedApplicant());
    step.selectEntry(identity);
    QCoreApplication::processEvents();
    REQUIRE(step.grab().save(QStringLiteral("/tmp/materials-licence.png")));
}
