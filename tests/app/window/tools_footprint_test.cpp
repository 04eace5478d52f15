// A pavilion dragged over the tiny fair's hall: where its footprint snaps, what it is told over a
// column, another pavilion or outside the hall, where a blocked drop settles, and who a re-seat moved.
#include "app/window/tools/pavilion_footprint.h"
#include "app/window/tools/reseat_moves.h"

#include "layout/grid/booth_grid.h"
#include "layout/rules/checks.h"
#include "layout/samples/samples.h"
#include "solver/solver.h"
#include "tests/support/edit_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

using namespace bp;
using namespace bp::win;

namespace
{

Project tiny()
{
    return test::tiny_with_grid();
}

PavilionId iran(const Project& p)
{
    return *p.find_pavilion("Iran");
}

// Places the pavilion's region where `drop` says and re-seats it as the window does after a drop.
SolveResult drop_and_reseat(Project& p, PavilionId pav, const FootprintDrop& drop)
{
    apply_edit(p, PlacePavilion{pav, Region{drop.verdict.hall, drop.verdict.shape}});
    SolveScope scope;
    scope.reseat = pav;
    SolveOptions window;
    window.threads = 1;
    return solve(SolveInput(p, scope), window);
}

} // namespace

TEST_CASE("Iran's footprint over free floor spans two block bands and the modules its area needs")
{
    Project p = tiny();
    PavilionFootprint f(p, iran(p));
    CHECK(f.need_m2() == Approx(108 * 1.3)); // four members' 108 m² and 30 % shared space
    FootprintVerdict v = f.at({56, 11.5}, true);
    REQUIRE(v.fits());
    CHECK(v.snapped);
    Box b = bounds(v.shape);
    CHECK(b.min.x == Approx(48)); // the west edge of the two-row block at x 48-54
    CHECK(b.max.x == Approx(64)); // the east edge of the block at x 58-64
    CHECK(b.min.y == Approx(7));  // on the module grid from y 1
    CHECK(b.max.y == Approx(19));
    CHECK(v.holds_m2 == Approx(144)); // 16 modules of 9 m²

    SECTION("one band fewer makes it long and thin, one more makes it wider")
    {
        f.bands_delta = -1;
        Box thin = bounds(f.at({56, 11.5}, true).shape);
        CHECK(thin.width() == Approx(6));
        f.bands_delta = 1;
        Box wide = bounds(f.at({56, 11.5}, true).shape);
        CHECK(wide.width() > b.width());
    }
    SECTION("a size typed is kept exactly, its corner still snapped to a block edge and the modules")
    {
        f.size_m = Vec2{16, 18};
        FootprintVerdict typed = f.at({56.7, 12.4}, true);
        Box t = bounds(typed.shape);
        CHECK(t.width() == Approx(16));
        CHECK(t.height() == Approx(18));
        CHECK(t.min.x == Approx(48)); // on the block's west edge
        CHECK(std::fmod(t.min.y - 1 + 300, 3.0) == Approx(0).margin(1e-6)); // on the module grid from y 1
        CHECK(typed.fits());
        Box free = bounds(f.at({56.7, 12.4}, false).shape);
        CHECK((free.min.x + free.max.x) / 2 == Approx(56.7));
        CHECK(free.width() == Approx(16));
        f.size_m = Vec2{6, 6}; // too small for 140 m²: red, with what it holds
        FootprintVerdict small = f.at({56, 11.5}, true);
        CHECK_FALSE(small.fits());
        CHECK(small.holds_m2 < small.need_m2);
    }
    SECTION("without snapping it is centred on the cursor")
    {
        Box free = bounds(f.at({56.4, 12.2}, false).shape);
        CHECK((free.min.x + free.max.x) / 2 == Approx(56.4));
        CHECK((free.min.y + free.max.y) / 2 == Approx(12.2));
        CHECK(!f.at({56.4, 12.2}, false).snapped);
    }
}

