// Chunked, resumable, content-addressed material upload; download by range.

#include "CaseSamples.h"
#include "ServerFixture.h"

#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace ow::central;
using namespace ow::central::test;

namespace {

QString materialPath(const QString& sha256)
{
    return QStringLiteral("/api/v1/materials/") + sha256;
}

Reply putChunk(ApiClient& api, const QString& sha256, qint64 offset, const QByteArray& bytes)
{
    return api.writeRaw("PUT", materialPath(sha256) + QStringLiteral("/chunks/%1").arg(offset), bytes,
                        QUuid::createUuid(), "application/octet-stream");
}

Reply announce(ApiClient& api, const QString& sha256, qint64 size)
{
    return api.write("POST", QStringLiteral("/api/v1/materials"),
                     {{QStringLiteral("sha256"), sha256},
                      {QStringLiteral("size"), size},
                      {QStringLiteral("mediaType"), QStringLiteral("image/jpeg")}});
}

} // namespace

TEMPLATE_TEST_CASE("a material uploads in chunks and resumes from the offset held and is checked by hash",
                   "[server][materials]", OnSqlite, OnPostgres)
{
    OW_START_SERVER(fx);
    auto api = fx->signedIn(QStringLiteral("wangli"));
    const qint64 chunk = 4 * 1024 * 1024;
    const QByteArray file = materialBytes(2 * chunk + 12345, 7);
    const QString sha = sha256Hex(file);

    Reply unknown = api->send("HEAD", materialPath(sha));
    CHECK(unknown.status == 404);
    Reply announced = announce(*api, sha, file.size());
    REQUIRE(announced.status == 201);
    CHECK(announced.json.value(QStringLiteral("offset")).toInteger() == 0);
    CHECK(announced.json.value(QStringLiteral("state")).toString() == QStringLiteral("uploading"));
    CHECK(announce(*api, sha, file.size()).status == 200); // announcing again is harmless
    CHECK(announce(*api, sha, file.size() + 1).errorCode() == QStringLiteral("upload.sizeMismatch"));

    Reply first = putChunk(*api, sha, 0, file.left(chunk));
    REQUIRE(first.status == 200);
    CHECK(first.json.value(QStringLiteral("offset")).toInteger() == chunk);

    // A client that restarted asks for the offset held (HEAD or GET) and carries on from there.
    auto resumed = fx->signedIn(QStringLiteral("wangli"));
    Reply held = resumed->send("HEAD", materialPath(sha));
    REQUIRE(held.status == 200);
    CHECK(held.header("Upload-Offset").toLongLong() == chunk);
    CHECK(held.header("Upload-Length").toLongLong() == file.size());
    CHECK(held.header("Material-State") == "uploading");
    CHECK(resumed->get(materialPath(sha)).json.value(QStringLiteral("offset")).toInteger() == chunk);

    // A chunk sent twice (its answer was lost) changes nothing; a chunk beyond the offset is refused.
    Reply repeated = putChunk(*resumed, sha, 0, file.left(chunk));
    CHECK(repeated.status == 200);
    CHECK(repeated.json.value(QStringLiteral("offset")).toInteger() == chunk);
    Reply gap = putChunk(*resumed, sha, 2 * chunk, file.mid(2 * chunk));
    CHECK(gap.status == 409);
    CHECK(gap.errorCode() == QStringLiteral("upload.offsetMismatch"));
    CHECK(gap.json.value(QStringLiteral("error"))
              .toObject()
              .value(QStringLiteral("details"))
              .toObject()
              .value(QStringLiteral("offset")) == chunk);

    // Too large for one chunk: 413, nothing written. Past the announced size: 422.
    Reply oversize = putChunk(*resumed, sha, chunk, QByteArray(9 * 1024 * 1024, 'x'));
    CHECK(oversize.status == 413);
    CHECK(oversize.errorCode() == QStringLiteral("request.tooLarge"));
    Reply beyond = putChunk(*resumed, sha, chunk, file.mid(chunk) + "extra");
    CHECK(beyond.status == 422);
    CHECK(beyond.errorCode() == QStringLiteral("upload.beyondSize"));
    CHECK(resumed->get(materialPath(sha)).json.value(QStringLiteral("offset")).toInteger() == chunk);

    // An overlapping chunk is fine: only the new bytes are written.
    REQUIRE(putChunk(*resumed, sha, chunk / 2, file.mid(chunk / 2, chunk)).status == 200);
    Reply last = putChunk(*resumed, sha, chunk + chunk / 2, file.mid(chunk + chunk / 2));
    REQUIRE(last.status == 200);
    CHECK(last.json.value(QStringLiteral("state")).toString() == QStringLiteral("complete"));
    CHECK(last.json.value(QStringLiteral("offset")).toInteger() == file.size());
    CHECK(putChunk(*resumed, sha, 0, file.left(10)).json.value(QStringLiteral("state")) ==
          QStringLiteral("complete"));
    Reply again = announce(*api, sha, file.size());
    CHECK(again.status == 200);
    CHECK(again.json.value(QStringLiteral("state")).toString() == QStringLiteral("complete"));

    Reply download = api->get(materialPath(sha) + QStringLiteral("/content"));
    REQUIRE(download.status == 200);
    CHECK(download.body == file);
    CHECK(download.header("X-Content-SHA256") == sha.toLatin1());
    Reply range = api->get(materialPath(sha) + QStringLiteral("/content"), {{"Range", "bytes=100-199"}});
    CHECK(range.status == 206);
    CHECK(range.body == file.mid(100, 100));
    CHECK(api->get(materialPath(sha) + QStringLiteral("/content"), {{"Range", "bytes=99999999-"}}).status ==
          416);

    // A case may now refer to it.
    const QUuid uuid = QUuid::createUuid();
    CHECK(api->write("PUT", casePath(uuid), sampleCase(uuid, 1, {sha})).status == 201);
}

