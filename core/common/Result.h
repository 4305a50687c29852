#pragma once
// Errors as values: every core service returns Result<T> (a value or an Error). No exceptions cross module
// boundaries. An Error carries a category (mapped to the CLI's exit codes) and a message already translated
// into the user's language, naming the field and the reason where there is one.

#include <QString>
#include <utility>
#include <variant>

namespace vanban {

enum class ErrorCode {
    Usage = 1,      // unknown command or option
    Invalid = 2,    // validation failed
    NotFound = 3,   // no such document, user, file …
    Permission = 4, // role does not allow it, or authentication failed
    Conflict = 5,   // duplicate, number taken, workspace exists, stale version
    External = 6,   // network, exchange, token, disk full, database locked
    Integrity = 7,  // corrupt database or blob, signature invalid
    Internal = 10,
};

struct Error {
    Error() = default;
    Error(ErrorCode c, QString m, QString f = {})
        : code(c)
        , message(std::move(m))
        , field(std::move(f)) {}

    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString field; // the offending field, when a validation error names one

    static Error invalid(const QString& field, const QString& message) { return {ErrorCode::Invalid, message, field}; }
};

template <class T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_state(std::move(value)) {}
    Result(Error error)
        : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    T& value() & { return std::get<T>(m_state); }
    const T& value() const& { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T&& operator*() && { return std::move(*this).value(); }
    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// Result of an operation that yields nothing but may fail.
template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true) {}
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace vanban
