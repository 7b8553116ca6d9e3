#pragma once

// ApiAnswerParser: the pure reading of central-API answers (status, headers, body bytes) into typed
// values; no network, so it can be fuzzed. Never crashes on garbage: it returns an error instead.

#include "core/Result.h"
#include "sync/ApiError.h"
#include "sync/ApiTypes.h"

#include <QCoreApplication>
#include <optional>

namespace ow {

class ApiAnswerParser
{
public:
    // The typed error of an answer that is not a success (status outside 200-299), from the contract's
    // one error body; an unreadable body is classified by its status alone.
    static ApiError error(const ApiAnswer& answer);
    // Retry-After in seconds (delta-seconds only; an HTTP date is ignored).
    static std::optional<int> retryAfter(const QByteArray& value);

    // The JSON object of a success; an empty body (204) gives an empty object.
    static Result<QJsonObject> object(const ApiAnswer& answer);
    static Result<MaterialState> materialState(const ApiAnswer& answer);
    static Result<LoginAnswer> login(const ApiAnswer& answer);
    static Result<ApiUser> user(const QJsonObject& object);
    // A feed page whose entries are under itemsKey ("changes", "items", "years"...).
    static Result<FeedPage> feedPage(const ApiAnswer& answer, const QString& itemsKey);
    static Result<StatusChangeEntry> statusChange(const QJsonObject& entry);

    Q_DECLARE_TR_FUNCTIONS(ow::ApiAnswerParser)
};

} // namespace ow
