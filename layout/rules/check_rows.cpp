// Checks along the rows of a hall: continuous rows longer than the rule (rows of blocks that meet
// end to end are one row), and walkways through a block narrower than an aisle.
#include "hall_check.h"

#include "layout/geometry/shape_tests.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace bp::checks
{

namespace
{

struct RowRef
{
    int block, row;
};

// A row's start or end point and direction, to the cm and the thousandth.
using RowKey = std::array<long long, 4>;

RowKey row_key(Vec2 p, Vec2 dir)
{
    return {std::llround(p.x * 100), std::llround(p.y * 100), std::llround(dir.x * 1000), std::llround(dir.y * 1000)};
}

Vec2 row_start(const Block& b, int row)
{
    return b.origin + b.across * (row * b.row_depth_m);
}

Vec2 row_end(const Block& b, int row)
{
    return row_start(b, row) + b.along * (b.modules * b.module_m);
}

// The module rows of one hall's blocks, and which of them continue another row end to end.
struct RowChains
{
    std::map<RowKey, RowRef> starts;
    std::vector<RowRef> rows;
    std::map<RowKey, bool> continued; // row starts that follow another row

    RowChains(const Project& p, HallId hall)
    {
        for (size_t b = 0; b < p.blocks.size(); ++b)
        {
            const Block& blk = p.blocks[b];
            if (blk.hall != hall || blk.cells.size() != blk.cell_count())
                continue;
            for (int r = 0; r < blk.rows; ++r)
            {
                starts[row_key(row_start(blk, r), blk.along)] = {static_cast<int>(b), r};
                rows.push_back({static_cast<int>(b), r});
            }
        }
        for (const RowRef& rr : rows)
        {
            const Block& blk = p.blocks[static_cast<size_t>(rr.block)];
            RowKey end = row_key(row_end(blk, rr.row), blk.along);
            if (starts.count(end))
                continued[end] = true;
        }
    }

    const RowRef* next(const Block& blk, int row) const
    {
        auto it = starts.find(row_key(row_end(blk, row), blk.along));
        return it == starts.end() ? nullptr : &it->second;
    }
};

} // namespace

void HallCheck::check_rows()
{
    const RowChains chains(p_, id_);
    for (const RowRef& first : chains.rows)
    {
        const Block& fb = block(first.block);
        if (chains.continued.count(row_key(row_start(fb, first.row), fb.along)))
            continue;
        // Walk the chain, counting unbroken runs of bookable modules.
        double run = 0;
        std::vector<std::pair<int, int>> run_cells; // (block, cell)
        auto flush = [&]()
        {
            if (run > rules_.max_row_m + kOverlapTolerance)
            {
                std::vector<int> named;
                for (auto [b, cell] : run_cells)
                    for (int bo : booths_in(b))
                    {
                        const BoothCells& c = booth(bo).cells;
                        int r = cell / block(b).modules, k = cell % block(b).modules;
                        if (r >= c.row && r < c.row + c.rows && k >= c.col && k < c.col + c.cols &&
                            std::find(named.begin(), named.end(), bo) == named.end())
                            named.push_back(bo);
                    }
                auto [b0, c0] = run_cells.front();
                const Block& blk = block(b0);
                add(rule::kRowLength, named, middle(module_footprint(blk, c0 / blk.modules, c0 % blk.modules)),
                    "a row of " + metres(run) + " without a cross aisle (limit " + metres(rules_.max_row_m) + ")");
            }
            run = 0;
            run_cells.clear();
        };
        RowRef cur = first;
        for (int guard = 0; guard < 100000; ++guard)
        {
            const Block& blk = block(cur.block);
            for (int c = 0; c < blk.modules; ++c)
            {
                if (blk.cell(cur.row, c) == CellUse::Booth)
                {
                    run += blk.module_m;
                    run_cells.push_back({cur.block, cur.row * blk.modules + c});
                }
                else
                    flush();
            }
            const RowRef* next = chains.next(blk, cur.row);
            if (!next)
                break;
            cur = *next;
        }
        flush();
    }
}

// A block with an aisle along both long sides must not be crossed by a passage narrower than an
// aisle between its booths: visitors take it as one. A pocket open on one side (a wall row) is fine.
void HallCheck::check_walkways(int bi)
{
    const Block& blk = block(bi);
    if (!blk.open_side[0] || !blk.open_side[1])
        return;
    // Per column across the block: the booth standing in it, or whether its floor can be walked.
    std::vector<int> booth_at(static_cast<size_t>(blk.modules), -1);
    std::vector<char> walkable(static_cast<size_t>(blk.modules), 1);
    for (int b : valid_booths_in(bi))
        for_each_module(booth(b).cells,
                        [&](int, int c)
                        {
                            if (booth_at[static_cast<size_t>(c)] < 0)
                                booth_at[static_cast<size_t>(c)] = b;
                        });
    for_each_module(whole_block(blk),
                    [&](int r, int c)
                    {
                        CellUse u = blk.cell(r, c);
                        if (booth_at[static_cast<size_t>(c)] >= 0 || u == CellUse::Column || u == CellUse::Blocked)
                            walkable[static_cast<size_t>(c)] = 0;
                    });
    for (int a = 1; a < blk.modules; ++a)
    {
        if (!walkable[static_cast<size_t>(a)] || booth_at[static_cast<size_t>(a - 1)] < 0)
            continue;
        int e = a;
        while (e < blk.modules && walkable[static_cast<size_t>(e)])
            ++e;
        const double width = (e - a) * blk.module_m;
        if (e < blk.modules && booth_at[static_cast<size_t>(e)] >= 0 && width < rules_.aisle_m - kOverlapTolerance)
        {
            const int x = booth_at[static_cast<size_t>(a - 1)], y = booth_at[static_cast<size_t>(e)];
            add(rule::kWalkway, {x, y}, middle(footprint(blk, {BlockId(), 0, blk.rows, a, e - a})),
                "a walkway of " + metres(width) + " through the block between booths " + number(x) + " and " +
                    number(y) + " is narrower than the " + metres(rules_.aisle_m) + " aisle");
        }
        a = e;
    }
}

} // namespace bp::checks
