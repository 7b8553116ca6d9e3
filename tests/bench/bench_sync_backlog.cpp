// bench_sync_backlog: "a backlog after a day offline drains fast". A local database holds N accepted cases
// (default 200, `--cases N`), each with 2 pages of 100 KiB of random bytes, saved with their outbox the way
// IntakeRecorder/CaseStore save it (material.upload per page, then case.upsert). A spawned
// `onewindow-central --port 0 --seed demo` (fresh data folder) is the server; the bench signs in as
// wangli at window 420800-01-007 and runs a SyncEngine with the default options until the outbox is
// empty. Prints wall time, cases/s, MB/s, per-operation latency p50/p99 (from one operationDelivered to
// the next: the engine sends one request at a time) and the peak RSS of this process during the drain.
// Baseline: the same HTTP requests (GET /materials/{sha256}, POST /materials, PUT .../chunks/0 per page,
// PUT /cases/{uuid}) made by ONE sequential curl process reading them from a --config file, against
// another fresh server; prints curl's cases/s and the ratio. Asserts nothing on time.
// `bench_sync_backlog --cases 50` for a quick run; `--no-curl` skips the baseline.

#include "BenchStats.h"
#include "core/AcceptanceNumber.h"
#include "core/CaseJson.h"
#include "core/CaseRecord.h"
#include "core/Clock.h"
#include "core/OutboxOperation.h"
#include "storage/ApplicantStore.h"
#include "storage/BlobStore.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/OutboxStore.h"
#include "sync/CentralApiClient.h"
#include "sync/SyncEngine.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <numeric>
#include <optional>
#include <vector>

#ifndef ONEWINDOW_CENTRAL_EXE
#error "ONEWINDOW_CENTRAL_EXE (the path of onewindow-central) must be defined by the build"
#endif

