// Booth grid generation for the project: each hall's blocks (grid_blocks.cpp), then one Available
// booth per bookable module, with the allocations of the previous grid carried over where their
// modules still exist.
#include "booth_grid.h"

#include "grid_layout.h"

#include <algorithm>
#include <map>
#include <set>

namespace bp
{

const char* to_english(DropReason why)
{
    switch (why)
    {
    case DropReason::ModulesGone:
        return "its modules are no longer bookable in one block";
    }
    return "";
}


using namespace grid;

// [SECTION] Public helpers

std::string aisle_letter(int n)
{
    std::string s;
    do
    {
        s.insert(s.begin(), static_cast<char>('A' + n % 26));
        n = n / 26 - 1;
    } while (n >= 0);
    return s;
}

int GridReport::modules() const
{
    int n = 0;
    for (const HallGridSummary& h : halls)
        n += h.modules;
    return n;
}

double GridReport::booth_area_m2() const
{
    double a = 0;
    for (const HallGridSummary& h : halls)
        a += h.booth_area_m2;
    return a;
}

namespace
{

// [SECTION] What the previous grid held

bool has_block(const Project& p, const Booth& b)
{
    return b.cells.block.valid() && b.cells.block.index() < p.blocks.size();
}

// The modules of one hall's previous grid, to recognise its frame.
std::set<CellKey> previous_cells(const Project& p, HallId hall)
{
    std::set<CellKey> out;
    for (const Block& b : p.blocks)
        if (b.hall == hall)
            for_each_module(whole_block(b), [&](int r, int c) { out.insert(key_of(module_centre(b, r, c))); });
    return out;
}

// A booth worth keeping (allocated or not plainly available) and the centres of its modules.
struct KeptBooth
{
    Booth booth;
    std::vector<CellKey> cells;
};

std::vector<KeptBooth> wanted_booths(const Project& p, HallId hall)
{
    std::vector<KeptBooth> out;
    for (const Booth& booth : p.booths)
    {
        if ((!booth.exhibitor.valid() && booth.status == BoothStatus::Available) || !has_block(p, booth))
            continue;
        const Block& blk = p.block(booth.cells.block);
        if (blk.hall != hall)
            continue;
        KeptBooth k{booth, {}};
        for_each_module(booth.cells, [&](int r, int c) { k.cells.push_back(key_of(module_centre(blk, r, c))); });
        out.push_back(std::move(k));
    }
    return out;
}

// [SECTION] Carrying booths over to the new blocks

struct Place
{
    int block, row, col;
};

// The booths of new blocks [first, blocks.size()): the wanted booths whose modules all exist as one
// rectangle of bookable cells of one block, then one Available booth per other bookable module.
class BoothMaker
{
public:
    BoothMaker(const std::vector<Block>& blocks, size_t first) : blocks_(blocks), first_(first)
    {
        for (size_t b = first; b < blocks.size(); ++b)
            for_each_module(whole_block(blocks[b]),
                            [&](int r, int c)
                            {
                                if (blocks[b].cell(r, c) == CellUse::Booth)
                                    where_[key_of(module_centre(blocks[b], r, c))] = {static_cast<int>(b), r, c};
                            });
    }

    // Keeps the booth on the new blocks, or says why it cannot.
    bool keep(const KeptBooth& k)
    {
        std::optional<BoothCells> cells = rectangle_of(k.cells);
        if (!cells)
            return false;
        const Block& blk = blocks_[cells->block.index()];
        std::vector<int>& owner = taken_[cells->block.value];
        owner.resize(blk.cells.size(), -1);
        bool free = true;
        for_each_module(*cells, [&](int r, int c) { free = free && owner[index(blk, r, c)] < 0; });
        if (!free)
            return false;
        for_each_module(*cells, [&](int r, int c) { owner[index(blk, r, c)] = static_cast<int>(kept_.size()); });
        Booth nb = k.booth;
        nb.cells = *cells;
        nb.hall = blk.hall;
        nb.number = booth_number(blk, *cells);
        kept_.push_back(std::move(nb));
        return true;
    }

    int kept() const { return static_cast<int>(kept_.size()); }

    // Every booth of the new blocks, in block and module order.
    void emit(std::vector<Booth>& out) const
    {
        for (size_t b = first_; b < blocks_.size(); ++b)
        {
            const Block& blk = blocks_[b];
            auto owners = taken_.find(static_cast<int>(b));
            for_each_module(whole_block(blk),
                            [&](int r, int c)
                            {
                                if (blk.cell(r, c) != CellUse::Booth)
                                    return;
                                int k = owners == taken_.end() ? -1 : owners->second[index(blk, r, c)];
                                if (k >= 0)
                                {
                                    const Booth& kb = kept_[static_cast<size_t>(k)];
                                    if (kb.cells.row == r && kb.cells.col == c)
                                        out.push_back(kb);
                                    return;
                                }
                                Booth nb;
                                nb.hall = blk.hall;
                                nb.cells = {BlockId(static_cast<int32_t>(b)), r, 1, c, 1};
                                nb.number = blk.number(r, c);
                                out.push_back(std::move(nb));
                            });
        }
    }

private:
    static size_t index(const Block& b, int r, int c) { return b.index(r, c); }

