// Booths and exhibitors by hand on the allocated tiny fair: an exhibitor moved onto a free booth
// and swapped with another, each refusal and its reason (a competitor next door, locked booths, a
// booth too small, outside the pavilion's region, blocked, nobody to swap with), merge and split,
// lock and status; every edit undone by its inverse back to the project as it was.
#include "app/window/tools/booth_edits.h"

#include "layout/samples/samples.h"
#include "solver/solver.h"
#include "tests/support/edit_support.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace bp;
using namespace bp::win;

namespace
{

Project allocated_tiny()
{
    Project p = make_sample(SamplePreset::Tiny, 1);
    test::regrid(p);
    SolveOptions o;
    o.effort = 0.2;
    apply_edit(p, solve(SolveInput(p), o).edit);
    return p;
}

void free_booth(Project& p, BoothId b)
{
    apply_edit(p, AssignBooth{b, ExhibitorId(), BoothStatus::Available});
}

double area_of(const Project& p, BoothId b)
{
    return booth_area(p.block(p.booth(b).cells.block), p.booth(b).cells);
}

// Applies the edit, then its inverse: the project must come back as it was.
void check_undoes(Project p, const Edit& e)
{
    const Project before = p;
    AppliedEdit done = apply_edit(p, e);
    CHECK(!(p == before));
    apply_edit(p, std::move(done.inverse));
    CHECK(p == before);
}

bool starts_with(const std::string& s, const std::string& prefix)
{
    return s.rfind(prefix, 0) == 0;
}

// A seated exhibitor of one 9 m² module with no pin.
ExhibitorId small_seated(const Project& p, bool with_competitors)
{
    for (size_t i = 0; i < p.exhibitors.size(); ++i)
    {
        ExhibitorId id(static_cast<int32_t>(i));
        const Exhibitor& x = p.exhibitors[i];
        if (x.area_m2 <= 9 && x.locked_booth.empty() && !x.competitors.empty() == with_competitors && booth_of(p, id))
            return id;
    }
    FAIL("no small seated exhibitor in the tiny fair");
    return {};
}

} // namespace

TEST_CASE("An exhibitor moved onto a free booth takes it with its status; the booth it left is free")
{
    Project p = allocated_tiny();
    const ExhibitorId x = small_seated(p, false);
    const BoothId from = *booth_of(p, x);
    // Free another exhibitor's booth far from x's neighbours, big enough for it.
    std::optional<BoothId> to;
    for (size_t i = 0; i < p.booths.size() && !to; ++i)
    {
        BoothId b(static_cast<int32_t>(i));
        if (b != from && p.booth(b).exhibitor.valid() && area_of(p, b) >= 9)
        {
            Project q = p;
            free_booth(q, b);
            if (move_exhibitor(q, x, b).ok())
                to = b;
        }
    }
    REQUIRE(to);
    free_booth(p, *to);
    const BoothStatus status = p.booth(from).status;
    BoothEdit e = move_exhibitor(p, x, *to);
    REQUIRE(e.ok());
    CHECK(e.reason.empty());
    check_undoes(p, *e.edit);
    apply_edit(p, *e.edit);
    CHECK(booth_of(p, x) == to);
    CHECK(p.booth(*to).status == status);
    CHECK(!p.booth(from).exhibitor.valid());
    CHECK(p.booth(from).status == BoothStatus::Available);
    // Moving it where it stands is nothing to do.
    CHECK(move_exhibitor(p, x, *to).reason == "already in booth " + p.booth(*to).number);
}

TEST_CASE("Onto a taken booth two exhibitors swap, each with its status")
{
    Project p = allocated_tiny();
    const ExhibitorId x = small_seated(p, false);
    const BoothId from = *booth_of(p, x);
    std::optional<BoothId> to;
    for (size_t i = 0; i < p.booths.size() && !to; ++i)
    {
        BoothId b(static_cast<int32_t>(i));
        if (b != from && p.booth(b).exhibitor.valid() && move_exhibitor(p, x, b).ok())
            to = b;
    }
    REQUIRE(to);
    const ExhibitorId y = p.booth(*to).exhibitor;
    apply_edit(p, AssignBooth{from, x, BoothStatus::Reserved});
    BoothEdit e = move_exhibitor(p, x, *to);
    REQUIRE(e.ok());
    check_undoes(p, *e.edit);
    const BoothStatus ys = p.booth(*to).status;
    apply_edit(p, *e.edit);
    CHECK(p.booth(*to).exhibitor == x);
    CHECK(p.booth(*to).status == BoothStatus::Reserved);
    CHECK(p.booth(from).exhibitor == y);
    CHECK(p.booth(from).status == ys);
}

