// bench_store: the local store at the scale of a year of a city hall (680,000 cases in 2020, so
// 1,000,000 by default): insert throughput, board and filter query latency, open time, file size
// and peak memory. Usage: bench_store [cases] [folder]   (folder defaults to a temporary one)

#include "core/Clock.h"
#include "storage/ApplicantStore.h"
#include "storage/CaseStore.h"
#include "storage/CatalogStore.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <sys/resource.h>

using namespace ow;

namespace {

constexpr int itemCount = 690;      // items moved into the Jingmen city hall
constexpr int departmentCount = 31; // their departments
constexpr int applicantCount = 20000;
constexpr int batchSize = 1000;

QString itemCode(int i)
{
    return QStringLiteral("JM-%1").arg(i, 4, 10, QLatin1Char('0'));
}

QString department(int i)
{
    return QStringLiteral("部门%1").arg(i % departmentCount, 2, 10, QLatin1Char('0'));
}

QString acceptanceNumber(int n)
{
    return QStringLiteral("JM2020%1").arg(n, 8, 10, QLatin1Char('0'));
}

QString fakeHash(quint64 seed)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray::number(seed), QCryptographicHash::Sha256).toHex());
}

// Mostly finished cases, as in a year's database; about 5 % still running.
CaseStatus statusFor(quint32 roll)
{
    const quint32 r = roll % 1000;
    if (r < 880)
        return CaseStatus::Delivered;
    if (r < 910)
        return CaseStatus::ResultReady;
    if (r < 930)
        return CaseStatus::Completed;
    if (r < 950)
        return CaseStatus::Accepted;
    if (r < 965)
        return CaseStatus::Dispatched;
    if (r < 980)
        return CaseStatus::InProcess;
    if (r < 990)
        return CaseStatus::ReturnedForMaterials;
    return CaseStatus::Refused;
}

CaseRecord makeCase(int n, QRandomGenerator& random, const QDateTime& yearStart)
{
    CaseRecord record;
    record.uuid = QUuid::createUuid();
    const QDateTime at = yearStart.addSecs(qint64(n) * 31 + random.bounded(30));
    record.acceptanceNumber = acceptanceNumber(n);
    record.applicantId = 1 + random.bounded(applicantCount);
    record.itemCodes = {itemCode(int(random.bounded(itemCount)))};
    record.window = QStringLiteral("%1").arg(1 + random.bounded(40), 2, 10, QLatin1Char('0'));
    record.clerk = QStringLiteral("clerk%1").arg(random.bounded(80));
    record.status = statusFor(random.generate());
    record.acceptedAt = at;
    record.deadline = at.date().addDays(3 + random.bounded(25));
    record.queryCodeHash = QCryptographicHash::hash(QByteArray::number(n), QCryptographicHash::Sha256);
    record.materials = {
        {QStringLiteral("申请书"), MaterialSource::Pages, {fakeHash(quint64(n) * 2)}, 2, {}},
        {QStringLiteral("身份证明"), MaterialSource::ElectronicLicence, {}, 0, QStringLiteral("L%1").arg(n)},
        {QStringLiteral("经营场所证明"), MaterialSource::Pages, {fakeHash(quint64(n) * 2 + 1)}, 1, {}},
    };
    record.history = {{CaseStatus::Accepted, at, record.clerk, {}},
                      {record.status, at.addDays(2), record.clerk, {}}};
    return record;
}

OutboxOperation reportOf(const CaseRecord& record)
{
    OutboxOperation op;
    op.uuid = QUuid::createUuid();
    op.kind = QStringLiteral("case.upsert");
    op.payload = R"({"uuid":")" + record.uuid.toString(QUuid::WithoutBraces).toLatin1() + R"(","number":")" +
                 record.acceptanceNumber.toLatin1() + R"("})";
    op.createdAt = record.acceptedAt;
    op.state = OutboxState::Done;
    return op;
}

struct Latency
{
    double p50;
    double p99;
    double max;
};

Latency measure(int runs, const std::function<void(int)>& query)
{
    std::vector<double> ms;
    ms.reserve(runs);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        query(i);
        ms.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, size_t(ms.size() * 0.99))], ms.back()};
}

void report(const char* name, const Latency& latency)
{
    std::printf("  %-46s p50 %7.2f ms   p99 %7.2f ms   max %7.2f ms\n", name, latency.p50, latency.p99,
                latency.max);
}

double fileMiB(const QString& path)
{
    return (QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size()) / (1024.0 * 1024.0);
}

[[noreturn]] void fail(const Error& error)
{
    std::fprintf(stderr, "bench_store: %s: %s\n", qPrintable(error.code), qPrintable(error.message));
    std::exit(1);
}

template <typename T> T check(Result<T> result)
{
    if (!result)
        fail(result.error());
    return std::move(result).value();
}

