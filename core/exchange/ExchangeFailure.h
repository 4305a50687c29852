#pragma once
// What went wrong talking to the exchange, classified per shared/spec/exchange-api.md: whether a retry can help,
// how long the exchange asked us to wait, and which recipient it refused.

#include "common/Result.h"

#include <QString>
#include <utility>
#include <variant>

namespace vanban {

struct ExchangeFailure {
    Error error;
    bool retryable = false;
    int retryAfterSeconds = -1; // from Retry-After (errorCode 42), else -1
    QString exchangeCode;       // errorCode of the JSON answer, when there was one
    int httpStatus = 0;         // 0 when no HTTP answer arrived
    QString organId;            // errorCode 18/23: the recipient the exchange refused, when it names one

    static ExchangeFailure retryLater(Error e) {
        ExchangeFailure f;
        f.error = std::move(e);
        f.retryable = true;
        return f;
    }
    static ExchangeFailure final(Error e) {
        ExchangeFailure f;
        f.error = std::move(e);
        return f;
    }
};

template <class T> class [[nodiscard]] ExchangeResult {
public:
    ExchangeResult(T value)
        : m_state(std::move(value)) {}
    ExchangeResult(ExchangeFailure failure)
        : m_state(std::move(failure)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    T& value() { return std::get<T>(m_state); }
    const T& value() const { return std::get<T>(m_state); }
    T* operator->() { return &value(); }
    const ExchangeFailure& failure() const { return std::get<ExchangeFailure>(m_state); }

private:
    std::variant<T, ExchangeFailure> m_state;
};

using ExchangeStatus = ExchangeResult<std::monostate>;

} // namespace vanban
