// The order and adjacency of the booth grid as the solver walks it: a serpentine block order per
// hall, and per cell its neighbours across walls and aisles.
#include "problem.h"

#include <algorithm>
#include <cmath>

namespace bp::detail
{

namespace
{

struct CellBox
{
    double minx, miny, maxx, maxy;
};

CellBox box_of(const Polygon& poly)
{
    Box b = bounds(poly);
    return {b.min.x, b.min.y, b.max.x, b.max.y};
}

Polygon whole_block(const Project& project, int32_t b)
{
    return footprint(project.blocks[b], {BlockId(b), 0, project.blocks[b].rows, 0, project.blocks[b].modules});
}

// How two neighbouring cells meet.
enum Link : uint8_t
{
    kAcrossAisle = 0, // fronts facing each other across an aisle
    kWall = 1,        // sharing a wall
    kAcrossRowGap = 2 // along a row, on either side of columns or a door's clear zone
};

// Neighbour lists under construction: (cell, how they meet) per cell.
using Adjacency = std::vector<std::vector<std::pair<int32_t, uint8_t>>>;

void link(Adjacency& adj, int32_t u, int32_t v, Link how)
{
    adj[u].push_back({v, how});
    adj[v].push_back({u, how});
}

// Inside a block: cells sharing a wall along the row and back to back across it.
void link_inside_blocks(const Project& project, const AllocationProblem& P, Adjacency& adj, std::vector<CellBox>& boxes)
{
    for (size_t b = 0; b < project.blocks.size(); ++b)
    {
        const Block& blk = project.blocks[b];
        for (int r = 0; r < blk.rows; ++r)
            for (int c = 0; c < blk.modules; ++c)
            {
                int32_t u = P.cell(static_cast<int32_t>(b), r, c);
                boxes[static_cast<size_t>(u)] = box_of(footprint(blk, {BlockId(static_cast<int32_t>(b)), r, 1, c, 1}));
                if (c + 1 < blk.modules)
                    link(adj, u, u + 1, kWall);
                if (r + 1 < blk.rows)
                    link(adj, u, P.cell(static_cast<int32_t>(b), r + 1, c), kWall);
            }
    }
}

// True when cell u faces out of its block towards direction d: it is on that edge, or only
// unbookable cells (a door's clear zone, a column) lie between it and the end of its row; `extra`
// then grows by their length, which the aisle allowance grows by.
bool faces_out(const Project& project, const AllocationProblem& P, int32_t u, Vec2 d, double& extra)
{
    const GridBlock& gb = P.blocks[P.cell_block[u]];
    const Block& blk = project.blocks[P.cell_block[u]];
    int local = u - gb.first_cell, r = local / gb.modules, c = local % gb.modules;
    // Outward direction of each block side: 0 -across, 1 +across, 2 -along, 3 +along.
    Vec2 out[4] = {blk.across * -1.0, blk.across, blk.along * -1.0, blk.along};
    int before = 0, after = 0;
    while (before < c && !P.cell_bookable[u - before - 1])
        ++before;
    while (c + after < gb.modules - 1 && !P.cell_bookable[u + after + 1])
        ++after;
    bool side[4] = {r == 0, r == gb.rows - 1, c - before == 0, c + after == gb.modules - 1};
    double skipped[4] = {0, 0, before * blk.module_m, after * blk.module_m};
    for (int s = 0; s < 4; ++s)
        if (side[s] && dot(out[s], d) > 0.7)
        {
            extra += skipped[s];
            return true;
        }
    return false;
}

// Edge cells of two blocks of one hall that touch (a wall) or face each other across an aisle no
// wider than `widest` (plus the unbookable cells at their row ends).
void link_facing_cells(const Project& project, AllocationProblem& P, int32_t a, int32_t b, double widest,
                       const std::vector<CellBox>& boxes, Adjacency& adj)
{
    const GridBlock &ga = P.blocks[a], &gb = P.blocks[b];
    for (int32_t u = ga.first_cell; u < ga.first_cell + ga.rows * ga.modules; ++u)
        for (int32_t v = gb.first_cell; v < gb.first_cell + gb.rows * gb.modules; ++v)
        {
            const CellBox &U = boxes[u], &V = boxes[v];
            double ox = std::min(U.maxx, V.maxx) - std::max(U.minx, V.minx);
            double oy = std::min(U.maxy, V.maxy) - std::max(U.miny, V.miny);
            Vec2 d;
            double gap;
            if (ox > 0.5 && oy <= 0.01)
            {
                gap = -oy;
                d = {0, V.miny >= U.maxy - 0.01 ? 1.0 : -1.0};
            }
            else if (oy > 0.5 && ox <= 0.01)
            {
                gap = -ox;
                d = {V.minx >= U.maxx - 0.01 ? 1.0 : -1.0, 0};
            }
            else
                continue;
            double extra = 0;
            if (!faces_out(project, P, u, d, extra) || !faces_out(project, P, v, d * -1.0, extra) ||
                gap > widest + extra)
                continue;
            link(adj, u, v, gap < 0.05 ? kWall : kAcrossAisle);
            if (gap >= 0.05)
                P.facing_reach_m = std::max(P.facing_reach_m, gap + 0.01);
        }
}

void link_across_aisles(const Project& project, AllocationProblem& P, const std::vector<CellBox>& boxes,
                        Adjacency& adj)
{
    for (int32_t h = 0; h < P.halls; ++h)
    {
        HallRules rules = project.rules(HallId(h));
        double widest = std::max(rules.main_aisle_m, rules.aisle_m) + 0.1;
        const auto& list = P.hall_blocks[static_cast<size_t>(h)];
        std::vector<CellBox> bb;
        for (int32_t b : list)
            bb.push_back(box_of(whole_block(project, b)));
        for (size_t i = 0; i < list.size(); ++i)
            for (size_t j = i + 1; j < list.size(); ++j)
            {
                const CellBox &A = bb[i], &B = bb[j];
                double gx = std::max(A.minx, B.minx) - std::min(A.maxx, B.maxx);
                double gy = std::max(A.miny, B.miny) - std::min(A.maxy, B.maxy);
                if (gx > widest + 12 || gy > widest + 12) // 12 m: unbookable cells at block ends
                    continue;
                link_facing_cells(project, P, list[i], list[j], widest, boxes, adj);
            }
    }
}

// Along a row, bookable cells on either side of columns or a door's clear zone face each other
// the way booths face across an aisle.
void link_across_row_gaps(const AllocationProblem& P, Adjacency& adj)
{
    for (size_t b = 0; b < P.blocks.size(); ++b)
    {
        const GridBlock& gb = P.blocks[b];
        for (int r = 0; r < gb.rows; ++r)
        {
            int last = -1;
            for (int c = 0; c < gb.modules; ++c)
            {
                int32_t u = P.cell(static_cast<int32_t>(b), r, c);
                if (!P.cell_bookable[u])
                    continue;
                if (last >= 0 && last < c - 1)
                    link(adj, u, P.cell(static_cast<int32_t>(b), r, last), kAcrossRowGap);
                last = c;
            }
        }
    }
}

} // namespace

// Walks each hall's blocks in bands across the hall, alternating direction, so that consecutive
// blocks face each other across an aisle: zones laid along this order stay connected.
void order_serpentine(const Project& project, AllocationProblem& P)
{
    P.hall_blocks.assign(static_cast<size_t>(P.halls), {});
    for (size_t b = 0; b < project.blocks.size(); ++b)
        P.hall_blocks[static_cast<size_t>(P.blocks[b].hall)].push_back(static_cast<int32_t>(b));
    for (auto& list : P.hall_blocks)
    {
        if (list.empty())
            continue;
        int horizontal = 0;
        for (int32_t b : list)
            horizontal += std::abs(project.blocks[b].along.x) >= std::abs(project.blocks[b].along.y) ? 1 : -1;
        auto centre = [&](int32_t b) { return centroid(whole_block(project, b)); };
        auto band_coord = [&](int32_t b) { return horizontal >= 0 ? centre(b).y : centre(b).x; };
        auto run_coord = [&](int32_t b) { return horizontal >= 0 ? centre(b).x : centre(b).y; };
        std::stable_sort(list.begin(), list.end(), [&](int32_t a, int32_t b) { return band_coord(a) < band_coord(b); });
        std::vector<int32_t> out;
        size_t i = 0;
        int band = 0;
        while (i < list.size())
        {
            size_t j = i;
            double start = band_coord(list[i]);
            while (j < list.size() && band_coord(list[j]) - start < 2.0)
                ++j;
            std::vector<int32_t> run(list.begin() + static_cast<long>(i), list.begin() + static_cast<long>(j));
            std::stable_sort(run.begin(), run.end(), [&](int32_t a, int32_t b) { return run_coord(a) < run_coord(b); });
            bool forward = band % 2 == 0;
            if (!forward)
                std::reverse(run.begin(), run.end());
            for (int32_t b : run)
            {
                Vec2 along = project.blocks[b].along;
                double d = horizontal >= 0 ? along.x : along.y;
                P.blocks[b].serpentine_dir = (d >= 0) == forward ? 1 : -1;
                P.blocks[b].serpentine_pos = static_cast<int32_t>(out.size());
                out.push_back(b);
            }
            i = j;
            ++band;
        }
        list = out;
    }
}

// Neighbours: inside a block by shared walls; between blocks when edge cells touch (a wall) or
// face each other across an aisle no wider than the hall's widest aisle.
void find_neighbours(const Project& project, AllocationProblem& P)
{
    const int32_t n = P.cells();
    Adjacency adj(static_cast<size_t>(n));
    std::vector<CellBox> boxes(static_cast<size_t>(n));
    link_inside_blocks(project, P, adj, boxes);
    link_across_aisles(project, P, boxes, adj);
    link_across_row_gaps(P, adj);
    P.neighbour_start.assign(static_cast<size_t>(n) + 1, 0);
    for (int32_t u = 0; u < n; ++u)
    {
        std::sort(adj[u].begin(), adj[u].end());
        P.neighbour_start[u + 1] = P.neighbour_start[u] + static_cast<int32_t>(adj[u].size());
        for (auto [v, how] : adj[u])
        {
            P.neighbour.push_back(v);
            P.neighbour_wall.push_back(how == kWall);
            P.neighbour_facing.push_back(how == kAcrossAisle);
        }
    }
}

} // namespace bp::detail
