// The last step of a search on a small fair: every swap of two movers' booths of one shape and
// every move of a mover to a free place is tried in turn, the improving ones kept, until none
// improves (or time runs out). The plan it ends on has no better neighbour of one move or swap.
#include "search.h"

namespace bp::detail
{

namespace
{

// Tries the change; keeps it when the score improves.
bool improve(State& S, const State::Change* ch, int n)
{
    Score cand;
    if (!S.try_move(ch, n, cand))
        return false;
    if (cand > S.score())
    {
        S.commit();
        return true;
    }
    S.undo();
    return false;
}

bool swaps(State& S, const std::vector<int32_t>& movers)
{
    const AllocationProblem& P = S.problem();
    bool any = false;
    for (size_t i = 0; i < movers.size(); ++i)
        for (size_t j = i + 1; j < movers.size(); ++j)
        {
            const int32_t e = movers[i], f = movers[j];
            const Place p = S.places()[e], q = S.places()[f];
            if (!p.assigned() || !q.assigned() || p.rows != q.rows || p.cols != q.cols ||
                (p.block != q.block && (!P.shape_ok(e, q) || !P.shape_ok(f, p))))
                continue;
            const State::Change ch[2] = {{e, q}, {f, p}};
            any |= improve(S, ch, 2);
        }
    return any;
}

bool moves(State& S, const std::vector<int32_t>& movers, const std::vector<uint8_t>& halls)
{
    const AllocationProblem& P = S.problem();
    bool any = false;
    for (int32_t e : movers)
        for (int32_t b = 0; b < int32_t(P.blocks.size()); ++b)
            if (halls[P.blocks[b].hall])
                P.for_each_shape_place(e, b,
                                       [&](const Place& t)
                                       {
                                           if (t == S.places()[e] || !P.fits(e, t, S.occupant()))
                                               return;
                                           const State::Change ch{e, t};
                                           any |= improve(S, &ch, 1);
                                       });
    return any;
}

} // namespace

int descend(State& S, const std::vector<int32_t>& movers, const std::vector<uint8_t>& halls,
            const SearchControl& control)
{
    int passes = 0;
    while (!should_stop(control) && passes < 16)
    {
        ++passes;
        const bool swapped = swaps(S, movers);
        const bool moved = moves(S, movers, halls);
        if (!swapped && !moved)
            break;
    }
    return passes;
}

} // namespace bp::detail