    // The one rectangle of bookable cells of one block that the module centres make, if any.
    std::optional<BoothCells> rectangle_of(const std::vector<CellKey>& keys) const
    {
        if (keys.empty())
            return std::nullopt;
        int block = -1, r0 = 1 << 30, c0 = 1 << 30, r1 = -1, c1 = -1;
        for (const CellKey& key : keys)
        {
            auto it = where_.find(key);
            if (it == where_.end() || (block >= 0 && it->second.block != block))
                return std::nullopt;
            block = it->second.block;
            r0 = std::min(r0, it->second.row);
            r1 = std::max(r1, it->second.row);
            c0 = std::min(c0, it->second.col);
            c1 = std::max(c1, it->second.col);
        }
        BoothCells cells{BlockId(block), r0, r1 - r0 + 1, c0, c1 - c0 + 1};
        if (static_cast<size_t>(cells.rows) * static_cast<size_t>(cells.cols) != keys.size())
            return std::nullopt;
        return cells;
    }

    const std::vector<Block>& blocks_;
    size_t first_;
    std::map<CellKey, Place> where_;
    std::map<int, std::vector<int>> taken_; // block -> per cell: kept booth index or -1
    std::vector<Booth> kept_;
};

// Regenerates hall `id` into blocks appended to `blocks` and its booths appended to `booths`.
void regenerate(const Project& p, HallId id, const GridOptions& options, FrameCache& searched,
                std::vector<Block>& blocks, std::vector<Booth>& booths, GridReport& report)
{
    HallGrid hg = grid_hall(p, id, previous_cells(p, id), options, searched);
    const size_t first = blocks.size();
    for (Block& b : hg.blocks)
        blocks.push_back(std::move(b));
    BoothMaker maker(blocks, first);
    for (const KeptBooth& k : wanted_booths(p, id))
        if (!maker.keep(k) && k.booth.exhibitor.valid())
            report.dropped.push_back({k.booth.exhibitor, k.booth.number, DropReason::ModulesGone,
                                      to_english(DropReason::ModulesGone)});
    report.kept_allocations += maker.kept();
    maker.emit(booths);
    report.halls.push_back(std::move(hg.summary));
}

} // namespace

// [SECTION] Generating

GridResult generate_grid(const Project& project, const GridOptions& options)
{
    GridResult out;
    out.edit.label = EditLabel(EditWords::GenerateGrid);
    FrameCache searched;
    for (size_t h = 0; h < project.venue.halls.size(); ++h)
        regenerate(project, HallId(static_cast<int32_t>(h)), options, searched, out.edit.blocks, out.edit.booths,
                   out.report);
    return out;
}

GridResult regenerate_hall_grid(const Project& project, HallId hall, const GridOptions& options)
{
    GridResult out;
    out.edit.label = EditLabel(EditWords::RegenerateHallGrid, {project.hall(hall).code});
    // The other halls' blocks keep their order; this hall's new blocks take the place of its old
    // ones (after every block of an earlier hall when it had none).
    std::vector<Block>& blocks = out.edit.blocks;
    std::vector<int> moved_to(project.blocks.size(), -1);
    auto copy_block = [&](size_t b)
    {
        moved_to[b] = static_cast<int>(blocks.size());
        blocks.push_back(project.blocks[b]);
    };
    size_t b = 0;
    for (; b < project.blocks.size() && project.blocks[b].hall < hall; ++b)
        copy_block(b);
    std::vector<Booth> hall_booths;
    FrameCache searched;
    regenerate(project, hall, options, searched, blocks, hall_booths, out.report);
    for (; b < project.blocks.size(); ++b)
        if (project.blocks[b].hall != hall)
            copy_block(b);

    // Booths follow their blocks: those of other halls keep their order with their block's new id.
    std::vector<std::vector<Booth>> by_block(blocks.size());
    std::vector<Booth> without_block;
    for (const Booth& booth : project.booths)
    {
        bool in_hall = has_block(project, booth) ? project.block(booth.cells.block).hall == hall : booth.hall == hall;
        if (in_hall)
            continue;
        if (!has_block(project, booth))
        {
            without_block.push_back(booth);
            continue;
        }
        Booth moved = booth;
        moved.cells.block = BlockId(moved_to[booth.cells.block.index()]);
        by_block[moved.cells.block.index()].push_back(std::move(moved));
    }
    for (Booth& booth : hall_booths)
        by_block[booth.cells.block.index()].push_back(std::move(booth));
    for (std::vector<Booth>& list : by_block)
        for (Booth& booth : list)
            out.edit.booths.push_back(std::move(booth));
    for (Booth& booth : without_block)
        out.edit.booths.push_back(std::move(booth));
    return out;
}

} // namespace bp
