#pragma once

// ApiFailure: thrown inside a route handler to end it early with an error answer. The server's request
// pipeline catches it (it never crosses the event loop), rolls the transaction back and sends the answer.

#include "ApiResponse.h"

#include <exception>
#include <utility>

namespace ow::central {

class ApiFailure : public std::exception
{
public:
    explicit ApiFailure(ApiResponse response)
        : m_response(std::move(response))
    {}

    static ApiFailure badRequest(const QString& code, const QString& message, const QJsonObject& details = {})
    {
        return ApiFailure(ApiResponse::error(400, code, message, false, details));
    }
    static ApiFailure unprocessable(const QString& code, const QString& message,
                                    const QJsonObject& details = {})
    {
        return ApiFailure(ApiResponse::error(422, code, message, false, details));
    }
    static ApiFailure notFound(const QString& code, const QString& message)
    {
        return ApiFailure(ApiResponse::error(404, code, message));
    }
    static ApiFailure conflict(const QString& code, const QString& message, bool retryable = false,
                               const QJsonObject& details = {})
    {
        return ApiFailure(ApiResponse::error(409, code, message, retryable, details));
    }
    static ApiFailure forbidden(const QString& code, const QString& message)
    {
        return ApiFailure(ApiResponse::error(403, code, message));
    }

    const ApiResponse& response() const { return m_response; }
    const char* what() const noexcept override { return "ow::central::ApiFailure"; }

private:
    ApiResponse m_response;
};

} // namespace ow::central
