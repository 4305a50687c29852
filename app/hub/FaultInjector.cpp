#include "FaultInjector.h"

namespace vanban::hub {

namespace {
quint64 splitMix64(quint64& state) {
    quint64 z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

quint64 streamSeed(quint64 seed, quint64 kind) {
    quint64 state = seed ^ (kind * 0xD1B54A32D192ED03ull);
    return splitMix64(state);
}
} // namespace

FaultInjector::FaultInjector(Rates rates, quint64 seed)
    : m_rates(rates)
    , m_fail(streamSeed(seed, 1))
    , m_drop(streamSeed(seed, 2))
    , m_truncate(streamSeed(seed, 3)) {}

bool FaultInjector::Stream::draw(double rate) {
    const double u = double(splitMix64(m_state) >> 11) * 0x1.0p-53; // uniform in [0, 1)
    return u < rate;
}

} // namespace vanban::hub
