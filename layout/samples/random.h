// The samples' random numbers: a small portable generator (splitmix64), so that every sample and
// every generated fair is byte-identical for a seed on any platform. Internal to layout/samples.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace bp::samples
{

struct Random
{
    uint64_t state;
    explicit Random(uint64_t seed) : state(seed * 0x9E3779B97F4A7C15ull + 0x632BE59BD9B4E019ull) {}
    uint64_t next()
    {
        uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; } // [0, 1)
    double between(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    int below(int n) { return static_cast<int>(next() % static_cast<uint64_t>(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); } // inclusive
    bool chance(double p) { return uniform() < p; }
    template <class T, size_t N> const T& pick(const std::array<T, N>& a) { return a[static_cast<size_t>(below(N))]; }
};

} // namespace bp::samples
