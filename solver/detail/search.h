// Local search over an allocation: swaps, moves and reorders under late acceptance, on one
// thread or on two threads that share the halls between them.
#pragma once

#include "score.h"

#include <atomic>
#include <chrono>
#include <functional>

namespace bp::detail
{

// Small, fast and reproducible on every platform (xoshiro-style).
struct Rng
{
    uint64_t s[2];
    explicit Rng(uint64_t seed)
    {
        uint64_t z = seed + 0x9E3779B97F4A7C15ull;
        for (uint64_t& x : s)
        {
            z += 0x9E3779B97F4A7C15ull;
            uint64_t y = z;
            y = (y ^ (y >> 30)) * 0xBF58476D1CE4E5B9ull;
            y = (y ^ (y >> 27)) * 0x94D049BB133111EBull;
            x = y ^ (y >> 31);
        }
    }
    uint64_t next()
    {
        uint64_t a = s[0], b = s[1], r = a + b;
        b ^= a;
        s[0] = ((a << 24) | (a >> 40)) ^ b ^ (b << 16);
        s[1] = (b << 37) | (b >> 27);
        return r;
    }
    uint32_t below(uint32_t n) { return n ? static_cast<uint32_t>(((next() >> 32) * n) >> 32) : 0; }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
};

using Clock = std::chrono::steady_clock;

struct SearchControl
{
    uint64_t seed = 1;
    int64_t iterations = 0;
    Clock::time_point deadline;
    const std::atomic<bool>* cancel = nullptr;
    // Called ~10 times a second with the share of iterations done and the best plan so far; may be empty.
    std::function<void(double fraction, Score, const std::vector<Place>&)> progress;
    bool cross_hall = false; // moves may change an exhibitor's hall
};

// True when the cancel flag is up or the deadline has passed.
bool should_stop(const SearchControl& control);

struct SearchOutcome
{
    int64_t moves = 0;
    bool stopped = false; // by the deadline or the cancel flag
};

// Improves the state in place, moving only `movers` and only into `halls` (1 = hall allowed).
// Late acceptance; ends on the best plan it saw (snapshots are taken now and then).
SearchOutcome local_search(State& S, const std::vector<int32_t>& movers, const std::vector<uint8_t>& halls,
                           const SearchControl& control);

// A split pavilion's assigned members: those in its largest connected part and those outside it.
struct PavilionParts
{
    std::vector<int32_t> main, outside;
};

// Calls visit(pv, parts) for each pavilion split in S, in pavilion order, as S stands when its
// turn comes; stops when visit returns false or the search should stop.
template <class Visit> void for_each_split_pavilion(const State& S, const SearchControl& control, Visit visit)
{
    const AllocationProblem& P = S.problem();
    std::vector<uint32_t> mark(P.exhibitors.size(), 0);
    std::vector<int32_t> comp(P.exhibitors.size(), -1);
    uint32_t epoch = 0;
    PavilionParts parts;
    for (int32_t pv = 0; pv < int32_t(P.pavilions.size()); ++pv)
    {
        if (S.pavilion_split_m2(pv) == 0)
            continue;
        if (should_stop(control))
            return;
        int32_t root = -1;
        pavilion_split(P, pv, S.places(), S.occupant(), mark, epoch, &comp, &root);
        parts.main.clear();
        parts.outside.clear();
        for (int32_t m : P.pavilions[pv].members)
            if (S.places()[m].assigned())
                (comp[m] == root ? parts.main : parts.outside).push_back(m);
        if (!visit(pv, parts))
            return;
    }
}

// Commits changes in chunks of at most four (State's limit); each chunk must fit on its own.
// False at the first that does not (those before it stay committed).
bool apply_chunks(State& S, const std::vector<State::Change>& changes);

// Pulls members of split pavilions next to their pavilion's largest part: into free modules, by a
// swap with a non-member of the same shape, or by evicting up to three non-members to make room
// (they are re-placed nearby). Kept only when the score improves. Returns the repairs made.
int64_t repair_pavilions(State& S, const SearchControl& control);

// Re-seats each split pavilion whole (ruin and recreate): its main part grown over others, or
// all its members moved into the largest free areas or over others where its main part stands;
// those who make way are seated again nearby. Kept only when the score improves. Returns the
// pavilions improved.
int64_t recreate_pavilions(State& S, const SearchControl& control);

// Seats exhibitors left without a booth where the fewest others (up to eight, movable, not of its
// pavilion) stand in the way, those moved elsewhere (near, else in another open hall). Kept only
// when the score improves, fewer are left without a booth and no pavilion is split by it. Returns
// the exhibitors seated.
int64_t repair_unassigned(State& S, const SearchControl& control);

// Moves single-module booths into free modules that no other free module touches, when the score
// improves. Returns the repairs made.
int64_t repair_isolated(State& S, const SearchControl& control);

// On a small fair: every swap of two movers' same-shape booths and every move of a mover to a free
// place into `halls`, improving ones kept, until none improves. Returns the passes made.
int descend(State& S, const std::vector<int32_t>& movers, const std::vector<uint8_t>& halls,
            const SearchControl& control);

// On a small fair: the movers of each block, and of each pair of blocks of a hall, seated again in
// the best arrangement of their own terms there (a bounded exhaustive search, in passes of growing
// effort), kept when the whole score improves. Returns the arrangements kept.
int64_t rearrange_blocks(State& S, const std::vector<int32_t>& movers, const std::vector<uint8_t>& halls,
                         const SearchControl& control);

// Splits the open halls between `threads` searches on copies of `places`, then merges.
std::vector<Place> parallel_search(const AllocationProblem& P, const Weights& W, const std::vector<Place>& places,
                                   int threads, const SearchControl& control, int64_t& moves, bool& stopped);

} // namespace bp::detail
