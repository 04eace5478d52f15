// Booths and exhibitors by hand: the move or swap of an exhibitor with the hard rules that refuse
// it, merging and splitting booths, locking, status.
#include "booth_edits.h"

#include "app/window/i18n.h"
#include "solver/solver.h"

#include <algorithm>
#include <cmath>

namespace bp::win
{

namespace
{

BoothEdit refused(std::string reason)
{
    return BoothEdit{std::nullopt, std::move(reason)};
}

BoothEdit edit(Edit e)
{
    return BoothEdit{std::move(e), {}};
}

// Whether two cell rectangles of one block share a wall of positive length.
bool share_wall(const BoothCells& a, const BoothCells& b)
{
    const bool rows_meet = a.row < b.row + b.rows && b.row < a.row + a.rows;
    const bool cols_meet = a.col < b.col + b.cols && b.col < a.col + a.cols;
    const bool side_by_side = a.col + a.cols == b.col || b.col + b.cols == a.col;
    const bool back_to_back = a.row + a.rows == b.row || b.row + b.rows == a.row;
    return (rows_meet && side_by_side) || (cols_meet && back_to_back);
}

bool competes(const Project& p, ExhibitorId a, ExhibitorId b)
{
    const auto& ca = p.exhibitor(a).competitors;
    const auto& cb = p.exhibitor(b).competitors;
    return std::find(ca.begin(), ca.end(), b) != ca.end() || std::find(cb.begin(), cb.end(), a) != cb.end();
}

} // namespace

// Someone other than `holder` locked to the booth's number, if any.
std::optional<ExhibitorId> locked_to(const Project& p, const std::string& number)
{
    for (size_t i = 0; i < p.exhibitors.size(); ++i)
        if (p.exhibitors[i].locked_booth == number)
            return ExhibitorId(static_cast<int32_t>(i));
    return std::nullopt;
}

// Why the exhibitor may not stand in the booth, with `holder_of` saying who stands where after the
// gesture; empty when it may.
std::string why_not_stand(const Project& p, ExhibitorId who, BoothId at, const std::vector<ExhibitorId>& holder_of)
{
    const Exhibitor& x = p.exhibitor(who);
    const Booth& b = p.booth(at);
    const Block& blk = p.block(b.cells.block);
    const double have = booth_area(blk, b.cells);
    if (have + 1e-6 < x.area_m2)
        return trf(S::ReasonTooSmallXYZW, {b.number, wording_figure(have), x.name, wording_figure(x.area_m2)});
    if (x.pavilion.valid())
    {
        const Pavilion& pv = p.pavilion(x.pavilion);
        if (pv.placed && (pv.placed->hall != b.hall || !contains(pv.placed->polygon, centroid(footprint(blk, b.cells)))))
            return trf(S::ReasonOutsideRegionXY, {b.number, pv.name});
    }
    for (BoothId n : booths_next_door(p, at))
    {
        ExhibitorId other = holder_of[n.index()];
        if (other.valid() && other != who && competes(p, who, other))
            return trf(S::ReasonCompetitorXYZ, {x.name, p.exhibitor(other).name, p.booth(n).number});
    }
    return {};
}

std::string why_not_reshape(const Project& p, const std::vector<BoothId>& booths)
{
    for (BoothId id : booths)
    {
        const Booth& b = p.booth(id);
        if (b.cells.block != p.booth(booths.front()).cells.block)
            return tr(S::MergeOtherBlocks);
        if (std::optional<ExhibitorId> l = locked_to(p, b.number))
            return trf(S::ReasonBoothLockedXY, {b.number, p.exhibitor(*l).name});
    }
    return {};
}

std::optional<BoothId> booth_of(const Project& p, ExhibitorId exhibitor)
{
    for (size_t i = 0; i < p.booths.size(); ++i)
        if (p.booths[i].exhibitor == exhibitor && exhibitor.valid())
            return BoothId(static_cast<int32_t>(i));
    return std::nullopt;
}

std::vector<BoothId> booths_next_door(const Project& p, BoothId booth)
{
    std::vector<BoothId> out;
    const Booth& b = p.booth(booth);
    for (size_t i = 0; i < p.booths.size(); ++i)
        if (i != booth.index() && p.booths[i].cells.block == b.cells.block && share_wall(b.cells, p.booths[i].cells))
            out.push_back(BoothId(static_cast<int32_t>(i)));
    return out;
}

BoothEdit move_exhibitor(const Project& p, ExhibitorId who, BoothId to)
{
    const Exhibitor& x = p.exhibitor(who);
    const Booth& target = p.booth(to);
    const std::optional<BoothId> from = booth_of(p, who);
    if (from == to)
        return refused(trf(S::ReasonSameBoothX, {target.number}));
    if (!x.locked_booth.empty())
        return refused(trf(S::ReasonPinnedXY, {x.name, x.locked_booth}));
    if (target.status == BoothStatus::Blocked)
        return refused(trf(S::ReasonBoothBlockedX, {target.number}));
    if (std::optional<ExhibitorId> l = locked_to(p, target.number); l && *l != who)
        return refused(trf(S::ReasonBoothLockedXY, {target.number, p.exhibitor(*l).name}));
    const ExhibitorId occupant = target.exhibitor;
    if (occupant.valid() && !from)
        return refused(trf(S::ReasonNoSwapXY, {target.number, p.exhibitor(occupant).name}));
    // Who stands where once the gesture is done.
    std::vector<ExhibitorId> holder_of(p.booths.size());
    for (size_t i = 0; i < p.booths.size(); ++i)
        holder_of[i] = p.booths[i].exhibitor;
    holder_of[to.index()] = who;
    if (from)
        holder_of[from->index()] = occupant;
    if (std::string why = why_not_stand(p, who, to, holder_of); !why.empty())
        return refused(why);
    if (occupant.valid())
        if (std::string why = why_not_stand(p, occupant, *from, holder_of); !why.empty())
            return refused(why);
    // The status travels with its exhibitor; a booth left free becomes available.
    const BoothStatus mine = from ? p.booth(*from).status : BoothStatus::Sold;
    EditGroup g;
    g.edits.push_back(AssignBooth{to, who, mine});
    if (from)
        g.edits.push_back(AssignBooth{*from, occupant, occupant.valid() ? target.status : BoothStatus::Available});
    g.label = occupant.valid() ? EditLabel(EditWords::SwapExhibitors, {x.code, p.exhibitor(occupant).code})
                               : EditLabel(EditWords::MoveExhibitor, {x.code, target.number});
    return edit(std::move(g));
}

BoothEdit merge_booths(const Project& p, const std::vector<BoothId>& booths)
{
    if (booths.size() < 2)
        return refused(tr(S::MergeNeedsTwo));
    const BlockId block = p.booth(booths.front()).cells.block;
    if (std::string why = why_not_reshape(p, booths); !why.empty())
        return refused(why);
    int r0 = 1 << 30, r1 = -1, c0 = 1 << 30, c1 = -1, modules = 0;
    std::optional<BoothId> held;
    for (BoothId id : booths)
    {
        const Booth& b = p.booth(id);
        if (b.exhibitor.valid())
        {
            if (held && p.booth(*held).exhibitor != b.exhibitor)
                return refused(trf(S::MergeTwoHoldersXY, {p.exhibitor(p.booth(*held).exhibitor).name,
                                                          p.exhibitor(b.exhibitor).name}));
            held = held ? held : id;
        }
        r0 = std::min(r0, b.cells.row);
        r1 = std::max(r1, b.cells.row + b.cells.rows);
        c0 = std::min(c0, b.cells.col);
        c1 = std::max(c1, b.cells.col + b.cells.cols);
        modules += b.cells.rows * b.cells.cols;
    }
    // Booths never share cells, so their modules fill the rectangle exactly when the counts agree.
    if (modules != (r1 - r0) * (c1 - c0))
        return refused(tr(S::MergeNotRectangle));
    const Block& blk = p.block(block);
    const BoothCells cells{block, r0, r1 - r0, c0, c1 - c0};
    const Booth& keeper = p.booth(held ? *held : booths.front());
    Booth merged{booth_number(blk, cells), keeper.hall, cells, keeper.status, keeper.exhibitor};
    ReplaceBooths r{p.blocks, {}, EditLabel(EditWords::MergeBooths, {merged.number})};
    r.booths.reserve(p.booths.size());
    bool placed = false;
    for (size_t i = 0; i < p.booths.size(); ++i)
    {
        if (std::find(booths.begin(), booths.end(), BoothId(static_cast<int32_t>(i))) == booths.end())
            r.booths.push_back(p.booths[i]);
        else if (!placed)
        {
            r.booths.push_back(merged);
            placed = true;
        }
    }
    return edit(std::move(r));
}

BoothEdit split_booth(const Project& p, BoothId booth)
{
    const Booth& b = p.booth(booth);
    if (b.cells.rows * b.cells.cols < 2)
        return refused(trf(S::SplitSingleX, {b.number}));
    if (b.exhibitor.valid())
        return refused(trf(S::SplitHeldXY, {b.number, p.exhibitor(b.exhibitor).name}));
    if (std::optional<ExhibitorId> l = locked_to(p, b.number))
        return refused(trf(S::ReasonBoothLockedXY, {b.number, p.exhibitor(*l).name}));
    const Block& blk = p.block(b.cells.block);
    ReplaceBooths r{p.blocks, {}, EditLabel(EditWords::SplitBooth, {b.number})};
    r.booths.reserve(p.booths.size() + static_cast<size_t>(b.cells.rows * b.cells.cols));
    for (size_t i = 0; i < p.booths.size(); ++i)
    {
        if (i != booth.index())
        {
            r.booths.push_back(p.booths[i]);
            continue;
        }
        for_each_module(b.cells,
                        [&](int row, int col)
                        {
                            BoothCells one{b.cells.block, row, 1, col, 1};
                            r.booths.push_back(Booth{booth_number(blk, one), b.hall, one, b.status, {}});
                        });
    }
    return edit(std::move(r));
}

BoothEdit lock_booth(const Project& p, BoothId booth, bool lock)
{
    const Booth& b = p.booth(booth);
    if (!b.exhibitor.valid())
        return refused(trf(S::LockNobodyX, {b.number}));
    const Exhibitor& x = p.exhibitor(b.exhibitor);
    const std::string want = lock ? b.number : std::string();
    if (x.locked_booth == want)
        return refused(tr(S::StatusUnchanged));
    return edit(LockExhibitor{b.exhibitor, want});
}

BoothEdit set_booth_status(const Project& p, const std::vector<BoothId>& booths, BoothStatus status)
{
    EditGroup g;
    for (BoothId b : booths)
        if (p.booth(b).status != status)
            g.edits.push_back(AssignBooth{b, p.booth(b).exhibitor, status});
    if (g.edits.empty())
        return refused(tr(S::StatusUnchanged));
    if (g.edits.size() == 1)
        return edit(std::move(g.edits.front()));
    g.label = EditLabel(EditWords::SetBoothStatus, {std::string(to_string(status))});
    return edit(std::move(g));
}

std::vector<BoothId> booths_over(const Project& p, BlockId block, const BoothCells& cells)
{
    std::vector<BoothId> out;
    for (size_t i = 0; i < p.booths.size(); ++i)
    {
        const BoothCells& c = p.booths[i].cells;
        if (c.block == block && c.row < cells.row + cells.rows && cells.row < c.row + c.rows &&
            c.col < cells.col + cells.cols && cells.col < c.col + c.cols)
            out.push_back(BoothId(static_cast<int32_t>(i)));
    }
    return out;
}

} // namespace bp::win