namespace {

using Steady = std::chrono::steady_clock;

constexpr int pagesPerCase = 2;
constexpr qint64 pageBytes = 100 * 1024;
constexpr int drainTimeoutMs = 600000;

double msBetween(Steady::time_point begin, Steady::time_point end)
{
    return std::chrono::duration<double, std::milli>(end - begin).count();
}

// Sets VmHWM back to the current RSS (Linux >= 4.0), so that the peak printed is the drain's alone.
bool resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

void quietInfo(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    // The engine logs one info line per operation; the bench keeps warnings and worse only.
    if (type == QtDebugMsg || type == QtInfoMsg)
        return;
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

ow::Applicant zhangWei()
{
    ow::Applicant applicant;
    applicant.kind = ow::ApplicantKind::Person;
    applicant.person.idNumber = QStringLiteral("420802198603142130");
    applicant.person.name = QStringLiteral("张伟");
    applicant.person.phone = QStringLiteral("13907241836");
    return applicant;
}

ow::OutboxOperation operation(const QString& kind, const QByteArray& payload, const QString& blob)
{
    ow::OutboxOperation op;
    op.uuid = QUuid::createUuid();
    op.kind = kind;
    op.payload = payload;
    op.dependsOnBlob = blob;
    return op;
}

// What the curl baseline sends for one case: the same records, the page bytes kept in files.
struct CaseRequests
{
    QUuid uuid;
    QString jsonFile;
    QStringList hashes;
    QStringList pageFiles;
};

// The client side: a local database with the backlog in its outbox, and the blobs.
struct Backlog
{
    std::unique_ptr<ow::Database> db;
    std::unique_ptr<ow::BlobStore> blobs;
    std::vector<CaseRequests> cases;
};

int pendingIn(ow::OutboxStore& outbox)
{
    const auto pending = outbox.countPending();
    return pending ? *pending : -1;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

std::optional<Backlog> buildBacklog(const QTemporaryDir& dir, int cases, const ow::Clock& clock)
{
    Backlog backlog;
    auto opened = ow::Database::open(dir.filePath(QStringLiteral("client.db")));
    if (!opened) {
        std::fprintf(stderr, "database: %s\n", qPrintable(opened.error().message));
        return std::nullopt;
    }
    backlog.db = std::move(opened).value();
    backlog.blobs = std::make_unique<ow::BlobStore>(dir.filePath(QStringLiteral("data")));
    const ow::Applicant applicant = zhangWei();
    const auto applicantId = ow::ApplicantStore(*backlog.db, clock).upsert(applicant);
    if (!applicantId) {
        std::fprintf(stderr, "applicant: %s\n", qPrintable(applicantId.error().message));
        return std::nullopt;
    }
    ow::CaseStore store(*backlog.db, clock);
    QRandomGenerator random(20251020);
    const QDateTime now = clock.now();
    for (int c = 0; c < cases; ++c) {
        ow::CaseRecord record;
        record.uuid = QUuid::createUuid();
        record.acceptanceNumber =
            ow::AcceptanceNumber::compose({QStringLiteral("420800"), 1, 7, now.date(), c + 1}).value();
        record.applicantId = *applicantId;
        record.itemCodes = {QStringLiteral("HB-JM-010001")};
        record.window = QStringLiteral("7");
        record.clerk = QStringLiteral("wangli");
        record.status = ow::CaseStatus::Accepted;
        record.acceptedAt = now;
        record.deadline = now.date().addDays(10);
        record.queryCodeHash = QByteArray(32, 'q');
        ow::CaseMaterial material{QStringLiteral("申请书"), ow::MaterialSource::Pages, {}, pagesPerCase, {}};
        CaseRequests requests;
        requests.uuid = record.uuid;
        QList<ow::OutboxOperation> outbox;
        for (int page = 0; page < pagesPerCase; ++page) {
            QByteArray bytes(pageBytes, Qt::Uninitialized);
            random.fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::ReadOnly);
            const auto hash = backlog.blobs->put(buffer);
            if (!hash) {
                std::fprintf(stderr, "blob: %s\n", qPrintable(hash.error().message));
                return std::nullopt;
            }
            material.blobHashes << *hash;
            const QJsonObject payload{
                {QStringLiteral("sha256"), *hash},
                {QStringLiteral("caseUuid"), record.uuid.toString(QUuid::WithoutBraces)}};
            outbox << operation(QStringLiteral("material.upload"),
                                QJsonDocument(payload).toJson(QJsonDocument::Compact), *hash);
            const QString pageFile = dir.filePath(QStringLiteral("curl/%1.bin").arg(*hash));
            if (!writeFile(pageFile, bytes))
                return std::nullopt;
            requests.hashes << *hash;
            requests.pageFiles << pageFile;
        }
        record.materials = {material};
        record.history = {ow::StatusChange{ow::CaseStatus::Accepted, now, record.clerk, QString()}};
        const QByteArray caseJson = QJsonDocument(ow::CaseJson::caseToJson(record, applicant, std::nullopt))
                                        .toJson(QJsonDocument::Compact);
        outbox << operation(QStringLiteral("case.upsert"), caseJson, QString());
        if (const auto saved = store.save(record, outbox); !saved) {
            std::fprintf(stderr, "case: %s\n", qPrintable(saved.error().message));
            return std::nullopt;
        }
        requests.jsonFile = dir.filePath(QStringLiteral("curl/%1.json").arg(c));
        if (!writeFile(requests.jsonFile, caseJson))
            return std::nullopt;
        backlog.cases.push_back(std::move(requests));
    }
    return backlog;
}

// onewindow-central on a fresh data folder and a free port; stopped when this goes.
class CentralProcess
{
public:
    ~CentralProcess()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    std::optional<QUrl> start(const QString& dataDir)
    {
        m_process.setProgram(QStringLiteral(ONEWINDOW_CENTRAL_EXE));
        m_process.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"),
                                QStringLiteral("demo"), QStringLiteral("--data-dir"), dataDir});
        m_log = dataDir + QStringLiteral("/central.log");
        m_process.setStandardErrorFile(m_log);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return fail(QStringLiteral("did not start: ") + m_process.errorString());
        const QByteArray prefix = "onewindow-central listening on ";
        const auto deadline = Steady::now() + std::chrono::seconds(60);
        while (!m_process.canReadLine()) {
            if (Steady::now() > deadline || !m_process.waitForReadyRead(1000)) {
                if (m_process.state() == QProcess::NotRunning || Steady::now() > deadline)
                    return fail(QStringLiteral("said nothing"));
            }
        }
        const QByteArray line = m_process.readLine().trimmed();
        if (!line.startsWith(prefix))
            return fail(QStringLiteral("said: ") + QString::fromUtf8(line));
        return QUrl(QString::fromUtf8(line.mid(prefix.size())));
    }

private:
    std::optional<QUrl> fail(const QString& why)
    {
        QFile log(m_log);
        const QByteArray logged = log.open(QIODevice::ReadOnly) ? log.readAll().right(4000) : QByteArray();
        std::fprintf(stderr, "onewindow-central (%s) %s\n%s\n", ONEWINDOW_CENTRAL_EXE, qPrintable(why),
                     logged.constData());
        return std::nullopt;
    }

