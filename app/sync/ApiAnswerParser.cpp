#include "sync/ApiAnswerParser.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUuid>

namespace ow {

namespace {

Error bad(const QString& what)
{
    return Error{QStringLiteral("api.badAnswer"), what};
}

QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

// A JSON integer that fits in qint64 and is not negative; nullopt otherwise.
std::optional<qint64> count(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!(number >= 0 && number <= 9.0e15) || number != static_cast<double>(static_cast<qint64>(number)))
        return std::nullopt;
    return static_cast<qint64>(number);
}

bool isSha256(const QString& value)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(value).hasMatch();
}

Result<QJsonObject> parseObject(const QByteArray& body)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return bad(ApiAnswerParser::tr("the answer is not a JSON object"));
    return document.object();
}

} // namespace

std::optional<int> ApiAnswerParser::retryAfter(const QByteArray& value)
{
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (!ok || seconds < 0)
        return std::nullopt;
    return std::min(seconds, 24 * 3600);
}

ApiError ApiAnswerParser::error(const ApiAnswer& answer)
{
    ApiError error;
    error.status = answer.status;
    error.retryAfterSeconds = retryAfter(answer.header("retry-after")).value_or(-1);
    bool serverRetryable = false;
    if (auto body = parseObject(answer.body); body) {
        const QJsonObject object = body->value(QLatin1String("error")).toObject();
        error.code = text(object, "code");
        error.details = object.value(QLatin1String("details")).toObject();
        serverRetryable = object.value(QLatin1String("retryable")).toBool(false);
    }
    if (error.code.isEmpty())
        error.code = QStringLiteral("http.%1").arg(answer.status);
    if (answer.status == 401)
        error.kind = ApiError::Kind::Auth;
    else if (answer.status >= 500 || answer.status == 429 || (answer.status == 409 && serverRetryable))
        error.kind = ApiError::Kind::Retryable;
    else if (answer.status >= 400)
        error.kind = ApiError::Kind::Refused;
    else
        error.kind = ApiError::Kind::BadAnswer; // 1xx, 3xx: nothing the contract answers
    error.message = error.kind == ApiError::Kind::BadAnswer
                        ? ApiError::badAnswer(tr("HTTP status %1").arg(answer.status)).message
                        : ApiError::describe(answer.status, error.code);
    return error;
}

Result<QJsonObject> ApiAnswerParser::object(const ApiAnswer& answer)
{
    if (answer.body.trimmed().isEmpty())
        return QJsonObject();
    return parseObject(answer.body);
}

Result<MaterialState> ApiAnswerParser::materialState(const ApiAnswer& answer)
{
    auto body = object(answer);
    if (!body)
        return body.error();
    const QJsonObject& json = *body;
    MaterialState state;
    state.sha256 = text(json, "sha256");
    const auto size = count(json.value(QLatin1String("size")));
    const auto offset = count(json.value(QLatin1String("offset")));
    const QString kind = text(json, "state");
    if (!isSha256(state.sha256) || !size || !offset || *offset > *size ||
        (kind != QLatin1String("complete") && kind != QLatin1String("uploading")))
        return bad(tr("the material's state is incomplete"));
    state.size = *size;
    state.offset = *offset;
    state.complete = kind == QLatin1String("complete");
    return state;
}

Result<ApiUser> ApiAnswerParser::user(const QJsonObject& object)
{
    ApiUser user;
    user.login = text(object, "login");
    user.name = text(object, "name");
    user.role = text(object, "role");
    user.windowKey = text(object.value(QLatin1String("window")).toObject(), "key");
    if (user.login.isEmpty() || user.role.isEmpty())
        return bad(tr("the user has no login or role"));
    return user;
}

Result<LoginAnswer> ApiAnswerParser::login(const ApiAnswer& answer)
{
    auto body = object(answer);
    if (!body)
        return body.error();
    LoginAnswer login;
    login.accessToken = text(*body, "accessToken");
    login.refreshToken = text(*body, "refreshToken");
    login.accessExpiresAt = QDateTime::fromString(text(*body, "accessExpiresAt"), Qt::ISODateWithMs);
    login.refreshExpiresAt = QDateTime::fromString(text(*body, "refreshExpiresAt"), Qt::ISODateWithMs);
    if (login.accessToken.isEmpty() || login.refreshToken.isEmpty())
        return bad(tr("the sign-in answer has no tokens"));
    auto user = ApiAnswerParser::user(body->value(QLatin1String("user")).toObject());
    if (!user)
        return user.error();
    login.user = *user;
    return login;
}

Result<FeedPage> ApiAnswerParser::feedPage(const ApiAnswer& answer, const QString& itemsKey)
{
    auto body = object(answer);
    if (!body)
        return body.error();
    const QJsonValue items = body->value(itemsKey);
    const QJsonValue cursor = body->value(QLatin1String("nextCursor"));
    const QJsonValue hasMore = body->value(QLatin1String("hasMore"));
    if (!items.isArray() || !cursor.isString() || !hasMore.isBool())
        return bad(tr("the feed page has no %1, nextCursor or hasMore").arg(itemsKey));
    return FeedPage{items.toArray(), cursor.toString(), hasMore.toBool()};
}

Result<StatusChangeEntry> ApiAnswerParser::statusChange(const QJsonObject& entry)
{
    StatusChangeEntry change;
    const QJsonValue revision = entry.value(QLatin1String("revision"));
    change.revision =
        revision.isString() ? revision.toString() : QString::number(revision.toDouble(), 'f', 0);
    change.caseUuid = text(entry, "caseUuid");
    change.status = text(entry, "status");
    change.at = QDateTime::fromString(text(entry, "at"), Qt::ISODateWithMs);
    change.by = text(entry, "by");
    change.note = text(entry, "note");
    change.origin = text(entry, "origin");
    if (QUuid::fromString(change.caseUuid).isNull() || change.status.isEmpty() || !change.at.isValid())
        return bad(tr("a status change has no case, status or time"));
    return change;
}

} // namespace ow
