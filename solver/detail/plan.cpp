// The booths a plan gives the project and the edit that writes them (see plan.h).
#include "plan.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace bp::detail
{

namespace
{

bool inside(const std::vector<Block>& grid, const BoothCells& c)
{
    return c.block.valid() && c.block.index() < grid.size() && c.row >= 0 && c.col >= 0 &&
           c.row + c.rows <= grid[c.block.index()].rows && c.col + c.cols <= grid[c.block.index()].modules;
}

} // namespace

std::vector<Booth> plan_booths(const std::vector<Block>& grid, const std::vector<Booth>& before,
                               const Allocation& allocation, size_t exhibitors, bool numbers)
{
    std::vector<Booth> out;
    std::vector<std::vector<uint8_t>> taken(grid.size());
    for (size_t b = 0; b < grid.size(); ++b)
        taken[b].assign(grid[b].cells.size(), 0);
    auto mark = [&](const BoothCells& c)
    {
        const Block& blk = grid[c.block.index()];
        for (int r = c.row; r < c.row + c.rows; ++r)
            for (int k = c.col; k < c.col + c.cols; ++k)
                taken[c.block.index()][blk.index(r, k)] = 1;
    };
    auto number = [&](const Block& blk, const BoothCells& c) { return numbers ? booth_number(blk, c) : std::string(); };
    std::map<int32_t, const Booth*> previous;
    for (const Booth& b : before)
    {
        if (b.exhibitor.valid())
            previous[b.exhibitor.value] = &b;
        else if ((b.status == BoothStatus::Held || b.status == BoothStatus::Blocked) && inside(grid, b.cells))
        {
            out.push_back(b); // the planner's holds stay
            mark(b.cells);
        }
    }
    for (size_t e = 0; e < allocation.exhibitors.size() && e < exhibitors; ++e)
    {
        const auto& booth = allocation.exhibitors[e].booth;
        if (!booth || !inside(grid, *booth))
            continue;
        const Block& blk = grid[booth->block.index()];
        Booth b;
        b.cells = *booth;
        b.hall = blk.hall;
        b.number = number(blk, b.cells);
        b.exhibitor = ExhibitorId(int32_t(e));
        auto it = previous.find(int32_t(e));
        bool sold_here =
            it != previous.end() && it->second->status == BoothStatus::Sold && it->second->cells == b.cells;
        b.status = sold_here ? BoothStatus::Sold : BoothStatus::Reserved;
        out.push_back(b);
        mark(b.cells);
    }
    for (size_t bi = 0; bi < grid.size(); ++bi)
    {
        const Block& blk = grid[bi];
        for (int r = 0; r < blk.rows; ++r)
            for (int c = 0; c < blk.modules; ++c)
            {
                const size_t k = blk.index(r, c);
                if (k >= blk.cells.size() || blk.cells[k] != CellUse::Booth || taken[bi][k])
                    continue;
                Booth b;
                b.cells = {BlockId(int32_t(bi)), r, 1, c, 1};
                b.hall = blk.hall;
                b.number = number(blk, b.cells);
                out.push_back(b);
            }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Booth& a, const Booth& b) {
                         return std::tie(a.cells.block, a.cells.row, a.cells.col) <
                                std::tie(b.cells.block, b.cells.row, b.cells.col);
                     });
    return out;
}

std::vector<int32_t> booth_of_cells(const std::vector<Block>& grid, const std::vector<Booth>& booths)
{
    std::vector<size_t> first(grid.size() + 1, 0);
    for (size_t b = 0; b < grid.size(); ++b)
        first[b + 1] = first[b] + grid[b].cell_count();
    std::vector<int32_t> out(first.back(), -1);
    for (size_t i = 0; i < booths.size(); ++i)
    {
        const BoothCells& c = booths[i].cells;
        if (!inside(grid, c))
            continue;
        const Block& blk = grid[c.block.index()];
        for (int r = c.row; r < c.row + c.rows; ++r)
            for (int k = c.col; k < c.col + c.cols; ++k)
            {
                int32_t& slot = out[first[c.block.index()] + static_cast<size_t>(r * blk.modules + k)];
                if (slot < 0) // overlapping booths of a hand-made plan: the first one keeps the cell
                    slot = int32_t(i);
            }
    }
    return out;
}

Edit plan_edit(const std::vector<Block>& grid, const std::vector<Booth>& before, const Allocation& allocation,
               size_t exhibitors)
{
    return ReplaceBooths{grid, plan_booths(grid, before, allocation, exhibitors), EditLabel(EditWords::AutoAllocate)};
}

} // namespace bp::detail
