#include "SyncHarness.h"

#include "core/AcceptanceNumber.h"
#include "core/CaseJson.h"
#include "storage/ApplicantStore.h"
#include "storage/CaseStore.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QTest>
#include <catch2/catch.hpp>

namespace ow::test {

namespace {

Applicant zhangWei()
{
    Applicant applicant;
    applicant.kind = ApplicantKind::Person;
    applicant.person.idNumber = QStringLiteral("420802198603142130");
    applicant.person.name = QStringLiteral("张伟");
    applicant.person.phone = QStringLiteral("13907241836");
    return applicant;
}

OutboxOperation operation(const QString& kind, const QJsonObject& payload, const QString& blob)
{
    OutboxOperation op;
    op.uuid = QUuid::createUuid();
    op.kind = kind;
    op.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    op.dependsOnBlob = blob;
    return op;
}

} // namespace

SyncOptions fastOptions(qint64 chunkSize)
{
    SyncOptions options;
    options.chunkSize = chunkSize;
    options.backoff = BackoffPolicy{std::chrono::milliseconds(20), std::chrono::milliseconds(300), 2.0, 0.5};
    options.pollInterval = std::chrono::milliseconds(20);
    options.feedInterval = std::chrono::milliseconds(0);
    return options;
}

SyncHarness::SyncHarness()
{
    REQUIRE(dir.isValid());
    auto opened = Database::open(dir.filePath(QStringLiteral("client.db")));
    REQUIRE(opened.ok());
    db = std::move(opened).value();
    blobs = std::make_unique<BlobStore>(dir.filePath(QStringLiteral("data")));
    outbox = std::make_unique<OutboxStore>(*db, clock);
    auto id = ApplicantStore(*db, clock).upsert(zhangWei());
    REQUIRE(id.ok());
    applicantId = *id;
}

CaseRecord SyncHarness::addCase(int pages, qint64 pageBytes, const QString& itemCode)
{
    const QDateTime now = clock.now();
    CaseRecord record;
    record.uuid = QUuid::createUuid();
    record.acceptanceNumber =
        AcceptanceNumber::compose({QStringLiteral("420800"), 1, 7, now.date(), ++sequence}).value();
    record.applicantId = applicantId;
    record.itemCodes = {itemCode};
    record.window = QStringLiteral("7");
    record.clerk = QStringLiteral("wangli");
    record.status = CaseStatus::Accepted;
    record.acceptedAt = now;
    record.deadline = now.date().addDays(10);
    record.queryCodeHash = QByteArray(32, 'q');
    CaseMaterial material{QStringLiteral("申请书"), MaterialSource::Pages, {}, pages, {}};
    QList<OutboxOperation> outbox;
    for (int page = 0; page < pages; ++page) {
        QByteArray bytes(pageBytes, Qt::Uninitialized);
        for (qint64 i = 0; i < pageBytes; ++i)
            bytes[i] = char(random.bounded(256));
        QBuffer buffer(&bytes);
        REQUIRE(buffer.open(QIODevice::ReadOnly));
        auto hash = blobs->put(buffer);
        REQUIRE(hash.ok());
        material.blobHashes << *hash;
        outbox << operation(QStringLiteral("material.upload"),
                            {{QStringLiteral("sha256"), *hash},
                             {QStringLiteral("caseUuid"), record.uuid.toString(QUuid::WithoutBraces)}},
                            *hash);
    }
    if (pages == 0)
        material.source = MaterialSource::OriginalSeen;
    record.materials = {material};
    record.history = {StatusChange{CaseStatus::Accepted, now, record.clerk, QString()}};
    outbox << operation(QStringLiteral("case.upsert"), CaseJson::caseToJson(record, zhangWei(), std::nullopt),
                        QString());
    REQUIRE(CaseStore(*db, clock).save(record, outbox).ok());
    return record;
}

QString SyncHarness::signIn(CentralApiClient& client, const QString& login)
{
    std::optional<ApiReply<LoginAnswer>> answer;
    client.login({login, QStringLiteral("demo-") + login, {}, {}},
                 [&](ApiReply<LoginAnswer> reply) { answer = reply; });
    REQUIRE(QTest::qWaitFor([&] { return answer.has_value(); }, 10000));
    INFO(answer->error().message.toStdString());
    REQUIRE(answer->ok());
    client.setAccessToken(answer->value().accessToken);
    return answer->value().accessToken;
}

void SyncHarness::connect(const QUrl& server, const SyncOptions& options, const QString& login)
{
    engine.reset();
    client = std::make_unique<CentralApiClient>(server);
    client->transport().setTimeout(std::chrono::milliseconds(5000));
    if (!login.isEmpty())
        signIn(*client, login);
    engine = std::make_unique<SyncEngine>(*db, *blobs, *client, clock, options, &random);
}

void SyncHarness::dropEngine()
{
    engine.reset();
    client.reset();
}

bool SyncHarness::drain(int timeoutMs)
{
    return QTest::qWaitFor([&] { return pending() == 0 && !engine->isBusy(); }, timeoutMs);
}

int SyncHarness::pending()
{
    return outbox->countPending().value();
}

int SyncHarness::parked()
{
    return outbox->countParked().value();
}

} // namespace ow::test
