#pragma once
// Injectable clock: services take a Clock so tests can register documents on 31 December and 1 January.

#include <QDateTime>
#include <QTimeZone>

namespace vanban {

class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const { return QDateTime::currentDateTime(); }
    static const Clock& system() {
        static const Clock clock;
        return clock;
    }
};

class FixedClock : public Clock {
public:
    explicit FixedClock(QDateTime at)
        : m_at(std::move(at)) {}
    QDateTime now() const override { return m_at; }
    void set(QDateTime at) { m_at = std::move(at); }

private:
    QDateTime m_at;
};

} // namespace vanban
