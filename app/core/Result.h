#pragma once

// Result<T>: a value or an Error; how every OneWindow module reports failure across its boundary.

#include <QString>
#include <utility>
#include <variant>

namespace ow {

// A failure a person can meet: a stable code for programs and tests, and a translated message that
// says what happened and what to do.
struct Error
{
    QString code;
    QString message;
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    static Result failure(QString code, QString message)
    {
        return Error{std::move(code), std::move(message)};
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_data); }
    T& value() & { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    const T* operator->() const { return &std::get<0>(m_data); }
    const T& operator*() const { return std::get<0>(m_data); }

    const Error& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {}

    static Result failure(QString code, QString message)
    {
        return Error{std::move(code), std::move(message)};
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace ow
