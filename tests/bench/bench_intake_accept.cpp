// bench_intake_accept: from "accept" pressed to the case committed and the receipt handed to the printer:
// IntakeRecorder::accept (applicant upsert, number, case with 3 materials and 4 pages, outbox, audit, draft
// removed, one transaction on a real SQLite file with synchronous=FULL) + the receipt and commitment
// letter built + laid out + written as PDF (the demo printer). p50/p99 over N accepts (default 300),
// wall and CPU; peak RSS. Target: p99 under 100 ms. Asserts nothing on time. `bench_intake_accept 50`.

#include "BenchStats.h"
#include "core/Clock.h"
#include "core/WorkingCalendar.h"
#include "print/PageComposer.h"
#include "print/PdfExporter.h"
#include "storage/BlobStore.h"
#include "storage/Database.h"
#include "storage/DemoSeeder.h"
#include "storage/DraftStore.h"
#include "storage/IntakeRecorder.h"
#include "storage/PageImporter.h"
#include "ui/intake/OutcomeDocuments.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <chrono>
#include <cstdio>
#include <vector>

namespace {

using Steady = std::chrono::steady_clock;

double msSince(Steady::time_point begin)
{
    return std::chrono::duration<double, std::milli>(Steady::now() - begin).count();
}

ow::SiteConfig window7()
{
    ow::SiteConfig site;
    site.hallName = QStringLiteral("荆门市政务服务中心");
    site.regionCode = QStringLiteral("420802");
    site.hall = 1;
    site.window = 7;
    site.staff = {QStringLiteral("wangli"), QStringLiteral("王丽"), ow::StaffRole::Clerk};
    return site;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 300;

    QTemporaryDir dir;
    auto database = ow::Database::open(dir.filePath(QStringLiteral("onewindow.db")));
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().message));
        return 1;
    }
    ow::SystemClock clock;
    const ow::WorkingCalendar calendar = ow::WorkingCalendar::withShippedArrangements();
    if (auto seeded = ow::DemoSeeder(**database, clock, calendar).seedIfEmpty(); !seeded)
        return 1;
    ow::BlobStore blobs(dir.path());
    ow::PageImporter importer(blobs);
    QStringList pages;
    for (int i = 0; i < 4; ++i) {
        QByteArray jpeg("\xFF\xD8\xFF\xE0", 4);
        jpeg += QByteArray(200 * 1024, static_cast<char>('a' + i));
        pages << importer.importBytes(jpeg, QStringLiteral("page")).value();
    }

    ow::ServiceItem item;
    item.code = QStringLiteral("HB-JM-010001");
    item.name = QStringLiteral("个体工商户设立登记");
    item.department = QStringLiteral("市场监督管理局");
    item.promisedDays = 3;
    item.materials = {
        {QStringLiteral("《个体工商户设立登记申请书》"), ow::MaterialForm::Original, 1, true, {}, false},
        {QStringLiteral("申请人居民身份证"),
         ow::MaterialForm::Copy,
         1,
         true,
         {QStringLiteral("居民身份证")},
         false},
        {QStringLiteral("经营场所使用证明"), ow::MaterialForm::Copy, 1, true, {}, true}};
    const ow::PrintSiteConfig printSite{QStringLiteral("荆门市政务服务中心"), {}, {}, {}, {}, {}};
    ow::IntakeRecorder recorder(**database, clock, calendar, window7(), *QRandomGenerator::system());
    ow::DraftStore drafts(**database);

    std::vector<double> commitMs, printMs, totalMs;
    for (int i = 0; i < runs + 1; ++i) {
        ow::IntakeDraft draft;
        draft.uuid = QUuid::createUuid();
        draft.clerk = QStringLiteral("wangli");
        draft.applicant.person.idNumber = QStringLiteral("420802198603142130");
        draft.applicant.person.name = QStringLiteral("张伟");
        draft.itemCodes = {item.code};
        draft.materials = {
            {item.materials.at(0).name, ow::MaterialSource::Pages, {pages.at(0), pages.at(1)}, {}},
            {item.materials.at(1).name,
             ow::MaterialSource::ElectronicLicence,
             {},
             QStringLiteral("居民身份证:420802198603142130")},
            {item.materials.at(2).name, ow::MaterialSource::Commitment, {}, {}}};
        if (!drafts.save(draft))
            return 1;

        const auto begin = Steady::now();
        auto outcome = recorder.accept(draft, {item});
        if (!outcome) {
            std::fprintf(stderr, "accept failed: %s\n", qPrintable(outcome.error().message));
            return 1;
        }
        const double committed = msSince(begin);
        const auto printBegin = Steady::now();
        auto documents =
            ow::OutcomeDocuments::build(*outcome, {item}, QString(), QStringLiteral("王丽"), printSite)
                .value();
        qsizetype bytes = 0;
        for (const ow::PrintDocument& document : documents) {
            const ow::ComposedDocument composed =
                ow::PageComposer().compose(document, ow::PageFormat::of(ow::PaperKind::A4));
            bytes += ow::PdfExporter::toBytes(composed).value().size();
        }
        if (i == 0)
            continue; // warm-up: fonts
        commitMs.push_back(committed);
        printMs.push_back(msSince(printBegin));
        totalMs.push_back(msSince(begin));
        if (bytes == 0)
            return 1;
    }
    std::printf("accept -> case committed        p50 %6.2f  p99 %6.2f ms\n", percentile(commitMs, 0.5),
                percentile(commitMs, 0.99));
    std::printf("receipt + commitment letter PDF p50 %6.2f  p99 %6.2f ms\n", percentile(printMs, 0.5),
                percentile(printMs, 0.99));
    std::printf(
        "accept -> handed to the printer p50 %6.2f  p99 %6.2f ms  (target p99 < 100 ms), %d accepts\n",
        percentile(totalMs, 0.5), percentile(totalMs, 0.99), runs);
    std::printf("peak RSS %ld KiB\n", peakRssKiB());
    return 0;
}
