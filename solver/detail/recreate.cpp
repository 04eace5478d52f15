// Ruin and recreate for split pavilions: where pulling members one by one cannot help (the main
// part is boxed in by other pavilions), the whole pavilion is re-seated in one piece: grown from
// its main part by moving others out of the way, or moved whole into free space or over others;
// whoever makes way is seated again as near as possible. Each attempt is scored from scratch and
// kept only when the plan improves.
#include "construct.h"
#include "search.h"
#include "seat.h"

#include <algorithm>

namespace bp::detail
{

namespace
{

struct Attempt
{
    std::vector<Place> places;
    std::vector<int32_t> occupant;
};

// Seats again those who made way (largest first): their own booth when it is free again, else as
// near it as the hall allows, else in the hall with the most room.
void seat_again(const AllocationProblem& P, const std::vector<Place>& before, std::vector<int32_t> who, Attempt& a)
{
    std::stable_sort(who.begin(), who.end(),
                     [&](int32_t x, int32_t y) { return before[x].modules() > before[y].modules(); });
    for (int32_t o : who)
    {
        const Place& old = before[o];
        Place dest;
        if (old.assigned() && P.fits(o, old, a.occupant) && !P.touches_competitor(o, old, a.occupant))
            dest = old;
        if (!dest.assigned() && old.assigned())
            dest = place_near(P, a.occupant, o, old.block);
        for (int32_t h = 0; h < P.halls && !dest.assigned(); ++h)
            if (P.hall_open[h] && !P.hall_blocks[h].empty())
                dest = place_near(P, a.occupant, o, P.hall_blocks[h].front());
        if (!dest.assigned())
            continue;
        a.places[o] = dest;
        occupy(P, a.occupant, o, dest);
    }
}

// Re-seats the movable members of pv from `seed` (or beside `kept`, members left where they are).
Attempt reseat(const State& S, int32_t pv, const std::vector<int32_t>& moving, int32_t seed, bool evict)
{
    const AllocationProblem& P = S.problem();
    Attempt a{S.places(), S.occupant()};
    for (int32_t m : moving)
    {
        occupy(P, a.occupant, -1, a.places[m]);
        a.places[m] = Place{};
    }
    std::vector<int32_t> evicted;
    std::vector<int32_t> left = seat_pavilion(P, pv, moving, seed, evict, a.places, a.occupant, evicted);
    left.insert(left.end(), evicted.begin(), evicted.end());
    seat_again(P, S.places(), left, a);
    return a;
}

// The cell at the middle of the pavilion's largest part (its members in `main`).
int32_t middle_of(const State& S, const std::vector<int32_t>& main)
{
    if (main.empty())
        return -1;
    const Place& p = S.places()[main[main.size() / 2]];
    return S.problem().cell(p.block, p.row, p.col);
}

} // namespace

int64_t recreate_pavilions(State& S, const SearchControl& control)
{
    const AllocationProblem& P = S.problem();
    int64_t made = 0;
    for_each_split_pavilion(S, control,
                            [&](int32_t pv, const PavilionParts& parts)
                            {
                                std::vector<int32_t> outside, all;
                                for (int32_t m : parts.outside)
                                    if (P.exhibitors[m].movable())
                                        outside.push_back(m);
                                for (int32_t m : P.pavilions[pv].members)
                                    if (P.exhibitors[m].movable())
                                        all.push_back(m);
                                // Candidates: grow the main part over others; the whole pavilion into the largest free
                                // areas; the whole pavilion over others where its main part stands.
                                std::vector<Attempt> attempts;
                                attempts.push_back(reseat(S, pv, outside, -1, true));
                                Attempt empty{S.places(), S.occupant()};
                                for (int32_t m : all)
                                    if (empty.places[m].assigned())
                                    {
                                        occupy(P, empty.occupant, -1, empty.places[m]);
                                        empty.places[m] = Place{};
                                    }
                                const std::vector<FreeArea> areas = free_areas(P, empty.occupant, pv);
                                for (size_t k = 0; k < areas.size() && k < 2; ++k)
                                    attempts.push_back(reseat(S, pv, all, areas[k].seed, false));
                                attempts.push_back(reseat(S, pv, all, middle_of(S, parts.main), true));
                                const Score before = S.score();
                                for (Attempt& a : attempts)
                                {
                                    State T(P, S.weights(), std::move(a.places));
                                    // Those who made way may have left their own pavilion split: pulled back first.
                                    if (!(T.score() > S.score()) && T.pavilion_split_m2(pv) == 0 &&
                                        T.pavilions_split() > 0)
                                        repair_pavilions(T, control);
                                    if (T.score() > S.score())
                                        S.swap(T);
                                }
                                made += S.score() > before;
                                return true;
                            });
    return made;
}

} // namespace bp::detail
