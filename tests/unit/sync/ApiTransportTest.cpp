#include "sync/ApiTransport.h"

#include <QNetworkAccessManager>
#include <QTest>
#include <catch2/catch.hpp>

using namespace ow;

TEST_CASE("Plain HTTP is allowed only to loopback hosts", "[sync][transport]")
{
    CHECK(ApiTransport::checkUrl(QUrl(QStringLiteral("https://central.example.gov.cn"))).ok());
    CHECK(ApiTransport::checkUrl(QUrl(QStringLiteral("http://127.0.0.1:8470"))).ok());
    CHECK(ApiTransport::checkUrl(QUrl(QStringLiteral("http://127.8.0.1"))).ok());
    CHECK(ApiTransport::checkUrl(QUrl(QStringLiteral("http://localhost:8470"))).ok());
    CHECK(ApiTransport::checkUrl(QUrl(QStringLiteral("http://[::1]:8470"))).ok());
    const auto refused = ApiTransport::checkUrl(QUrl(QStringLiteral("http://central.example.gov.cn")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QLatin1String("network.insecure"));
    CHECK(refused.error().message.contains(QLatin1String("https://")));
    CHECK_FALSE(ApiTransport::checkUrl(QUrl(QStringLiteral("http://192.168.1.10"))).ok());
    CHECK_FALSE(ApiTransport::checkUrl(QUrl(QStringLiteral("http://localhost.evil.example"))).ok());
    CHECK_FALSE(ApiTransport::checkUrl(QUrl(QStringLiteral("ftp://127.0.0.1"))).ok());
    CHECK_FALSE(ApiTransport::checkUrl(QUrl()).ok());
}

TEST_CASE("Requests carry the timeout, the safe redirect policy, the token and the key", "[sync][transport]")
{
    QNetworkAccessManager network;
    ApiTransport transport(network, QUrl(QStringLiteral("https://central.example.gov.cn/base/")));
    transport.setTimeout(std::chrono::milliseconds(1234));
    transport.setAccessToken(QStringLiteral("owa_token"));
    ApiRequest request;
    request.method = "PUT";
    request.path = QStringLiteral("/cases/abc");
    request.body = "{}";
    request.idempotencyKey = QUuid(QStringLiteral("{4012a5ff-0000-4000-8000-000000000001}"));
    const QNetworkRequest built = transport.networkRequest(request);
    CHECK(built.url().toString() == QLatin1String("https://central.example.gov.cn/base/api/v1/cases/abc"));
    CHECK(built.transferTimeout() == 1234);
    CHECK(built.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt() ==
          QNetworkRequest::NoLessSafeRedirectPolicy);
    CHECK(built.rawHeader("Authorization") == "Bearer owa_token");
    CHECK(built.rawHeader("Idempotency-Key") == "4012a5ff-0000-4000-8000-000000000001");

    request.authorised = false;
    request.idempotencyKey = QUuid();
    const QNetworkRequest anonymous = transport.networkRequest(request);
    CHECK_FALSE(anonymous.hasRawHeader("Authorization"));
    CHECK_FALSE(anonymous.hasRawHeader("Idempotency-Key"));
}

TEST_CASE("Plain HTTP to another host is refused before anything is sent", "[sync][transport]")
{
    QNetworkAccessManager network;
    ApiTransport transport(network, QUrl(QStringLiteral("http://central.example.gov.cn")));
    std::optional<ApiReply<ApiAnswer>> result;
    transport.send(ApiRequest{}, [&](ApiReply<ApiAnswer> reply) { result = std::move(reply); });
    CHECK_FALSE(result.has_value()); // never from inside send
    REQUIRE(QTest::qWaitFor([&] { return result.has_value(); }, 2000));
    CHECK(result->error().kind == ApiError::Kind::Insecure);
    CHECK_FALSE(result->error().retryable());
}