void check(const Result<void>& result)
{
    if (!result)
        fail(result.error());
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? std::max(1000, QByteArray(argv[1]).toInt()) : 1000000;
    QTemporaryDir temporary;
    const QString folder = argc > 2 ? QString::fromLocal8Bit(argv[2]) : temporary.path();
    const QString path = folder + QStringLiteral("/bench-store.db");
    QFile::remove(path);
    FixedClock clock(QDateTime(QDate(2021, 1, 4), QTime(8, 30)));
    QRandomGenerator random(20200925);
    const QDateTime yearStart(QDate(2020, 1, 2), QTime(8, 30));

    auto db = check(Database::open(path));
    std::printf("bench_store: %d cases, 3 materials and 2 history entries each, one outbox row each\n",
                total);
    std::printf("  file: %s\n", qPrintable(path));

    QList<ServiceItem> items;
    for (int i = 0; i < itemCount; ++i) {
        ServiceItem item{itemCode(i),
                         QStringLiteral("事项%1").arg(i),
                         department(i),
                         ItemKind::Licensing,
                         3,
                         20,
                         0,
                         DeliveryMethod::Counter,
                         {}};
        item.materials = {{QStringLiteral("申请书"), MaterialForm::Original, 1, true, {}, false}};
        items.append(item);
    }
    check(CatalogStore(*db).importAll(items, {}));
    ApplicantStore applicants(*db, clock);
    check(db->transaction([&](QSqlDatabase&) -> Result<void> {
        for (int i = 0; i < applicantCount; ++i) {
            Applicant applicant;
            applicant.person.idNumber = QStringLiteral("4208021985%1").arg(i, 8, 10, QLatin1Char('0'));
            applicant.person.name = QStringLiteral("申请人%1").arg(i);
            if (auto id = applicants.upsert(applicant); !id)
                return id.error();
        }
        return {};
    }));

    CaseStore cases(*db, clock);
    QElapsedTimer timer;
    timer.start();
    qint64 buildNs = 0;
    for (int done = 0; done < total;) {
        QElapsedTimer build;
        build.start();
        QList<CaseRecord> batch;
        QList<OutboxOperation> outbox;
        const int n = std::min(batchSize, total - done);
        for (int i = 0; i < n; ++i) {
            batch.append(makeCase(done + i, random, yearStart));
            outbox.append(reportOf(batch.constLast()));
        }
        buildNs += build.nsecsElapsed();
        check(cases.saveAll(batch, outbox));
        done += n;
        if (done % 100000 == 0)
            std::printf("  ... %d cases, %.0f s\n", done, timer.elapsed() / 1000.0), std::fflush(stdout);
    }
    const double seconds = (timer.nsecsElapsed() - buildNs) / 1e9;
    std::printf("insert (batches of %d cases per transaction): %.1f s, %.0f cases/s (%.0f rows/s)\n",
                batchSize, seconds, total / seconds, total * 10 / seconds);

    // One intake per transaction, as at the window, into the full database.
    const Latency single = measure(500, [&](int i) {
        CaseRecord record = makeCase(total + i, random, yearStart);
        check(cases.save(record, {reportOf(record)}));
    });
    std::printf("single intake save (one transaction each, on the full database):\n");
    report("CaseStore::save + outbox", single);

    std::printf("queries over %d cases (250 runs each, full records of 50 cases):\n", total);
    report("listNearestDeadline(50)", measure(250, [&](int) { check(cases.listNearestDeadline(50)); }));
    const QList<CaseStatus> statuses{CaseStatus::InProcess, CaseStatus::Dispatched, CaseStatus::Accepted,
                                     CaseStatus::ReturnedForMaterials, CaseStatus::Delivered};
    report("list(status = one of 5 statuses, 50)", measure(250, [&](int i) {
               CaseFilter filter;
               filter.statuses = {statuses.at(i % statuses.size())};
               filter.limit = 50;
               check(cases.list(filter));
           }));
    report("list(status in open set, 50)", measure(250, [&](int) {
               CaseFilter filter;
               filter.statuses = CaseStore::openStatuses();
               filter.limit = 50;
               check(cases.list(filter));
           }));
    report("list(item = random of 690, 50)", measure(250, [&](int) {
               CaseFilter filter;
               filter.itemCode = itemCode(int(random.bounded(itemCount)));
               filter.limit = 50;
               check(cases.list(filter));
           }));
    report("list(item + status InProcess, 50)", measure(250, [&](int) {
               CaseFilter filter;
               filter.itemCode = itemCode(int(random.bounded(itemCount)));
               filter.statuses = {CaseStatus::InProcess};
               filter.limit = 50;
               check(cases.list(filter));
           }));
    report("list(window + one day, 50)", measure(250, [&](int) {
               CaseFilter filter;
               filter.window = QStringLiteral("%1").arg(1 + random.bounded(40), 2, 10, QLatin1Char('0'));
               filter.acceptedFrom = filter.acceptedTo = yearStart.date().addDays(random.bounded(300));
               filter.limit = 50;
               check(cases.list(filter));
           }));
    report("list(department, 50)", measure(250, [&](int i) {
               CaseFilter filter;
               filter.department = department(i);
               filter.limit = 50;
               check(cases.list(filter));
           }));
    report("findByAcceptanceNumber", measure(250, [&](int) {
               if (!check(cases.findByAcceptanceNumber(acceptanceNumber(int(random.bounded(total))))))
                   fail({QStringLiteral("bench.notFound"), QStringLiteral("a stored case was not found")});
           }));
    report("listForApplicant(20)",
           measure(250, [&](int) { check(cases.listForApplicant(1 + random.bounded(applicantCount), 20)); }));

    db.reset();
    std::printf("file size: %.0f MiB (%s)\n", fileMiB(path), qPrintable(path));
    std::vector<double> opens;
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        auto reopened = check(Database::open(path));
        const int version = check(reopened->schemaVersion());
        opens.push_back(timer.nsecsElapsed() / 1e6);
        if (version != Migrations::latestVersion())
            return 1;
    }
    std::printf("open + migration check of the full database: first %.1f ms, best %.1f ms\n", opens.front(),
                *std::min_element(opens.begin(), opens.end()));
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak RSS: %.0f MiB\n", usage.ru_maxrss / 1024.0);
    return 0;
}
