// A let fair for export tests and benchmarks: a sample venue, its booth grid, and exhibitors placed
// in booths of their requested size, pavilion members side by side (a simple stand-in for the
// solver, so exporters are tested without depending on it).
#pragma once

#include "layout/grid/booth_grid.h"
#include "tests/support/edit_support.h"
#include "layout/samples/samples.h"

#include <algorithm>
#include <cmath>

namespace bp::test
{

inline Project let_sample(SamplePreset preset, uint64_t seed = 1)
{
    Project p = make_sample(preset, seed);
    regrid(p);
    std::vector<size_t> order(p.exhibitors.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b)
                     { return p.exhibitors[a].pavilion.value < p.exhibitors[b].pavilion.value; });
    std::vector<Booth> booths;
    size_t next = 0;
    for (size_t bi = 0; bi < p.blocks.size(); ++bi)
    {
        const Block& block = p.blocks[bi];
        for (int r = 0; r < block.rows; ++r)
        {
            int c = 0;
            while (c < block.modules)
            {
                if (block.cell(r, c) != CellUse::Booth)
                {
                    ++c;
                    continue;
                }
                int run = 0;
                while (c + run < block.modules && block.cell(r, c + run) == CellUse::Booth)
                    ++run;
                int want = 1;
                if (next < order.size())
                    want =
                        std::clamp(static_cast<int>(std::ceil(p.exhibitors[order[next]].area_m2 / 9.0 - 1e-9)), 1, 4);
                Booth b;
                b.hall = block.hall;
                b.cells = {BlockId(static_cast<int32_t>(bi)), r, 1, c, 1};
                if (next < order.size() && want <= run)
                {
                    b.cells.cols = want;
                    b.exhibitor = ExhibitorId(static_cast<int32_t>(order[next++]));
                    b.status = BoothStatus::Sold;
                }
                b.number = booth_number(block, b.cells);
                c += b.cells.cols;
                booths.push_back(b);
            }
        }
    }
    p.booths = std::move(booths);
    return p;
}

} // namespace bp::test
