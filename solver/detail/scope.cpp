// Scopes of a solve: which exhibitors may move and into which halls (one hall, a selection, a
// pavilion re-seated in its region).
#include "scope.h"

#include "score.h"

#include <algorithm>

namespace bp::detail
{

namespace
{

// The hall holding most of the pavilion's booths now, or -1.
int32_t main_hall(const AllocationProblem& P, int32_t pv)
{
    std::vector<int64_t> area(static_cast<size_t>(P.halls), 0);
    for (int32_t m : P.pavilions[pv].members)
        if (P.exhibitors[m].previous.assigned())
            area[static_cast<size_t>(P.hall_of(P.exhibitors[m].previous))] += area_int(P, P.exhibitors[m].previous);
    auto best = std::max_element(area.begin(), area.end());
    return best == area.end() || *best == 0 ? -1 : int32_t(best - area.begin());
}

bool covers_mask(const AllocationProblem& P, const Place& p, const std::vector<uint8_t>& mask)
{
    for (int r = p.row; r < p.row + p.rows; ++r)
        for (int c = p.col; c < p.col + p.cols; ++c)
            if (mask[P.cell(p.block, r, c)])
                return true;
    return false;
}

// Re-seating a pavilion: its members move, and so do those standing in its region (who make
// way) or, without a region, the others in its hall. Those who make way may go to any hall
// when theirs is full.
void reseat_scope(AllocationProblem& P, int32_t pv, std::vector<uint8_t>& moves)
{
    const PavilionGroup& g = P.pavilions[pv];
    for (int32_t m : g.members)
        moves[m] = 1;
    const int32_t hall = g.region >= 0 ? g.region_hall : main_hall(P, pv);
    if (hall < 0)
        return;
    for (int32_t e = 0; e < P.exhibitor_count(); ++e)
    {
        ExhibitorRequest& x = P.exhibitors[e];
        if (x.pavilion == pv || !x.previous.assigned() || P.hall_of(x.previous) != hall)
            continue;
        if (g.region < 0)
            moves[e] = 1;
        else if (covers_mask(P, x.previous, P.masks[g.region]))
        {
            x.make_way = true;
            moves[e] = 1;
        }
    }
    // A pavilion some of whose members make way may move as a whole, or those who make way would
    // leave it in pieces: the rest of it could not follow them.
    if (g.region < 0)
        return;
    std::vector<uint8_t> touched(P.pavilions.size(), 0);
    for (int32_t e = 0; e < P.exhibitor_count(); ++e)
        if (P.exhibitors[e].make_way && P.exhibitors[e].pavilion >= 0)
            touched[static_cast<size_t>(P.exhibitors[e].pavilion)] = 1;
    for (size_t q = 0; q < touched.size(); ++q)
        if (touched[q])
            for (int32_t m : P.pavilions[q].members)
                moves[m] = 1;
}

} // namespace

void apply_scope(AllocationProblem& P, const SolveScope& scope)
{
    if (scope.empty())
        return;
    std::vector<uint8_t> moves(P.exhibitors.size(), 1);
    if (!scope.halls.empty())
    {
        P.hall_open.assign(static_cast<size_t>(P.halls), 0);
        for (HallId h : scope.halls)
            if (h.valid() && h.value < P.halls)
                P.hall_open[h.index()] = 1;
        for (int32_t e = 0; e < P.exhibitor_count(); ++e)
        {
            const Place& prev = P.exhibitors[e].previous;
            moves[e] = !prev.assigned() || P.hall_open[P.hall_of(prev)];
        }
    }
    if (!scope.exhibitors.empty())
    {
        std::vector<uint8_t> listed(P.exhibitors.size(), 0);
        for (ExhibitorId id : scope.exhibitors)
            if (id.valid() && id.index() < listed.size())
                listed[id.index()] = 1;
        for (size_t e = 0; e < moves.size(); ++e)
            moves[e] = moves[e] && listed[e];
    }
    if (scope.reseat.valid() && scope.reseat.index() < P.pavilions.size())
    {
        std::fill(moves.begin(), moves.end(), 0);
        reseat_scope(P, scope.reseat.value, moves);
    }
    for (size_t e = 0; e < moves.size(); ++e)
        P.exhibitors[e].fixed = !moves[e];
}

} // namespace bp::detail