    QProcess m_process;
    QString m_log;
};

std::optional<QString> signIn(ow::CentralApiClient& client)
{
    QEventLoop loop;
    std::optional<ow::ApiReply<ow::LoginAnswer>> answer;
    const QJsonObject window{{QStringLiteral("region"), QStringLiteral("420800")},
                             {QStringLiteral("hall"), 1},
                             {QStringLiteral("number"), 7}};
    client.login({QStringLiteral("wangli"), QStringLiteral("demo-wangli"), window, {}},
                 [&](ow::ApiReply<ow::LoginAnswer> reply) {
                     answer = std::move(reply);
                     loop.quit();
                 });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!answer || !answer->ok()) {
        std::fprintf(stderr, "sign-in failed: %s\n",
                     answer ? qPrintable(answer->error().message) : "no answer");
        return std::nullopt;
    }
    client.setAccessToken(answer->value().accessToken);
    return answer->value().accessToken;
}

void printLatency(const char* what, const std::vector<double>& ms)
{
    std::printf("  %-34s p50 %7.2f  p99 %7.2f ms  (n=%zu)\n", what, percentile(ms, 0.5), percentile(ms, 0.99),
                ms.size());
}

struct Throughput
{
    double seconds = 0;
    double casesPerSecond = 0;
};

Throughput printThroughput(const char* who, double ms, int cases, qint64 bytes)
{
    const double seconds = ms / 1000.0;
    const Throughput t{seconds, cases / seconds};
    std::printf("%s: %d cases in %.2f s  %.1f cases/s  %.2f MB/s (%.1f MB of pages)\n", who, cases, seconds,
                t.casesPerSecond, double(bytes) / 1e6 / seconds, double(bytes) / 1e6);
    return t;
}

// --- ours ---------------------------------------------------------------------------------------------

std::optional<Throughput> runEngine(Backlog& backlog, const QUrl& url, const ow::Clock& clock, int cases)
{
    ow::CentralApiClient client(url);
    if (!signIn(client))
        return std::nullopt;
    ow::OutboxStore outbox(*backlog.db, clock);
    ow::SyncEngine engine(*backlog.db, *backlog.blobs, client, clock); // the default SyncOptions

    std::vector<double> materialMs, probeMs, chunkMs, caseMs, perCaseMs;
    int retries = 0;
    int parked = 0;
    QEventLoop loop;
    const auto begin = Steady::now();
    Steady::time_point last = begin, lastCase = begin, announced = begin;
    QObject::connect(&engine, &ow::SyncEngine::uploadProgress, [&](const QString&, qint64 sent, qint64) {
        if (sent == 0)
            announced = Steady::now(); // GET state (404) + POST announce answered
    });
    QObject::connect(&engine, &ow::SyncEngine::operationDelivered, [&](const QUuid&, const QString& kind) {
        const auto now = Steady::now();
        if (kind == QLatin1String("material.upload")) {
            materialMs.push_back(msBetween(last, now));
            probeMs.push_back(msBetween(last, announced));
            chunkMs.push_back(msBetween(announced, now));
        } else {
            caseMs.push_back(msBetween(last, now));
            perCaseMs.push_back(msBetween(lastCase, now));
            lastCase = now;
        }
        last = now;
    });
    QObject::connect(&engine, &ow::SyncEngine::retryScheduled,
                     [&](const QUuid&, const QDateTime&, const QString& reason) {
                         if (++retries <= 5)
                             std::fprintf(stderr, "retry: %s\n", qPrintable(reason));
                     });
    QObject::connect(&engine, &ow::SyncEngine::operationParked, [&](const QUuid&, const QString& reason) {
        ++parked;
        std::fprintf(stderr, "parked: %s\n", qPrintable(reason));
        loop.quit();
    });
    QObject::connect(&engine, &ow::SyncEngine::passFinished, [&] {
        if (pendingIn(outbox) == 0)
            loop.quit();
    });
    QTimer::singleShot(drainTimeoutMs, &loop, &QEventLoop::quit);
    const bool peakReset = resetPeakRss();
    engine.start();
    loop.exec();
    const double wallMs = msBetween(begin, Steady::now());
    engine.stop();
    const long peak = peakRssKiB();
    const int left = pendingIn(outbox);
    if (parked > 0 || left != 0) {
        std::fprintf(stderr, "the outbox did not drain: %d pending, %d parked\n", left, parked);
        return std::nullopt;
    }
    const Throughput t = printThroughput("ours (SyncEngine)", wallMs, cases, engine.bytesSent());
    printLatency("material.upload (GET+POST+PUT)", materialMs);
    printLatency("  GET state + POST announce", probeMs);
    printLatency("  PUT chunk + outbox markDone", chunkMs);
    printLatency("case.upsert (PUT case)", caseMs);
    printLatency("per case (2 pages + case)", perCaseMs);
    std::printf("  retries %d; peak RSS during the drain %ld KiB%s\n", retries, peak,
                peakReset ? "" : " (VmHWM could not be reset: includes the setup)");
    return t;
}

