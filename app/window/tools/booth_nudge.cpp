// The arrow-key nudge of booths: shifted cells, the free booths cut around them, the modules left
// behind as free booths, and the hard rules checked on the plan as it would be.
#include "booth_nudge.h"

#include "app/window/i18n.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace bp::win
{

namespace
{

BoothNudge refused(std::string reason)
{
    return BoothNudge{BoothEdit{std::nullopt, std::move(reason)}, {}};
}

const char* cell_word(CellUse use)
{
    switch (use)
    {
    case CellUse::Column:
        return tr(S::NudgeOnColumn);
    case CellUse::Blocked:
        return tr(S::NudgeOnBlocked);
    case CellUse::DoorClearance:
        return tr(S::NudgeOnDoorClearance);
    case CellUse::EscapeDistance:
        return tr(S::NudgeOnFarFromExits);
    case CellUse::Booth:
        break;
    }
    return "";
}

using Cell = std::pair<int, int>; // row, col

// Cells of a block (row-major) as booths: one when they make a rectangle, else one booth per run
// along each row.
std::vector<BoothCells> as_booths(BlockId block, const std::vector<Cell>& left)
{
    if (left.empty())
        return {};
    int r0 = 1 << 30, r1 = -1, c0 = 1 << 30, c1 = -1;
    for (auto [r, c] : left)
    {
        r0 = std::min(r0, r);
        r1 = std::max(r1, r + 1);
        c0 = std::min(c0, c);
        c1 = std::max(c1, c + 1);
    }
    if (static_cast<int>(left.size()) == (r1 - r0) * (c1 - c0))
        return {BoothCells{block, r0, r1 - r0, c0, c1 - c0}};
    std::vector<BoothCells> runs;
    for (auto [r, c] : left) // row-major order: a run grows while the next module follows
        if (!runs.empty() && runs.back().row == r && runs.back().col + runs.back().cols == c)
            ++runs.back().cols;
        else
            runs.push_back(BoothCells{block, r, 1, c, 1});
    return runs;
}

// The cells left when `gone` is taken out of a booth's, as booths.
std::vector<BoothCells> rest_of(const BoothCells& cells, const std::set<Cell>& gone)
{
    std::vector<Cell> left;
    for_each_module(cells,
                    [&](int row, int col)
                    {
                        if (!gone.count({row, col}))
                            left.push_back({row, col});
                    });
    return as_booths(cells.block, left);
}

} // namespace

BlockStep block_step(const Block& block, int dx, int dy)
{
    const Vec2 d{static_cast<double>(dx), static_cast<double>(dy)};
    const double along = dot(block.along, d), across = dot(block.across, d);
    if (std::abs(along) < 1e-9 && std::abs(across) < 1e-9)
        return {};
    if (std::abs(along) >= std::abs(across))
        return {along > 0 ? 1 : -1, 0};
    return {0, across > 0 ? 1 : -1};
}

BoothNudge nudge_booths(const Project& p, const std::vector<BoothId>& booths, int dx, int dy)
{
    if (booths.empty())
        return refused(tr(S::NudgeNothing));
    const BlockId block = p.booth(booths.front()).cells.block;
    const Block& blk = p.block(block);
    const BlockStep step = block_step(blk, dx, dy);
    if (std::string why = why_not_reshape(p, booths); !why.empty())
        return refused(why);
    std::set<Cell> from, to;
    for (BoothId id : booths)
        for_each_module(p.booth(id).cells, [&](int row, int col) { from.insert({row, col}); });
    for (auto [r, c] : from)
    {
        const int row = r + step.rows, col = c + step.cols;
        const std::string& number = p.booth(booths.front()).number;
        if (row < 0 || row >= blk.rows || col < 0 || col >= blk.modules)
            return refused(trf(S::NudgeBlockEndX, {number}));
        if (CellUse use = blk.cell(row, col); use != CellUse::Booth)
            return refused(trf(S::NudgeOnCellXY, {number, cell_word(use)}));
        to.insert({row, col});
    }
    // The booths in the way give up the modules the moved ones take: only free, unlocked ones.
    std::vector<bool> moving(p.booths.size(), false), cut(p.booths.size(), false);
    for (BoothId id : booths)
        moving[id.index()] = true;
    for (size_t i = 0; i < p.booths.size(); ++i)
    {
        const Booth& b = p.booths[i];
        if (moving[i] || b.cells.block != block)
            continue;
        bool in_way = false;
        for_each_module(b.cells, [&](int row, int col) { in_way = in_way || to.count({row, col}); });
        if (!in_way)
            continue;
        if (b.exhibitor.valid())
            return refused(trf(S::NudgeTakenXY, {b.number, p.exhibitor(b.exhibitor).name}));
        if (b.status == BoothStatus::Blocked)
            return refused(trf(S::ReasonBoothBlockedX, {b.number}));
        if (std::optional<ExhibitorId> l = locked_to(p, b.number))
            return refused(trf(S::ReasonBoothLockedXY, {b.number, p.exhibitor(*l).name}));
        cut[i] = true;
    }

    BoothNudge out;
    const std::string first = p.booth(booths.front()).number;
    ReplaceBooths r{p.blocks, {}, {}};
    r.booths.reserve(p.booths.size() + 4);
    for (size_t i = 0; i < p.booths.size(); ++i)
    {
        const Booth& b = p.booths[i];
        if (moving[i])
        {
            Booth m = b;
            m.cells.row += step.rows;
            m.cells.col += step.cols;
            m.number = booth_number(blk, m.cells);
            out.moved_to.push_back(m.cells);
            r.booths.push_back(std::move(m));
        }
        else if (cut[i])
            for (const BoothCells& c : rest_of(b.cells, to))
                r.booths.push_back(Booth{booth_number(blk, c), b.hall, c, b.status, {}});
        else
            r.booths.push_back(b);
    }
    // The modules left behind, free (a set of (row, col) pairs is in row-major order).
    std::vector<Cell> left;
    std::set_difference(from.begin(), from.end(), to.begin(), to.end(), std::back_inserter(left));
    for (const BoothCells& c : as_booths(block, left))
        r.booths.push_back(Booth{booth_number(blk, c), p.booth(booths.front()).hall, c, BoothStatus::Available, {}});
    r.label = booths.size() == 1 ? EditLabel(EditWords::MoveBooth, {first, booth_number(blk, out.moved_to.front())})
                                 : EditLabel(EditWords::MoveBooths, {std::to_string(booths.size())});

    // The hard rules where the exhibitors would stand, on the plan as it would be.
    Project after = p;
    after.booths = r.booths;
    std::vector<ExhibitorId> holder_of(after.booths.size());
    for (size_t i = 0; i < after.booths.size(); ++i)
        holder_of[i] = after.booths[i].exhibitor;
    for (const BoothCells& c : out.moved_to)
        for (BoothId id : booths_over(after, block, c))
            if (const ExhibitorId who = after.booth(id).exhibitor; who.valid())
                if (std::string why = why_not_stand(after, who, id, holder_of); !why.empty())
                    return refused(why);
    out.change = BoothEdit{Edit(std::move(r)), {}};
    return out;
}

} // namespace bp::win
