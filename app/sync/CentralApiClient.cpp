#include "sync/CentralApiClient.h"

#include "sync/ApiAnswerParser.h"
#include "sync/SyncLog.h"

#include <QJsonDocument>

namespace ow {

namespace {

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

ApiRequest request(const QByteArray& method, const QString& path, const QByteArray& body = {},
                   const QUuid& key = {})
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.body = body;
    request.idempotencyKey = key;
    return request;
}

QString uuidText(const QUuid& uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

Result<QJsonObject> anObject(const ApiAnswer& answer)
{
    return ApiAnswerParser::object(answer);
}

} // namespace

CentralApiClient::CentralApiClient(const QUrl& baseUrl, QObject* parent)
    : QObject(parent)
    , m_transport(m_network, baseUrl)
{}

template <typename T>
void CentralApiClient::call(const ApiRequest& request, std::function<Result<T>(const ApiAnswer&)> parse,
                            Callback<T> done)
{
    exchange(request, bool(m_refreshToken),
             [parse = std::move(parse), done = std::move(done)](ApiReply<ApiAnswer> reply) {
                 if (!reply.ok())
                     return done(reply.error());
                 Result<T> value = parse(reply.value());
                 if (!value)
                     return done(ApiError::badAnswer(value.error().message));
                 done(std::move(value).value());
             });
}

void CentralApiClient::exchange(const ApiRequest& request, bool mayRefresh, ApiTransport::Done done)
{
    m_transport.send(request, [this, request, mayRefresh, done = std::move(done)](ApiReply<ApiAnswer> reply) {
        const bool expired = !reply.ok() && reply.error().kind == ApiError::Kind::Auth &&
                             reply.error().code == QLatin1String("auth.tokenExpired");
        const QString refreshToken =
            expired && mayRefresh && request.authorised && m_refreshToken ? m_refreshToken() : QString();
        if (refreshToken.isEmpty()) {
            if (!reply.ok() && reply.error().kind == ApiError::Kind::Auth && request.authorised)
                emit signInRequired(reply.error());
            return done(std::move(reply));
        }
        qCInfo(lcSync) << "access token expired; renewing it";
        refresh(refreshToken, [this, request, done, original = reply.error()](ApiReply<LoginAnswer> renewed) {
            if (!renewed.ok()) {
                emit signInRequired(renewed.error());
                return done(original);
            }
            setAccessToken(renewed.value().accessToken);
            emit tokensRefreshed(renewed.value());
            exchange(request, false, done);
        });
    });
}

void CentralApiClient::login(const LoginRequest& login, Callback<LoginAnswer> done)
{
    QJsonObject body{{QStringLiteral("login"), login.login}, {QStringLiteral("password"), login.password}};
    if (!login.window.isEmpty())
        body.insert(QStringLiteral("window"), login.window);
    if (!login.deviceId.isEmpty())
        body.insert(QStringLiteral("deviceId"), login.deviceId);
    ApiRequest req = request("POST", QStringLiteral("/auth/login"), json(body));
    req.authorised = false;
    call<LoginAnswer>(req, &ApiAnswerParser::login, std::move(done));
}

void CentralApiClient::refresh(const QString& refreshToken, Callback<LoginAnswer> done)
{
    ApiRequest req = request("POST", QStringLiteral("/auth/refresh"),
                             json({{QStringLiteral("refreshToken"), refreshToken}}));
    req.authorised = false;
    // Not through exchange: a refresh never triggers another refresh.
    m_transport.send(req, [done = std::move(done)](ApiReply<ApiAnswer> reply) {
        if (!reply.ok())
            return done(reply.error());
        Result<LoginAnswer> answer = ApiAnswerParser::login(reply.value());
        if (!answer)
            return done(ApiError::badAnswer(answer.error().message));
        done(std::move(answer).value());
    });
}

void CentralApiClient::logout(Callback<QJsonObject> done)
{
    call<QJsonObject>(request("POST", QStringLiteral("/auth/logout"), "{}"), anObject, std::move(done));
}

void CentralApiClient::me(Callback<ApiUser> done)
{
    call<ApiUser>(
        request("GET", QStringLiteral("/auth/me")),
        [](const ApiAnswer& answer) -> Result<ApiUser> {
            auto body = ApiAnswerParser::object(answer);
            if (!body)
                return body.error();
            return ApiAnswerParser::user(body->value(QLatin1String("user")).toObject());
        },
        std::move(done));
}

void CentralApiClient::health(Callback<QJsonObject> done)
{
    ApiRequest req = request("GET", QStringLiteral("/health"));
    req.authorised = false;
    call<QJsonObject>(req, anObject, std::move(done));
}

void CentralApiClient::upsertCase(const QUuid& caseUuid, const QByteArray& caseJson, const QUuid& key,
                                  Callback<QJsonObject> done)
{
    call<QJsonObject>(request("PUT", QStringLiteral("/cases/") + uuidText(caseUuid), caseJson, key), anObject,
                      std::move(done));
}

void CentralApiClient::announceMaterial(const QString& sha256, qint64 size, const QString& mediaType,
                                        const QUuid& key, Callback<MaterialState> done)
{
    QJsonObject body{{QStringLiteral("sha256"), sha256}, {QStringLiteral("size"), size}};
    if (!mediaType.isEmpty())
        body.insert(QStringLiteral("mediaType"), mediaType);
    call<MaterialState>(request("POST", QStringLiteral("/materials"), json(body), key),
                        &ApiAnswerParser::materialState, std::move(done));
}

void CentralApiClient::materialState(const QString& sha256, Callback<MaterialState> done)
{
    call<MaterialState>(request("GET", QStringLiteral("/materials/") + sha256),
                        &ApiAnswerParser::materialState, std::move(done));
}

void CentralApiClient::putChunk(const QString& sha256, qint64 offset, const QByteArray& bytes,
                                const QUuid& key, Callback<MaterialState> done)
{
    ApiRequest req =
        request("PUT", QStringLiteral("/materials/%1/chunks/%2").arg(sha256).arg(offset), bytes, key);
    req.contentType = "application/octet-stream";
    call<MaterialState>(req, &ApiAnswerParser::materialState, std::move(done));
}

void CentralApiClient::fetchFeed(ApiFeed feed, const QString& cursor, int limit, Callback<FeedPage> done)
{
    static const struct
    {
        const char* path;
        const char* items;
    } feeds[] = {{"/cases/changes", "changes"},
                 {"/catalog/items", "items"},
                 {"/catalog/themes", "themes"},
                 {"/calendar/holidays", "years"}};
    const auto& which = feeds[static_cast<int>(feed)];
    ApiRequest req = request("GET", QLatin1String(which.path));
    if (!cursor.isEmpty())
        req.query.addQueryItem(QStringLiteral("cursor"), cursor);
    if (limit > 0)
        req.query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    const QString items = QLatin1String(which.items);
    call<FeedPage>(
        req, [items](const ApiAnswer& answer) { return ApiAnswerParser::feedPage(answer, items); },
        std::move(done));
}

void CentralApiClient::submitRating(const QJsonObject& rating, const QUuid& key, Callback<QJsonObject> done)
{
    call<QJsonObject>(request("POST", QStringLiteral("/ratings"), json(rating), key), anObject,
                      std::move(done));
}

void CentralApiClient::sendAuditEvents(const QJsonArray& events, const QUuid& key, Callback<QJsonObject> done)
{
    call<QJsonObject>(
        request("POST", QStringLiteral("/audit-events"), json({{QStringLiteral("events"), events}}), key),
        anObject, std::move(done));
}

} // namespace ow
