// Booths nudged a module by the arrow keys on the tiny fair: a booth with its exhibitor steps onto
// the free module beside it and leaves a free one behind; a wider booth cuts the free booth it moves
// onto; two booths move together; each refusal and its reason (the block's end, a taken booth in the
// way, a locked booth, a competitor next door); every edit undone back to the project as it was.
#include "app/window/tools/booth_nudge.h"

#include "app/window/i18n.h"
#include "tests/support/edit_support.h"

#include <catch2/catch.hpp>

using namespace bp;
using namespace bp::win;

namespace
{

// The booth covering the cell, if any.
std::optional<BoothId> booth_at(const Project& p, BlockId block, int row, int col)
{
    for (BoothId id : booths_over(p, block, BoothCells{block, row, 1, col, 1}))
        return id;
    return std::nullopt;
}

// A block with a row of at least `n` bookable modules in one-module booths from (row, col).
struct Spot
{
    BlockId block;
    int row = 0, col = 0;
    int dx = 0, dy = 0; // the arrow that steps +1 along the block's rows
};

Spot find_spot(const Project& p, int n)
{
    for (size_t b = 0; b < p.blocks.size(); ++b)
    {
        const Block& blk = p.blocks[b];
        const BlockId id(static_cast<int32_t>(b));
        for (int row = 0; row < blk.rows; ++row)
            for (int col = 0; col + n <= blk.modules; ++col)
            {
                bool ok = true;
                for (int k = 0; k < n && ok; ++k)
                {
                    const std::optional<BoothId> at = booth_at(p, id, row, col + k);
                    ok = blk.cell(row, col + k) == CellUse::Booth && at && p.booth(*at).cells.cols == 1 &&
                         p.booth(*at).cells.rows == 1;
                }
                if (!ok)
                    continue;
                Spot s{id, row, col, 0, 0};
                if (std::abs(blk.along.x) >= std::abs(blk.along.y))
                    s.dx = blk.along.x > 0 ? 1 : -1;
                else
                    s.dy = blk.along.y > 0 ? 1 : -1;
                return s;
            }
    }
    FAIL("no row of free one-module booths");
    return {};
}

// A 9 m² exhibitor without competitors, pavilion or pin.
ExhibitorId plain_exhibitor(const Project& p, size_t skip = 0)
{
    for (size_t i = 0; i < p.exhibitors.size(); ++i)
    {
        const Exhibitor& x = p.exhibitors[i];
        if (x.area_m2 <= 9 && x.competitors.empty() && !x.pavilion.valid() && x.locked_booth.empty() && skip-- == 0)
            return ExhibitorId(static_cast<int32_t>(i));
    }
    FAIL("no plain exhibitor");
    return {};
}

void seat(Project& p, BoothId b, ExhibitorId x)
{
    apply_edit(p, AssignBooth{b, x, BoothStatus::Sold});
}

void check_undoes(Project p, const Edit& e)
{
    const Project before = p;
    AppliedEdit done = apply_edit(p, e);
    CHECK(!(p == before));
    apply_edit(p, std::move(done.inverse));
    CHECK(p == before);
}

} // namespace

TEST_CASE("arrows map to a module along the block's rows or a row across")
{
    Block east;
    CHECK(block_step(east, 1, 0).cols == 1);
    CHECK(block_step(east, -1, 0).cols == -1);
    CHECK(block_step(east, 0, 1).rows == 1);
    Block north;
    north.along = {0, 1};
    north.across = {-1, 0};
    CHECK(block_step(north, 0, 1).cols == 1);
    CHECK(block_step(north, 1, 0).rows == -1); // east is -across here
    CHECK(block_step(north, 0, 0).cols == 0);
}