// --- curl ---------------------------------------------------------------------------------------------

QByteArray quoted(const QString& text)
{
    QByteArray out = text.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + out + '"';
}

void addRequest(QByteArray& config, const char* method, const QString& url, const QString& token,
                const char* contentType, const QByteArray& data, bool keyed)
{
    if (!config.isEmpty())
        config += "next\n";
    config += "url = " + quoted(url) + '\n';
    config += "request = \"" + QByteArray(method) + "\"\n";
    config += "output = \"/dev/null\"\n";
    config += "write-out = \"%{http_code} %{time_total}\\n\"\n";
    config += "header = \"Accept: application/json\"\n";
    config += "header = \"Expect:\"\n";
    config += "header = " + quoted(QStringLiteral("Authorization: Bearer ") + token) + '\n';
    if (keyed)
        config +=
            "header = \"Idempotency-Key: " + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "\"\n";
    if (contentType) {
        config += "header = \"Content-Type: " + QByteArray(contentType) + "\"\n";
        config += "data-binary = " + data + '\n';
    }
}

std::optional<Throughput> runCurl(const Backlog& backlog, const QUrl& url, const QString& curlPath,
                                  const QString& configPath, int cases)
{
    ow::CentralApiClient client(url);
    const std::optional<QString> token = signIn(client);
    if (!token)
        return std::nullopt;
    const QString api = url.toString(QUrl::StripTrailingSlash) + QStringLiteral("/api/v1");
    QByteArray config;
    for (const CaseRequests& c : backlog.cases) {
        for (qsizetype p = 0; p < c.hashes.size(); ++p) {
            const QString material = api + QStringLiteral("/materials/") + c.hashes.at(p);
            addRequest(config, "GET", material, *token, nullptr, {}, false);
            const QByteArray announce = "{\"sha256\":\"" + c.hashes.at(p).toLatin1() +
                                        "\",\"size\":" + QByteArray::number(pageBytes) + '}';
            addRequest(config, "POST", api + QStringLiteral("/materials"), *token, "application/json",
                       quoted(QString::fromLatin1(announce)), true);
            addRequest(config, "PUT", material + QStringLiteral("/chunks/0"), *token,
                       "application/octet-stream", quoted(QLatin1Char('@') + c.pageFiles.at(p)), true);
        }
        addRequest(config, "PUT", api + QStringLiteral("/cases/") + c.uuid.toString(QUuid::WithoutBraces),
                   *token, "application/json", quoted(QLatin1Char('@') + c.jsonFile), true);
    }
    if (!writeFile(configPath, config))
        return std::nullopt;

    QProcess curl;
    const auto begin = Steady::now();
    curl.start(curlPath, {QStringLiteral("--silent"), QStringLiteral("--show-error"),
                          QStringLiteral("--config"), configPath});
    if (!curl.waitForFinished(drainTimeoutMs)) {
        std::fprintf(stderr, "curl did not finish: %s\n", qPrintable(curl.errorString()));
        curl.kill();
        curl.waitForFinished(5000);
        return std::nullopt;
    }
    const double wallMs = msBetween(begin, Steady::now());
    if (curl.exitCode() != 0)
        std::fprintf(stderr, "curl exit code %d: %s\n", curl.exitCode(),
                     curl.readAllStandardError().constData());

    // One "<status> <seconds>" line per request, in the config's order: per case, per page GET (404),
    // POST (201), PUT chunk (200); then PUT case (201).
    const QList<QByteArray> lines = curl.readAllStandardOutput().trimmed().split('\n');
    const int perCase = 3 * pagesPerCase + 1;
    if (lines.size() != qsizetype(backlog.cases.size()) * perCase) {
        std::fprintf(stderr, "curl answered %lld requests of %lld\n", static_cast<long long>(lines.size()),
                     static_cast<long long>(backlog.cases.size()) * perCase);
        return std::nullopt;
    }
    std::vector<double> getMs, postMs, chunkMs, caseMs, materialMs, perCaseMs;
    int unexpected = 0;
    for (qsizetype c = 0; c < qsizetype(backlog.cases.size()); ++c) {
        double caseTotal = 0;
        for (int r = 0; r < perCase; ++r) {
            const QList<QByteArray> fields = lines.at(c * perCase + r).split(' ');
            const int status = fields.value(0).toInt();
            const double ms = fields.value(1).toDouble() * 1000.0;
            caseTotal += ms;
            const bool isGet = r < perCase - 1 && r % 3 == 0;
            if (isGet ? status != 404 : (status < 200 || status > 299)) {
                if (++unexpected <= 5)
                    std::fprintf(stderr, "curl request %lld answered %d\n",
                                 static_cast<long long>(c * perCase + r), status);
            }
            if (r == perCase - 1) {
                caseMs.push_back(ms);
            } else if (r % 3 == 0) {
                getMs.push_back(ms);
            } else if (r % 3 == 1) {
                postMs.push_back(ms);
            } else {
                chunkMs.push_back(ms);
                materialMs.push_back(getMs.back() + postMs.back() + ms);
            }
        }
        perCaseMs.push_back(caseTotal);
    }
    if (unexpected > 0) {
        std::fprintf(stderr, "curl: %d requests had an unexpected status\n", unexpected);
        return std::nullopt;
    }
    const Throughput t = printThroughput("curl (one process, sequential)", wallMs, cases,
                                         qint64(backlog.cases.size()) * pagesPerCase * pageBytes);
    printLatency("material (GET+POST+PUT, time_total)", materialMs);
    printLatency("  GET state", getMs);
    printLatency("  POST announce", postMs);
    printLatency("  PUT chunk", chunkMs);
    printLatency("PUT case", caseMs);
    printLatency("per case (sum of its 7 requests)", perCaseMs);
    return t;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    qInstallMessageHandler(quietInfo);
    int cases = 200;
    bool withCurl = true;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--cases") == 0 && i + 1 < argc)
            cases = std::max(1, std::atoi(argv[++i]));
        else if (std::strcmp(argv[i], "--no-curl") == 0)
            withCurl = false;
        else if (std::atoi(argv[i]) > 0)
            cases = std::atoi(argv[i]);
        else {
            std::fprintf(stderr, "usage: bench_sync_backlog [--cases N] [--no-curl]\n");
            return 64;
        }
    }

    QTemporaryDir dir;
    if (!dir.isValid() || !QDir(dir.path()).mkpath(QStringLiteral("curl")) ||
        !QDir(dir.path()).mkpath(QStringLiteral("central-ours")) ||
        !QDir(dir.path()).mkpath(QStringLiteral("central-curl")))
        return 1;
    ow::SystemClock clock;
    const auto setupBegin = Steady::now();
    std::optional<Backlog> backlog = buildBacklog(dir, cases, clock);
    if (!backlog)
        return 1;
    std::printf("backlog: %d cases x %d pages x %lld KiB (%d operations, %d requests) built in %.1f s; "
                "setup peak RSS %ld KiB\n",
                cases, pagesPerCase, static_cast<long long>(pageBytes / 1024), cases * (pagesPerCase + 1),
                cases * (3 * pagesPerCase + 1), msBetween(setupBegin, Steady::now()) / 1000.0, peakRssKiB());

    std::optional<Throughput> ours;
    {
        CentralProcess central;
        const std::optional<QUrl> url = central.start(dir.filePath(QStringLiteral("central-ours")));
        if (!url)
            return 1;
        ours = runEngine(*backlog, *url, clock, cases);
        if (!ours)
            return 1;
    }
    if (!withCurl)
        return 0;
    const QString curlPath = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curlPath.isEmpty()) {
        std::printf("curl: not installed, no baseline\n");
        return 0;
    }
    CentralProcess central;
    const std::optional<QUrl> url = central.start(dir.filePath(QStringLiteral("central-curl")));
    if (!url)
        return 1;
    const std::optional<Throughput> baseline =
        runCurl(*backlog, *url, curlPath, dir.filePath(QStringLiteral("curl.config")), cases);
    if (!baseline)
        return 1;
    std::printf("ours / curl: %.2f (cases/s), %.1f s vs %.1f s\n",
                ours->casesPerSecond / baseline->casesPerSecond, ours->seconds, baseline->seconds);
    return 0;
}
