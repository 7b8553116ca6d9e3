#pragma once

// ApiTypes: the answers of the central API the client reads (docs/central-api.md), as plain values.

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace ow {

// An HTTP answer as it arrived: status, body and headers (names in lower case).
struct ApiAnswer
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;

    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
};

// What the server holds of one material (POST/GET /materials, chunk answers).
struct MaterialState
{
    QString sha256;
    qint64 size = 0;
    qint64 offset = 0;
    bool complete = false;
};

// The signed-in user as login, refresh and /auth/me describe them.
struct ApiUser
{
    QString login;
    QString name;
    QString role;      // clerk | supervisor | dispatch
    QString windowKey; // "420800-01-007"; empty when the user has no window
};

// The answer of login and refresh: a new token pair.
struct LoginAnswer
{
    QString accessToken;
    QString refreshToken;
    QDateTime accessExpiresAt;
    QDateTime refreshExpiresAt;
    ApiUser user;
};

// One page of a feed: the entries, where to continue, and whether more wait.
struct FeedPage
{
    QJsonArray items;
    QString nextCursor;
    bool hasMore = false;
};

// One entry of the status-change feed (GET /cases/changes); the status stays text so that an unknown
// one can be skipped by the reader.
struct StatusChangeEntry
{
    QString revision;
    QString caseUuid;
    QString status;
    QDateTime at;
    QString by;
    QString note;
    QString origin;
};

} // namespace ow