TEMPLATE_TEST_CASE("bytes that do not match the announced hash are thrown away", "[server][materials]",
                   OnSqlite, OnPostgres)
{
    OW_START_SERVER(fx);
    auto api = fx->signedIn(QStringLiteral("wangli"));
    const QByteArray file = materialBytes(300000, 11);
    const QString sha = sha256Hex(file);
    REQUIRE(announce(*api, sha, file.size()).status == 201);
    QByteArray corrupted = file;
    corrupted[150000] = char(corrupted[150000] ^ 0x01);
    REQUIRE(putChunk(*api, sha, 0, corrupted.left(200000)).status == 200);
    Reply wrong = putChunk(*api, sha, 200000, corrupted.mid(200000));
    CHECK(wrong.status == 422);
    CHECK(wrong.errorCode() == QStringLiteral("upload.hashMismatch"));
    Reply status = api->get(materialPath(sha));
    CHECK(status.json.value(QStringLiteral("offset")).toInteger() == 0);
    CHECK(status.json.value(QStringLiteral("state")).toString() == QStringLiteral("uploading"));
    CHECK(api->get(materialPath(sha) + QStringLiteral("/content")).errorCode() ==
          QStringLiteral("material.incomplete"));

    REQUIRE(putChunk(*api, sha, 0, file).json.value(QStringLiteral("state")) == QStringLiteral("complete"));
    CHECK(api->get(materialPath(sha) + QStringLiteral("/content")).body == file);

    // An empty file and an invalid hash.
    const QString empty = sha256Hex(QByteArray());
    Reply nothing = announce(*api, empty, 0);
    CHECK(nothing.status == 201);
    CHECK(nothing.json.value(QStringLiteral("state")).toString() == QStringLiteral("complete"));
    CHECK(announce(*api, QStringLiteral("ABC"), 3).errorCode() == QStringLiteral("material.invalidSha256"));
    CHECK(announce(*api, sha256Hex("big"), qint64(3) * 1024 * 1024 * 1024).status == 413);
}
