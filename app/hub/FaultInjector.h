#pragma once
// Seeded fault decisions (--fail-rate, --drop-after-commit-rate, --truncate-rate, --seed). Each kind of fault has
// its own pseudo-random stream (SplitMix64, defined bit for bit, unlike std:: distributions), so the same seed
// gives the same sequence of decisions for the same sequence of requests, whatever the other rates are.

#include <QtGlobal>

namespace vanban::hub {

class FaultInjector {
public:
    struct Rates {
        double fail = 0;            // 503 errorCode 20 before doing anything
        double dropAfterCommit = 0; // do the work, then close the connection without answering
        double truncate = 0;        // send the full Content-Length, then half of the body, then close
    };

    FaultInjector(Rates rates, quint64 seed);

    bool nextFail() { return m_fail.draw(m_rates.fail); }
    bool nextDrop() { return m_drop.draw(m_rates.dropAfterCommit); }
    bool nextTruncate() { return m_truncate.draw(m_rates.truncate); }
    const Rates& rates() const { return m_rates; }

private:
    class Stream {
    public:
        explicit Stream(quint64 seed)
            : m_state(seed) {}
        // One draw per call, whatever the rate, so that decisions depend only on the seed and the call count.
        bool draw(double rate);

    private:
        quint64 m_state;
    };

    Rates m_rates;
    Stream m_fail;
    Stream m_drop;
    Stream m_truncate;
};

} // namespace vanban::hub
