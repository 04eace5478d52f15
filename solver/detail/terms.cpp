// The score's terms: facts of one booth, per exhibitor, per competitor pair, isolated modules and
// sector spread. The evaluation and the incremental state both call these.
#include "score.h"

#include <algorithm>
#include <cmath>

namespace bp::detail
{

int open_sides(const AllocationProblem& P, const Place& p)
{
    const GridBlock& b = P.blocks[p.block];
    return (p.row == 0 && b.open_side[0]) + (p.row + p.rows == b.rows && b.open_side[1]) +
           (p.col == 0 && b.open_side[2]) + (p.col + p.cols == b.modules && b.open_side[3]);
}

bool on_main_aisle(const AllocationProblem& P, const Place& p)
{
    const GridBlock& b = P.blocks[p.block];
    return (p.row == 0 && b.main_aisle_side[0]) || (p.row + p.rows == b.rows && b.main_aisle_side[1]) ||
           (p.col == 0 && b.main_aisle_side[2]) || (p.col + p.cols == b.modules && b.main_aisle_side[3]);
}

// An entrance within 20 m of the booth counts as "at the entrance".
bool near_entrance(const AllocationProblem& P, const Place& p)
{
    for (int r = p.row; r < p.row + p.rows; ++r)
        for (int c = p.col; c < p.col + p.cols; ++c)
            if (P.cell_entrance_m[P.cell(p.block, r, c)] <= 20.0f)
                return true;
    return false;
}

bool preference_met(const AllocationProblem& P, int32_t e, size_t k, const Place& p)
{
    if (!p.assigned())
        return false;
    switch (P.exhibitors[e].prefer[k].kind)
    {
    case PreferenceKind::Corner:
        return open_sides(P, p) >= 2;
    case PreferenceKind::Island:
        return open_sides(P, p) == 4;
    case PreferenceKind::MainAisle:
        return on_main_aisle(P, p);
    case PreferenceKind::Entrance:
        return near_entrance(P, p);
    case PreferenceKind::Hall:
        return P.exhibitors[e].prefer_hall[k] == P.blocks[p.block].hall;
    }
    return false;
}

int quality(const AllocationProblem& P, const Place& p)
{
    return std::min(4, open_sides(P, p) + (on_main_aisle(P, p) ? 1 : 0) + (near_entrance(P, p) ? 1 : 0));
}

int64_t area_int(const AllocationProblem& P, const Place& p)
{
    return p.assigned() ? (p.modules() * P.blocks[p.block].module_area_x100 + 50) / 100 : 0;
}

int outside_region(const AllocationProblem& P, int32_t e, const Place& p)
{
    int n = 0;
    for (int r = p.row; r < p.row + p.rows; ++r)
        for (int c = p.col; c < p.col + p.cols; ++c)
            n += !P.allowed(e, P.cell(p.block, r, c));
    return n;
}

int outside_zone(const AllocationProblem& P, int32_t zone, const Place& p)
{
    int n = 0;
    for (int r = p.row; r < p.row + p.rows; ++r)
        for (int c = p.col; c < p.col + p.cols; ++c)
            n += !P.masks[zone][P.cell(p.block, r, c)];
    return n;
}

Term exhibitor_term(const AllocationProblem& P, const Weights& W, int32_t e, const Place& p)
{
    const ExhibitorRequest& x = P.exhibitors[e];
    Term t;
    if (x.locked && (!x.lock.assigned() || !(p == x.lock)))
        t.hard += std::max(1, x.lock.modules());
    if (!p.assigned())
    {
        t.medium += std::llround(x.area_m2) * (1 + std::max(0, x.priority)) * W.unassigned_per_m2;
        return t;
    }
    const GridBlock& b = P.blocks[p.block];
    double a = p.modules() * b.module_area;
    if (x.raw && a < 36 - 1e-9)
        t.hard += std::llround(36 - a);
    // One pass over the booth's cells for both masks: this runs for every move the search scores.
    int off_region = 0, off_zone = 0;
    int32_t zone = x.sector >= 0 ? P.sectors[x.sector].zone : -1;
    for (int r = p.row; r < p.row + p.rows; ++r)
        for (int c = p.col; c < p.col + p.cols; ++c)
        {
            int32_t u = P.cell(p.block, r, c);
            off_region += !P.allowed(e, u);
            if (zone >= 0)
                off_zone += !P.masks[zone][u];
        }
    t.hard += off_region;
    t.soft += std::llround(off_zone * b.module_area) * W.sector_spread_per_m2;
    for (size_t k = 0; k < x.prefer.size(); ++k)
        if (!preference_met(P, e, k, p))
            t.soft += W.preference_unmet;
    if (x.priority > 0)
        t.soft += int64_t(x.priority) * (4 - quality(P, p)) * W.priority_quality;
    if (x.previous.assigned() && !(x.previous == p))
        t.soft += W.moved;
    return t;
}

namespace
{

// Module edges of a that b's booth lies across, of one kind (`links`: P.neighbour_wall for the
// walls of booths that touch, P.neighbour_facing for fronts facing across an aisle).
int shared_links(const AllocationProblem& P, const std::vector<uint8_t>& links, const Place& a, const Place& b)
{
    int shared = 0;
    for (int r = a.row; r < a.row + a.rows; ++r)
        for (int c = a.col; c < a.col + a.cols; ++c)
        {
            int32_t u = P.cell(a.block, r, c);
            for (int32_t k = P.neighbour_start[u]; k < P.neighbour_start[u + 1]; ++k)
            {
                if (!links[k])
                    continue;
                int32_t v = P.neighbour[k], vb = P.cell_block[v];
                if (vb != b.block)
                    continue;
                int local = v - P.blocks[vb].first_cell, vr = local / P.blocks[vb].modules,
                    vc = local % P.blocks[vb].modules;
                shared += vr >= b.row && vr < b.row + b.rows && vc >= b.col && vc < b.col + b.cols;
            }
        }
    return shared;
}

} // namespace

Extent extent_of(const AllocationProblem& P, const Place& p)
{
    if (!p.assigned())
        return {};
    const GridBlock& blk = P.blocks[p.block];
    int32_t u = P.cell(p.block, p.row, p.col), v = P.cell(p.block, p.row + p.rows - 1, p.col + p.cols - 1);
    return {std::min(P.cell_x[u], P.cell_x[v]) - blk.cell_half_x, std::min(P.cell_y[u], P.cell_y[v]) - blk.cell_half_y,
            std::max(P.cell_x[u], P.cell_x[v]) + blk.cell_half_x, std::max(P.cell_y[u], P.cell_y[v]) + blk.cell_half_y,
            blk.hall};
}

Term pair_term(const AllocationProblem& P, const Weights& W, const Place& a, const Place& b, PairFacts* facts)
{
    return pair_term(P, W, a, extent_of(P, a), b, extent_of(P, b), facts);
}

Term pair_term(const AllocationProblem& P, const Weights& W, const Place& a, const Extent& A, const Place& b,
               const Extent& B, PairFacts* facts)
{
    Term t;
    if (facts)
        *facts = PairFacts{};
    if (A.hall < 0 || A.hall != B.hall)
        return t;
    float dx = std::max(0.0f, std::max(A.x0, B.x0) - std::min(A.x1, B.x1));
    float dy = std::max(0.0f, std::max(A.y0, B.y0) - std::min(A.y1, B.y1));
    const double d2 = double(dx) * dx + double(dy) * dy;
    const bool may_face = P.competitors_facing != CompetitorsFacing::Allow && d2 <= P.facing_reach_m * P.facing_reach_m;
    if (d2 >= 100 && !may_face && !facts) // most pairs: far apart
        return t;
    const double d = std::sqrt(d2);
    if (facts)
        facts->distance_m = d;
    if (d < 10)
        t.soft += std::llround((10 - d) * 10) * W.competitor_near;
    if (d <= 0.05)
    {
        const int walls = shared_links(P, P.neighbour_wall, a, b);
        t.hard += walls;
        if (facts)
            facts->walls = walls;
    }
    else if (may_face)
    {
        const int facing = shared_links(P, P.neighbour_facing, a, b);
        if (P.competitors_facing == CompetitorsFacing::Forbid)
            t.hard += facing;
        else
            t.soft += facing * W.competitor_facing;
        if (facts)
            facts->facing = facing;
    }
    return t;
}

bool isolated(const AllocationProblem& P, const std::vector<int32_t>& occupant, int32_t u)
{
    if (!P.cell_bookable[u] || occupant[u] >= 0)
        return false;
    for (int32_t k = P.neighbour_start[u]; k < P.neighbour_start[u + 1]; ++k)
        if (P.neighbour_wall[k] && P.cell_bookable[P.neighbour[k]] && occupant[P.neighbour[k]] < 0)
            return false;
    return true;
}

int64_t sector_cost(const AllocationProblem& P, const Weights& W, int32_t s, const int64_t* hall_area)
{
    if (P.sectors[s].zone >= 0)
        return 0;
    int64_t total = 0, best = 0;
    for (int32_t h = 0; h < P.halls; ++h)
    {
        total += hall_area[h];
        best = std::max(best, hall_area[h]);
    }
    return (total - best) * W.sector_spread_per_m2;
}

} // namespace bp::detail