TEST_CASE("Over the column the footprint is red with the reason; the drop settles clear of it")
{
    Project p = tiny();
    PavilionFootprint f(p, iran(p));
    FootprintVerdict v = f.at({54, 24}, true);
    CHECK(!v.fits());
    CHECK(v.obstacle);
    CHECK(v.reason == "over a column");
    std::optional<FootprintDrop> d = f.drop({54, 24}, true);
    REQUIRE(d);
    CHECK(d->settled);
    CHECK(d->moved_m > 0);
    CHECK(d->moved_m <= 40);
    REQUIRE(d->verdict.fits());
    Box b = bounds(d->verdict.shape);
    const bool clear = b.max.x <= 53.5 || b.min.x >= 54.5 || b.max.y <= 23.5 || b.min.y >= 24.5;
    CHECK(clear);
}

TEST_CASE("On cismef, whose columns and blocked zones stand inside the blocks, Iran dropped onto a hall fits")
{
    Project p = make_sample(SamplePreset::Cismef, 1);
    test::regrid(p);
    const PavilionId pav = iran(p);
    PavilionFootprint f(p, pav);
    REQUIRE(p.members(pav).size() == 52);
    // A column inside a block only takes its own cells out of what the blocks hold.
    const HallId h0(0);
    const Hall& hall = p.hall(h0);
    std::optional<size_t> inner;
    for (size_t i = 0; i < hall.columns.size() && !inner; ++i)
        if (stands_in_block(p, h0, hall.columns[i]))
            inner = i;
    REQUIRE(inner);
    FootprintVerdict over = f.at(centroid(hall.columns[*inner]), true);
    CHECK(over.reason != "over a column");
    CHECK(contains(over.shape, centroid(hall.columns[*inner])));
    // So does a blocked zone inside a block (cismef's service points stand in the blocks).
    REQUIRE(!hall.blocked.empty());
    REQUIRE(stands_in_block(p, h0, hall.blocked.front()));
    FootprintVerdict blocked = f.at(centroid(hall.blocked.front()), true);
    CHECK(contains(blocked.shape, centroid(hall.blocked.front())));
    CHECK(blocked.reason != "over a blocked zone");
    // Where it is refused, it is for the capacity or a real obstacle, and a drop at the hall's
    // middle lands in that hall, clear of every obstacle.
    Box b = bounds(hall.outline);
    int fits = 0, n = 0;
    for (double y = b.min.y + 6; y < b.max.y; y += 6)
        for (double x = b.min.x + 6; x < b.max.x; x += 6, ++n)
            fits += f.at({x, y}, true).fits();
    CHECK(fits * 4 > n); // more than a quarter of the hall's places take it
    std::optional<FootprintDrop> d = f.drop({(b.min.x + b.max.x) / 2, (b.min.y + b.max.y) / 2}, true);
    REQUIRE(d);
    CHECK(d->verdict.fits());
    CHECK(d->verdict.hall == h0);
    CHECK(d->verdict.holds_m2 >= d->verdict.need_m2);
    // What the footprint over the inner column holds leaves out the cells the column stands on.
    double all_m2 = 0, booth_m2 = 0;
    int column_cells = 0;
    for (const Block& blk : p.blocks)
        if (blk.hall == h0)
            for (int r = 0; r < blk.rows; ++r)
                for (int c = 0; c < blk.modules; ++c)
                    if (contains(over.shape, module_centre(blk, r, c)))
                    {
                        all_m2 += blk.module_m * blk.row_depth_m;
                        booth_m2 += blk.cell(r, c) == CellUse::Booth ? blk.module_m * blk.row_depth_m : 0;
                        column_cells += blk.cell(r, c) == CellUse::Column;
                    }
    CHECK(column_cells > 0);
    CHECK(over.holds_m2 == Approx(booth_m2));
    CHECK(over.holds_m2 < all_m2);
}

TEST_CASE("Outside the hall nothing is placed; over another pavilion the overlap is named")
{
    Project p = tiny();
    PavilionFootprint outside(p, iran(p));
    FootprintVerdict v = outside.at({-10, -10}, true);
    CHECK(!v.hall.valid());
    CHECK(v.reason == "outside every hall");
    CHECK(!outside.drop({-10, -10}, true));

    PavilionId russia = *p.find_pavilion("Russia");
    FootprintVerdict here = PavilionFootprint(p, iran(p)).at({56, 11.5}, true);
    apply_edit(p, PlacePavilion{iran(p), Region{here.hall, here.shape}});
    PavilionFootprint f(p, russia);
    FootprintVerdict over = f.at({56, 11.5}, true);
    CHECK(!over.fits());
    CHECK(over.reason.rfind("overlaps Iran by ", 0) == 0);
    CHECK(overlap_area(here.shape, over.shape) > 0);
    // Iran dragged again over its own region is not in its own way.
    CHECK(PavilionFootprint(p, iran(p)).at({56, 11.5}, true).fits());
}