TEST_CASE("a booth steps onto the free module beside it with its exhibitor and leaves a free one behind")
{
    set_language(Language::English);
    Project p = test::tiny_with_grid();
    const Spot s = find_spot(p, 5);
    const BoothId first = *booth_at(p, s.block, s.row, s.col + 1);
    const ExhibitorId x = plain_exhibitor(p);
    seat(p, first, x);
    const std::string old_number = p.booth(first).number;
    const std::string next_number = p.booth(*booth_at(p, s.block, s.row, s.col + 2)).number;
    const size_t booths = p.booths.size();

    BoothNudge n = nudge_booths(p, {first}, s.dx, s.dy);
    REQUIRE(n.change.ok());
    CHECK(to_english(describe(p, *n.change.edit)) == "Move booth " + old_number + " to " + next_number);
    check_undoes(p, *n.change.edit);
    apply_edit(p, *n.change.edit);
    CHECK(p.booths.size() == booths); // the free booth taken, a free one left behind
    const BoothId now = *booth_at(p, s.block, s.row, s.col + 2);
    CHECK(p.booth(now).exhibitor == x);
    CHECK(p.booth(now).number == next_number);
    CHECK(p.booth(now).status == BoothStatus::Sold);
    REQUIRE(n.moved_to.size() == 1);
    CHECK(n.moved_to.front() == p.booth(now).cells);
    const Booth& left = p.booth(*booth_at(p, s.block, s.row, s.col + 1));
    CHECK_FALSE(left.exhibitor.valid());
    CHECK(left.status == BoothStatus::Available);
    CHECK(left.number == old_number);

    SECTION("back again with the opposite arrow: the plan as it was, booth for booth")
    {
        const Project before = p;
        BoothNudge back = nudge_booths(p, {now}, -s.dx, -s.dy);
        REQUIRE(back.change.ok());
        apply_edit(p, *back.change.edit);
        CHECK(p.booth(*booth_at(p, s.block, s.row, s.col + 1)).exhibitor == x);
        CHECK(p.booth(*booth_at(p, s.block, s.row, s.col + 2)).exhibitor == ExhibitorId());
    }
    SECTION("a taken booth in the way refuses it and names who holds it")
    {
        const ExhibitorId y = plain_exhibitor(p, 1);
        seat(p, *booth_at(p, s.block, s.row, s.col + 3), y);
        BoothNudge refused = nudge_booths(p, {now}, s.dx, s.dy);
        CHECK_FALSE(refused.change.ok());
        CHECK(refused.change.reason.find(p.exhibitor(y).name) != std::string::npos);
    }
    SECTION("a competitor next door where it would stand refuses it")
    {
        const ExhibitorId y = plain_exhibitor(p, 1);
        p.exhibitors[x.index()].competitors.push_back(y);
        seat(p, *booth_at(p, s.block, s.row, s.col + 4), y);
        BoothNudge refused = nudge_booths(p, {now}, s.dx, s.dy);
        CHECK_FALSE(refused.change.ok());
        CHECK(refused.change.reason.find("competitor") != std::string::npos);
    }
    SECTION("a booth locked to its exhibitor stays: its number would change")
    {
        p.exhibitors[x.index()].locked_booth = p.booth(now).number;
        BoothNudge refused = nudge_booths(p, {now}, s.dx, s.dy);
        CHECK_FALSE(refused.change.ok());
        CHECK(refused.change.reason.find("locked") != std::string::npos);
    }
}

TEST_CASE("two booths move together, a wider booth cuts the free booth it moves onto, the block's end stops them")
{
    set_language(Language::English);
    Project p = test::tiny_with_grid();
    const Spot s = find_spot(p, 4);
    const BoothId a = *booth_at(p, s.block, s.row, s.col), b = *booth_at(p, s.block, s.row, s.col + 1);
    seat(p, a, plain_exhibitor(p));
    seat(p, b, plain_exhibitor(p, 1));
    BoothNudge both = nudge_booths(p, {a, b}, s.dx, s.dy);
    REQUIRE(both.change.ok());
    CHECK(to_english(describe(p, *both.change.edit)) == "Move 2 booths");
    check_undoes(p, *both.change.edit);
    CHECK(both.moved_to.size() == 2);

    // A free two-module booth beyond a one-module booth: the one-module booth stepping onto it keeps
    // one module of it free.
    Project q = test::tiny_with_grid();
    const BoothId c = *booth_at(q, s.block, s.row, s.col + 2), d = *booth_at(q, s.block, s.row, s.col + 3);
    BoothEdit merged = merge_booths(q, {c, d});
    REQUIRE(merged.ok());
    apply_edit(q, *merged.edit);
    const BoothId one = *booth_at(q, s.block, s.row, s.col + 1);
    seat(q, one, plain_exhibitor(q));
    BoothNudge cut = nudge_booths(q, {one}, s.dx, s.dy);
    REQUIRE(cut.change.ok());
    apply_edit(q, *cut.change.edit);
    const Booth& rest = q.booth(*booth_at(q, s.block, s.row, s.col + 3));
    CHECK(rest.cells.cols == 1);
    CHECK_FALSE(rest.exhibitor.valid());

    // At the block's end.
    Project r = test::tiny_with_grid();
    std::optional<BoothId> last;
    for (size_t i = 0; i < r.booths.size() && !last; ++i)
    {
        const BoothCells& cells = r.booths[i].cells;
        if (cells.col + cells.cols == r.block(cells.block).modules)
            last = BoothId(static_cast<int32_t>(i));
    }
    REQUIRE(last);
    const Block& end_block = r.block(r.booth(*last).cells.block);
    const BlockStep along{1, 0};
    const int dx = std::abs(end_block.along.x) >= std::abs(end_block.along.y) ? (end_block.along.x > 0 ? 1 : -1) : 0;
    const int dy = dx == 0 ? (end_block.along.y > 0 ? 1 : -1) : 0;
    REQUIRE(block_step(end_block, dx, dy).cols == along.cols);
    BoothNudge stopped = nudge_booths(r, {*last}, dx, dy);
    CHECK_FALSE(stopped.change.ok());
    CHECK(stopped.change.reason.find("end of its block") != std::string::npos);
}
