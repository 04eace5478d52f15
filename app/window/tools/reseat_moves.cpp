// Who a re-seat moved: each exhibitor's booth before and after, compared by where it lies.
#include "reseat_moves.h"

#include <cmath>
#include <optional>

namespace bp::win
{

namespace
{

// Where an exhibitor stands: the centre and area of its booth (the first one it holds).
struct Place
{
    Vec2 centre;
    double area = 0;
};

std::vector<std::optional<Place>> places(size_t exhibitors, const std::vector<Block>& blocks,
                                         const std::vector<Booth>& booths)
{
    std::vector<std::optional<Place>> out(exhibitors);
    for (const Booth& b : booths)
    {
        if (!b.exhibitor.valid() || b.exhibitor.index() >= exhibitors || out[b.exhibitor.index()])
            continue;
        const Block& block = blocks[b.cells.block.index()];
        out[b.exhibitor.index()] = Place{centroid(footprint(block, b.cells)), booth_area(block, b.cells)};
    }
    return out;
}

bool same(const std::optional<Place>& a, const std::optional<Place>& b)
{
    if (!a || !b)
        return !a && !b;
    return distance(a->centre, b->centre) < 1e-6 && std::abs(a->area - b->area) < 1e-6;
}

} // namespace

ReseatMoves reseat_moves(const Project& before, const ReplaceBooths& plan, PavilionId pavilion)
{
    ReseatMoves r;
    r.pavilion = pavilion;
    const size_t n = before.exhibitors.size();
    auto old_places = places(n, before.blocks, before.booths);
    auto new_places = places(n, plan.blocks, plan.booths);
    std::vector<bool> moved(n, false);
    for (size_t i = 0; i < n; ++i)
    {
        if (same(old_places[i], new_places[i]))
            continue;
        moved[i] = true;
        if (before.exhibitors[i].pavilion == pavilion)
            ++r.members;
        else
            ++r.others;
    }
    for (size_t b = 0; b < plan.booths.size(); ++b)
        if (ExhibitorId e = plan.booths[b].exhibitor; e.valid() && e.index() < n && moved[e.index()])
            r.booths.push_back(BoothId(static_cast<int32_t>(b)));
    return r;
}

} // namespace bp::win