TEST_CASE("L: the footprint becomes an L of whole bands and modules, each press cutting the next corner")
{
    Project p = tiny();
    PavilionFootprint f(p, iran(p));
    const Box rect = bounds(f.at({56, 11.5}, true).shape);
    std::vector<Vec2> cut_corners;
    for (int corner = 1; corner <= 4; ++corner)
    {
        f.l_corner = corner;
        FootprintVerdict v = f.at({56, 12.5}, true);
        INFO("corner " << corner);
        REQUIRE(v.fits());
        REQUIRE(v.shape.size() == 6);
        CHECK(signed_area(v.shape) > 0);
        CHECK(v.holds_m2 >= v.need_m2);
        CHECK(std::fmod(v.holds_m2, 9.0) == Approx(0).margin(1e-6)); // whole 3 x 3 m modules
        const Box b = bounds(v.shape);
        CHECK(b.min.x == Approx(48)); // across: both bands whole, 48-54 and 58-64
        CHECK(b.max.x == Approx(64));
        CHECK(b.height() > rect.height()); // the cut corner costs modules: longer than the rectangle
        // The cut is the band 58-64 or 48-54 over whole modules along, at one corner of the bounds.
        int outside = 0;
        for (Vec2 c : {b.min, Vec2{b.max.x, b.min.y}, b.max, Vec2{b.min.x, b.max.y}})
            if (!contains(v.shape, c + (Vec2{(b.min.x + b.max.x) / 2, (b.min.y + b.max.y) / 2} - c) * 0.01))
            {
                ++outside;
                cut_corners.push_back(c);
            }
        CHECK(outside == 1);
        const double cut = b.width() * b.height() - area(v.shape);
        CHECK(std::fmod(cut, 6 * 3.0) == Approx(0).margin(1e-6)); // a band 6 m deep, whole 3 m modules
    }
    std::sort(cut_corners.begin(), cut_corners.end(),
              [](Vec2 a, Vec2 b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
    CHECK(std::unique(cut_corners.begin(), cut_corners.end(),
                      [](Vec2 a, Vec2 b) { return distance(a, b) < 1e-6; }) == cut_corners.end());
    CHECK(cut_corners.size() == 4); // each press cut another corner

    SECTION("dropped, the L is the region, and another pavilion fits in its notch")
    {
        f.l_corner = 1;
        std::optional<FootprintDrop> drop = f.drop({56, 12.5}, true);
        REQUIRE(drop);
        REQUIRE(drop->verdict.shape.size() == 6);
        apply_edit(p, PlacePavilion{iran(p), Region{drop->verdict.hall, drop->verdict.shape}});
        const Box b = bounds(drop->verdict.shape);
        const Vec2 mid{(b.min.x + b.max.x) / 2, (b.min.y + b.max.y) / 2};
        Polygon notch; // the module of the cut at its outer corner, 6 m across, 3 m along
        for (Vec2 c : {b.min, Vec2{b.max.x, b.min.y}, b.max, Vec2{b.min.x, b.max.y}})
            if (!contains(drop->verdict.shape, c + (mid - c) * 0.01))
            {
                const Vec2 in{c.x < mid.x ? c.x + 6 : c.x - 6, c.y < mid.y ? c.y + 3 : c.y - 3};
                notch = rectangle({std::min(c.x, in.x), std::min(c.y, in.y)}, {std::max(c.x, in.x), std::max(c.y, in.y)});
            }
        REQUIRE(notch.size() == 4);
        PavilionFootprint russia(p, *p.find_pavilion("Russia"));
        FootprintVerdict there = russia.check(drop->verdict.hall, notch);
        CHECK(there.reason.find("Iran") == std::string::npos);
        CHECK_FALSE(there.obstacle);
        const double step = centroid(notch).x < mid.x ? 6 : -6; // across, into the L's long arm
        Polygon over = notch;
        for (Vec2& c : over)
            c = c + Vec2{step, 0};
        CHECK(russia.check(drop->verdict.hall, over).reason.rfind("overlaps Iran by 18 m²", 0) == 0);
    }
    SECTION("L again after the fourth corner: the rectangle")
    {
        f.l_corner = 0;
        CHECK(f.at({56, 11.5}, true).shape.size() == 4);
    }
}

TEST_CASE("The part of a polygon inside another, convex or not")
{
    Polygon a = rectangle({0, 0}, {4, 4});
    CHECK(overlap_area(a, rectangle({2, 2}, {6, 6})) == Approx(4));
    CHECK(overlap_area(a, rectangle({5, 5}, {6, 6})) == Approx(0));
    Polygon l = {{0, 0}, {4, 0}, {4, 1}, {1, 1}, {1, 4}, {0, 4}}; // an L, not convex
    CHECK(overlap_area(l, rectangle({0, 0}, {4, 4})) == Approx(area(l)));
    // The clip an L (a drawn zone, an L footprint): the square's part in the L is the L's area
    // where they meet, not the hull's (the hull of the L holds the whole 2 x 2 corner square).
    CHECK(overlap_area(rectangle({0, 0}, {4, 4}), l) == Approx(area(l)));
    CHECK(overlap_area(rectangle({2, 2}, {4, 4}), l) == Approx(0));
    CHECK(overlap_area(rectangle({0.5, 0.5}, {2.5, 2.5}), l) == Approx(0.5 * 2 + 0.5 * 1.5));
    Polygon clockwise(l.rbegin(), l.rend());
    CHECK(overlap_area(rectangle({0, 0}, {4, 4}), clockwise) == Approx(area(l)));
}

TEST_CASE("A re-seat counts its members and the others it moved")
{
    Project p = tiny();
    SolveOptions o;
    o.effort = 0.2;
    apply_edit(p, solve(SolveInput(p), o).edit);
    FootprintVerdict here = PavilionFootprint(p, iran(p)).at({56, 11.5}, true);
    apply_edit(p, PlacePavilion{iran(p), Region{here.hall, here.shape}});
    SolveScope scope;
    scope.reseat = iran(p);
    SolveResult r = solve(SolveInput(p, scope), o);
    const auto& plan = std::get<ReplaceBooths>(r.edit.variant());
    ReseatMoves m = reseat_moves(p, plan, iran(p));
    // Counted by hand: who holds floor elsewhere than before.
    Project after = p;
    apply_edit(after, r.edit);
    int members = 0, others = 0;
    for (size_t i = 0; i < p.exhibitors.size(); ++i)
    {
        auto where = [&](const Project& q) -> std::optional<std::pair<double, double>>
        {
            for (const Booth& b : q.booths)
                if (b.exhibitor.index() == i && b.exhibitor.valid())
                {
                    Vec2 c = centroid(footprint(q.block(b.cells.block), b.cells));
                    return std::pair{c.x, c.y};
                }
            return std::nullopt;
        };
        if (where(p) != where(after))
            (p.exhibitors[i].pavilion == iran(p) ? members : others)++;
    }
    CHECK(m.members == members);
    CHECK(m.others == others);
    CHECK(m.members > 0);
    CHECK(m.booths.size() <= static_cast<size_t>(m.members + m.others)); // one unseated has no booth
    for (ExhibitorId e : p.members(iran(p)))
        for (const Booth& b : after.booths)
            if (b.exhibitor == e)
                CHECK(contains(here.shape, centroid(footprint(after.block(b.cells.block), b.cells))));
}

TEST_CASE("A re-seat after a drop over others' booths in another hall puts no two booths on one module")
{
    // Found using the window on cismef: Iran dropped on hall 4.2, over the booths of exhibitors
    // there. The construction seated the members, then packed them and went back to the seating;
    // going back freed one member's packed cells after another's seat had been taken again, and
    // those making way were kept on booths now under members (module-overlap, hard).
    Project p = make_sample(SamplePreset::Cismef, 1);
    apply_edit(p, generate_grid(p).edit);
    SolveOptions o;
    o.threads = 1;
    o.effort = 0.1;
    apply_edit(p, solve(SolveInput(p), o).edit);
    const PavilionId pav = iran(p);
    std::optional<FootprintDrop> drop = PavilionFootprint(p, pav).drop({500, 150}, true);
    REQUIRE(drop);
    REQUIRE(p.hall(drop->verdict.hall).code == "4.2");
    SolveResult r = drop_and_reseat(p, pav, *drop);
    CHECK(r.evaluation.score.hard == 0);
    for (const Penalty& v : r.evaluation.violations)
        CHECK(v.constraint != "module-overlap");
    apply_edit(p, r.edit);
    CHECK(check_project(p).hard() == 0);
}

TEST_CASE("A re-seat over part of another pavilion leaves that pavilion whole")
{
    // Found using the window on cismef: Iran dropped on hall 2.2 over some members of Jiangsu and
    // Russia. Only those standing in the region could make way, so the rest of each pavilion
    // stayed put and the two were split (47 of 49 whole). Now a pavilion some of whose members
    // make way may move whole. Here: the first drop, walking over the halls, whose region holds
    // part of a whole pavilion and not all of it.
    Project p = make_sample(SamplePreset::Cismef, 1);
    apply_edit(p, generate_grid(p).edit);
    SolveOptions o; // as the window allocates: the default effort, two threads
    o.threads = 2;
    apply_edit(p, solve(SolveInput(p), o).edit);
    auto split = [](const SolveResult& r)
    {
        std::vector<PavilionId> out;
        for (const Penalty& v : r.evaluation.violations)
            if (v.constraint == "pavilion-split" && !v.ids.pavilions.empty())
                out.push_back(v.ids.pavilions[0]);
        return out;
    };
    SolveOptions none;
    none.effort = 0;
    const std::vector<PavilionId> split_before = split(solve(SolveInput(p), none));
    const PavilionId pav = iran(p);
    const PavilionFootprint region_of(p, pav);
    // Per pavilion: its members' booths inside the region and outside it.
    auto cut = [&](const FootprintDrop& d) -> PavilionId
    {
        std::vector<int> in(p.pavilions.size(), 0), out(p.pavilions.size(), 0);
        for (const Booth& b : p.booths)
        {
            const PavilionId q = b.exhibitor.valid() ? p.exhibitor(b.exhibitor).pavilion : PavilionId();
            if (!q.valid() || q == pav)
                continue;
            const bool inside = b.hall == d.verdict.hall &&
                                overlap_area(footprint(p.block(b.cells.block), b.cells), d.verdict.shape) > 1;
            ++(inside ? in : out)[q.index()];
        }
        for (size_t q = 0; q < in.size(); ++q)
            if (in[q] > 0 && out[q] > 0 &&
                std::find(split_before.begin(), split_before.end(), PavilionId(int32_t(q))) == split_before.end())
                return PavilionId(int32_t(q));
        return PavilionId();
    };
    std::optional<FootprintDrop> drop = region_of.drop({260.7, 150}, true); // where the window had it
    PavilionId partly = drop ? cut(*drop) : PavilionId();
    for (const Hall& h : p.venue.halls)
    {
        const Box box = bounds(h.outline);
        for (double fx = 0.3; fx < 0.8 && !partly.valid(); fx += 0.2)
            for (double fy = 0.3; fy < 0.8 && !partly.valid(); fy += 0.2)
            {
                drop = region_of.drop({box.min.x + fx * box.width(), box.min.y + fy * box.height()}, true);
                if (drop)
                    partly = cut(*drop);
            }
        if (partly.valid())
            break;
    }
    REQUIRE(partly.valid());
    INFO(p.pavilion(partly).name << " partly under the region in hall " << p.hall(drop->verdict.hall).code);
    SolveResult r = drop_and_reseat(p, pav, *drop);
    CHECK(r.evaluation.score.hard == 0);
    for (PavilionId q : split(r))
        CHECK(std::find(split_before.begin(), split_before.end(), q) != split_before.end());
}
