#include "sync/ApiAnswerParser.h"

#include <catch2/catch.hpp>

using namespace ow;

namespace {

ApiAnswer answer(int status, const QByteArray& body, QHash<QByteArray, QByteArray> headers = {})
{
    return ApiAnswer{status, body, std::move(headers)};
}

const QByteArray sha(64, 'a');

} // namespace

TEST_CASE("An error answer becomes a typed error with code, details and Retry-After", "[sync][parser]")
{
    const ApiError offset = ApiAnswerParser::error(
        answer(409, R"({"error":{"code":"upload.offsetMismatch","message":"x","retryable":false,
                    "details":{"offset":4194304}}})"));
    CHECK(offset.kind == ApiError::Kind::Refused);
    CHECK(offset.code == QLatin1String("upload.offsetMismatch"));
    CHECK(offset.details.value(QLatin1String("offset")).toDouble() == 4194304.0);
    CHECK_FALSE(offset.message.isEmpty());
    CHECK_FALSE(offset.retryable());

    const ApiError missing = ApiAnswerParser::error(
        answer(409, R"({"error":{"code":"case.materialsMissing","message":"x","retryable":true}})"));
    CHECK(missing.kind == ApiError::Kind::Retryable);

    const ApiError busy = ApiAnswerParser::error(
        answer(503, R"({"error":{"code":"fault.injected","message":"x","retryable":true}})",
               {{"retry-after", "1"}}));
    CHECK(busy.kind == ApiError::Kind::Retryable);
    CHECK(busy.retryAfterSeconds == 1);
    CHECK(ApiAnswerParser::error(answer(429, "")).kind == ApiError::Kind::Retryable);
    CHECK(ApiAnswerParser::error(answer(500, "<html>")).kind == ApiError::Kind::Retryable);

    const ApiError expired =
        ApiAnswerParser::error(answer(401, R"({"error":{"code":"auth.tokenExpired","message":"x"}})"));
    CHECK(expired.kind == ApiError::Kind::Auth);
    CHECK(expired.code == QLatin1String("auth.tokenExpired"));

    const ApiError refused = ApiAnswerParser::error(answer(422, "not json"));
    CHECK(refused.kind == ApiError::Kind::Refused);
    CHECK(refused.code == QLatin1String("http.422"));
    CHECK(ApiAnswerParser::error(answer(302, "")).kind == ApiError::Kind::BadAnswer);
}

TEST_CASE("Retry-After is read as seconds, anything else ignored", "[sync][parser]")
{
    CHECK(ApiAnswerParser::retryAfter("5") == 5);
    CHECK(ApiAnswerParser::retryAfter(" 0 ") == 0);
    CHECK_FALSE(ApiAnswerParser::retryAfter("-1"));
    CHECK_FALSE(ApiAnswerParser::retryAfter("Wed, 21 Oct 2015 07:28:00 GMT"));
    CHECK(ApiAnswerParser::retryAfter("99999999") == 24 * 3600);
}

TEST_CASE("A material state is read and checked", "[sync][parser]")
{
    const auto state = ApiAnswerParser::materialState(
        answer(200, R"({"sha256":")" + sha +
                        R"(","size":10,"mediaType":"image/jpeg","state":"uploading","offset":4})"));
    REQUIRE(state.ok());
    CHECK(state->offset == 4);
    CHECK(state->size == 10);
    CHECK_FALSE(state->complete);

    CHECK_FALSE(ApiAnswerParser::materialState(
                    answer(200, R"({"sha256":")" + sha + R"(","size":10,"state":"uploading","offset":11})"))
                    .ok());
    CHECK_FALSE(ApiAnswerParser::materialState(
                    answer(200, R"({"sha256":")" + sha + R"(","size":-1,"state":"complete","offset":0})"))
                    .ok());
    CHECK_FALSE(ApiAnswerParser::materialState(
                    answer(200, R"({"sha256":"abc","size":1,"state":"complete","offset":1})"))
                    .ok());
    CHECK(ApiAnswerParser::materialState(answer(200, "[1,2]")).error().code ==
          QLatin1String("api.badAnswer"));
}

TEST_CASE("A login answer and a feed page are read; incomplete ones refused", "[sync][parser]")
{
    const auto login = ApiAnswerParser::login(
        answer(200, R"({"tokenType":"Bearer","accessToken":"owa_1","refreshToken":"owr_1",
                 "accessExpiresAt":"2025-10-20T02:56:00.000Z","refreshExpiresAt":"2025-10-27T02:41:00.000Z",
                 "user":{"login":"wangli","name":"王丽","role":"clerk","window":{"key":"420800-01-007"}}})"));
    REQUIRE(login.ok());
    CHECK(login->accessToken == QLatin1String("owa_1"));
    CHECK(login->user.windowKey == QLatin1String("420800-01-007"));
    CHECK(login->user.name == QStringLiteral("王丽"));
    CHECK(login->accessExpiresAt.isValid());
    CHECK_FALSE(ApiAnswerParser::login(answer(200, R"({"accessToken":"owa_1"})")).ok());

    const auto page = ApiAnswerParser::feedPage(
        answer(200, R"({"changes":[{"revision":"7"}],"nextCursor":"7","hasMore":false})"),
        QStringLiteral("changes"));
    REQUIRE(page.ok());
    CHECK(page->items.size() == 1);
    CHECK(page->nextCursor == QLatin1String("7"));
    CHECK_FALSE(ApiAnswerParser::feedPage(answer(200, R"({"changes":{},"nextCursor":"7","hasMore":false})"),
                                          QStringLiteral("changes"))
                    .ok());
}

TEST_CASE("A status change needs a case, a status and a time", "[sync][parser]")
{
    const QJsonObject entry{
        {QStringLiteral("revision"), QStringLiteral("12")},
        {QStringLiteral("caseUuid"), QStringLiteral("4012a5ff-0000-4000-8000-000000000001")},
        {QStringLiteral("status"), QStringLiteral("dispatched")},
        {QStringLiteral("at"), QStringLiteral("2025-10-20T02:41:00.000Z")},
        {QStringLiteral("by"), QStringLiteral("chengang")}};
    const auto change = ApiAnswerParser::statusChange(entry);
    REQUIRE(change.ok());
    CHECK(change->status == QLatin1String("dispatched"));
    QJsonObject noTime = entry;
    noTime.remove(QStringLiteral("at"));
    CHECK_FALSE(ApiAnswerParser::statusChange(noTime).ok());
}

TEST_CASE("The parser never fails hard on garbage", "[sync][parser]")
{
    const QList<QByteArray> bodies{"",
                                   "{",
                                   "null",
                                   "[]",
                                   "{\"error\":5}",
                                   "{\"error\":{\"details\":[]}}",
                                   QByteArray(3, '\0'),
                                   "\xff\xfe{}",
                                   "{\"size\":1e400}"};
    for (const QByteArray& body : bodies) {
        for (int status : {0, 200, 204, 400, 401, 409, 500, 999}) {
            (void)ApiAnswerParser::error(answer(status, body));
            (void)ApiAnswerParser::materialState(answer(status, body));
            (void)ApiAnswerParser::login(answer(status, body));
            (void)ApiAnswerParser::feedPage(answer(status, body), QStringLiteral("items"));
        }
    }
    SUCCEED();
}