TEST_CASE("A move next door to a competitor is refused with both names and the booth")
{
    Project p = allocated_tiny();
    const ExhibitorId x = small_seated(p, true);
    // A competitor of x with a booth, and a neighbour of that booth which is not x's own.
    std::optional<BoothId> next;
    ExhibitorId rival;
    for (ExhibitorId c : p.exhibitor(x).competitors)
        if (std::optional<BoothId> cb = booth_of(p, c); cb && !next)
            for (BoothId n : booths_next_door(p, *cb))
                if (p.booth(n).exhibitor != x && area_of(p, n) >= p.exhibitor(x).area_m2 && !next)
                {
                    next = n;
                    rival = c;
                }
    REQUIRE(next);
    free_booth(p, *next);
    BoothEdit e = move_exhibitor(p, x, *next);
    CHECK(!e.ok());
    CHECK(e.reason == p.exhibitor(x).name + " would stand next door to its competitor " + p.exhibitor(rival).name +
                          " (booth " + p.booth(*booth_of(p, rival)).number + ")");
}

TEST_CASE("Locked booths, a booth too small, a blocked booth, a pavilion's region, nobody to swap with")
{
    Project p = allocated_tiny();
    const ExhibitorId x = small_seated(p, false);
    const BoothId from = *booth_of(p, x);
    std::optional<BoothId> other;
    for (size_t i = 0; i < p.booths.size() && !other; ++i)
        if (BoothId b(static_cast<int32_t>(i)); b != from && p.booth(b).exhibitor.valid() && move_exhibitor(p, x, b).ok())
            other = b;
    REQUIRE(other);
    const ExhibitorId y = p.booth(*other).exhibitor;
    const std::string number = p.booth(*other).number;

    SECTION("the target's exhibitor is locked to it")
    {
        apply_edit(p, *lock_booth(p, *other, true).edit);
        CHECK(move_exhibitor(p, x, *other).reason == "booth " + number + " is locked to " + p.exhibitor(y).name);
    }
    SECTION("the mover is locked to its booth")
    {
        apply_edit(p, *lock_booth(p, from, true).edit);
        CHECK(move_exhibitor(p, x, *other).reason ==
              p.exhibitor(x).name + " is locked to booth " + p.booth(from).number);
    }
    SECTION("the booth is smaller than the mover asked for")
    {
        p.exhibitors[x.index()].area_m2 = area_of(p, *other) + 9;
        BoothEdit e = move_exhibitor(p, x, *other);
        CHECK(starts_with(e.reason, "booth " + number + " has "));
        CHECK(e.reason.find(p.exhibitor(x).name + " asked for") != std::string::npos);
    }
    SECTION("the booth is blocked")
    {
        free_booth(p, *other);
        apply_edit(p, AssignBooth{*other, ExhibitorId(), BoothStatus::Blocked});
        CHECK(move_exhibitor(p, x, *other).reason == "booth " + number + " is blocked");
    }
    SECTION("a member may not leave its pavilion's region")
    {
        PavilionId pav(0);
        p.exhibitors[x.index()].pavilion = pav;
        apply_edit(p, PlacePavilion{pav, Region{p.booth(from).hall, footprint(p.block(p.booth(from).cells.block),
                                                                              p.booth(from).cells)}});
        CHECK(move_exhibitor(p, x, *other).reason ==
              "booth " + number + " lies outside the region of pavilion " + p.pavilion(pav).name);
    }
    SECTION("an exhibitor without a booth cannot swap")
    {
        free_booth(p, from);
        CHECK(starts_with(move_exhibitor(p, x, *other).reason, "booth " + number + " is held by "));
        // Onto a free booth it is simply seated.
        free_booth(p, *other);
        BoothEdit e = move_exhibitor(p, x, *other);
        REQUIRE(e.ok());
        check_undoes(p, *e.edit);
    }
}

