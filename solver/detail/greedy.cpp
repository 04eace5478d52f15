// The plain greedy baseline the solver is measured against (bench_solver): exhibitors in list
// order into blocks in index order, first fit.
#include "construct.h"

#include "seat.h"

namespace bp::detail
{

namespace
{

bool first_fit_in_block(const AllocationProblem& P, int32_t e, int32_t b, const std::vector<int32_t>& occupant,
                        Place& out)
{
    const GridBlock& blk = P.blocks[b];
    Shape shapes[4];
    int n = P.shapes(e, b, shapes);
    for (int s = 0; s < n; ++s)
        for (int r = 0; r + shapes[s].rows <= blk.rows; ++r)
            for (int c = 0; c + shapes[s].cols <= blk.modules; ++c)
            {
                Place p{b, int16_t(r), shapes[s].rows, int16_t(c), shapes[s].cols};
                if (P.fits(e, p, occupant))
                {
                    out = p;
                    return true;
                }
            }
    return false;
}

} // namespace

std::vector<Place> greedy(const AllocationProblem& P, std::vector<Wording>& reasons)
{
    std::vector<Place> places(P.exhibitors.size());
    reasons.assign(P.exhibitors.size(), Wording{});
    std::vector<int32_t> occupant(static_cast<size_t>(P.cells()), -1);
    place_locks(P, occupant, places, reasons);
    size_t first_open = 0; // blocks before it have no free module left
    for (int32_t e = 0; e < P.exhibitor_count(); ++e)
    {
        if (P.exhibitors[e].locked)
            continue;
        bool done = false;
        for (size_t b = first_open; b < P.blocks.size() && !done; ++b)
            if (first_fit_in_block(P, e, int32_t(b), occupant, places[e]))
            {
                occupy(P, occupant, e, places[e]);
                done = true;
            }
        if (!done)
            reasons[e] = {Says::GreedyNoRoom, {P.exhibitors[e].code}};
        while (first_open < P.blocks.size())
        {
            const GridBlock& blk = P.blocks[first_open];
            bool any = false;
            for (int32_t u = blk.first_cell; u < blk.first_cell + blk.rows * blk.modules && !any; ++u)
                any = P.cell_bookable[u] && occupant[u] < 0;
            if (any)
                break;
            ++first_open;
        }
    }
    return places;
}

} // namespace bp::detail
