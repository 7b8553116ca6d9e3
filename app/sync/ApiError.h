#pragma once

// ApiError: why a call to the central server did not succeed, typed by what the caller should do
// (retry, sign in, park), with the server's code, a translated message and the error's details.

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace ow {

struct ApiError
{
    enum class Kind
    {
        None,
        Network,   // no answer: connection refused, reset, cut, DNS (retry)
        Timeout,   // no answer in time (retry)
        Retryable, // 5xx, 429, or a refusal the server marks retryable (retry, honour Retry-After)
        Auth,      // 401: refresh the token or sign in again
        Refused,   // any other 4xx: permanent for this request
        BadAnswer, // an answer that does not follow the contract (retry: a proxy or portal may be in the way)
        Insecure,  // refused before sending: plain HTTP to a host that is not loopback
    };

    Kind kind = Kind::None;
    int status = 0;             // HTTP status; 0 when there was no answer
    QString code;               // the contract's code, e.g. "upload.offsetMismatch"
    QString message;            // translated, for people
    QJsonObject details;        // the error's details object
    int retryAfterSeconds = -1; // Retry-After, -1 when absent

    bool retryable() const;
    // No server to talk to: no connection, no answer in time, or an address that may not be used.
    bool unreachable() const
    {
        return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::Insecure;
    }
    Error toError() const { return Error{code, message}; }

    static ApiError network(const QString& detail);
    static ApiError timeout();
    static ApiError badAnswer(const QString& detail);
    static ApiError insecure(const QString& url);
    // The translated message for a server error code (the server's English text is not shown).
    static QString describe(int status, const QString& code);

    Q_DECLARE_TR_FUNCTIONS(ow::ApiError)
};

// A value of T or the ApiError of the call that should have given it.
template <typename T> class ApiReply
{
public:
    ApiReply(T value)
        : m_value(std::move(value))
    {}
    ApiReply(ApiError error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_error.kind == ApiError::Kind::None; }
    const T& value() const { return m_value; }
    T& value() { return m_value; }
    const ApiError& error() const { return m_error; }

private:
    T m_value{};
    ApiError m_error;
};

} // namespace ow