TEST_CASE("Adjacent booths of one block merge into one and split back into modules")
{
    Project p = allocated_tiny();
    // Two side by side modules of one block, freed.
    std::optional<std::pair<BoothId, BoothId>> pair;
    for (size_t i = 0; i < p.booths.size() && !pair; ++i)
        for (BoothId n : booths_next_door(p, BoothId(static_cast<int32_t>(i))))
            if (p.booth(n).cells.row == p.booths[i].cells.row && p.booth(n).cells.rows == p.booths[i].cells.rows &&
                !pair)
                pair = {BoothId(static_cast<int32_t>(i)), n};
    REQUIRE(pair);
    const BlockId block = p.booth(pair->first).cells.block;
    free_booth(p, pair->first);
    free_booth(p, pair->second);
    const BoothCells a = p.booth(pair->first).cells, b = p.booth(pair->second).cells;
    const size_t count = p.booths.size();

    BoothEdit m = merge_booths(p, {pair->first, pair->second});
    REQUIRE(m.ok());
    check_undoes(p, *m.edit);
    Project merged = p;
    apply_edit(merged, *m.edit);
    CHECK(merged.booths.size() == count - 1);
    const BoothCells u{block, a.row, a.rows, std::min(a.col, b.col), a.cols + b.cols};
    std::vector<BoothId> over = booths_over(merged, block, u);
    REQUIRE(over.size() == 1);
    CHECK(merged.booth(over.front()).cells == u);
    CHECK(merged.booth(over.front()).number == booth_number(merged.block(block), u));

    SECTION("split again: one booth per module, with the merged booth's status")
    {
        BoothEdit s = split_booth(merged, over.front());
        REQUIRE(s.ok());
        check_undoes(merged, *s.edit);
        apply_edit(merged, *s.edit);
        CHECK(merged.booths.size() == count - 1 + static_cast<size_t>(u.cols * u.rows) - 1);
        CHECK(booths_over(merged, block, u).size() == static_cast<size_t>(u.cols * u.rows));
        CHECK(split_booth(merged, booths_over(merged, block, u).front()).reason ==
              "booth " + merged.booth(booths_over(merged, block, u).front()).number + " is a single module");
    }
    SECTION("a held booth is not split")
    {
        const ExhibitorId x(0);
        apply_edit(merged, AssignBooth{over.front(), x, BoothStatus::Sold});
        CHECK(split_booth(merged, over.front()).reason == "booth " + merged.booth(over.front()).number +
                                                              " is held by " + merged.exhibitor(x).name +
                                                              ": move it out first");
    }
    SECTION("refused: one booth, booths of two blocks, a gap between them, two exhibitors")
    {
        CHECK(merge_booths(p, {pair->first}).reason == "select two or more booths to merge");
        std::optional<BoothId> elsewhere, apart;
        for (size_t i = 0; i < p.booths.size(); ++i)
        {
            const Booth& o = p.booths[i];
            if (o.cells.block != block && !elsewhere)
                elsewhere = BoothId(static_cast<int32_t>(i));
            if (o.cells.block == block && o.cells.row == a.row &&
                std::abs(o.cells.col - std::min(a.col, b.col)) > a.cols + b.cols && !apart)
                apart = BoothId(static_cast<int32_t>(i));
        }
        REQUIRE(elsewhere);
        CHECK(merge_booths(p, {pair->first, *elsewhere}).reason == "the booths lie in different blocks");
        if (apart)
            CHECK(merge_booths(p, {pair->first, *apart}).reason == "the booths do not form a rectangle");
        apply_edit(p, AssignBooth{pair->first, ExhibitorId(0), BoothStatus::Sold});
        apply_edit(p, AssignBooth{pair->second, ExhibitorId(1), BoothStatus::Sold});
        CHECK(merge_booths(p, {pair->first, pair->second}).reason ==
              p.exhibitor(ExhibitorId(0)).name + " and " + p.exhibitor(ExhibitorId(1)).name +
                  " both hold a booth here");
    }
}

TEST_CASE("Lock and unlock a booth's exhibitor; the status of one booth or a selection")
{
    Project p = allocated_tiny();
    const ExhibitorId x = small_seated(p, false);
    const BoothId b = *booth_of(p, x);
    BoothEdit lock = lock_booth(p, b, true);
    REQUIRE(lock.ok());
    check_undoes(p, *lock.edit);
    apply_edit(p, *lock.edit);
    CHECK(p.exhibitor(x).locked_booth == p.booth(b).number);
    CHECK(!lock_booth(p, b, true).ok());
    BoothEdit unlock = lock_booth(p, b, false);
    REQUIRE(unlock.ok());
    apply_edit(p, *unlock.edit);
    CHECK(p.exhibitor(x).locked_booth.empty());
    free_booth(p, b);
    CHECK(lock_booth(p, b, true).reason == "booth " + p.booth(b).number + " has no exhibitor to lock");

    std::vector<BoothId> three{BoothId(0), BoothId(1), BoothId(2)};
    BoothEdit held = set_booth_status(p, three, BoothStatus::Held);
    REQUIRE(held.ok());
    check_undoes(p, *held.edit);
    apply_edit(p, *held.edit);
    for (BoothId id : three)
        CHECK(p.booth(id).status == BoothStatus::Held);
    CHECK(set_booth_status(p, three, BoothStatus::Held).reason == "the status is already that");
    BoothEdit one = set_booth_status(p, {BoothId(1)}, BoothStatus::Blocked);
    REQUIRE(one.ok());
    CHECK(std::holds_alternative<AssignBooth>(one.edit->variant()));
}
