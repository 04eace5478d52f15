// The booth grid generator, told as the planner meets it: an empty hall drawing becomes numbered
// blocks that respect walls, aisles, columns, doors and escape distance, and stays put on edits.
#include "layout/geometry/shape_tests.h"
#include "layout/grid/booth_grid.h"
#include "layout/rules/checks.h"
#include "layout/rules/hall_zones.h"
#include "layout/samples/samples.h"
#include "tests/support/edit_support.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <map>
#include <regex>
#include <set>

using namespace bp;
using bp::test::regrid;

namespace
{

Hall rectangular_hall(double w, double d)
{
    Hall h;
    h.code = "2.1";
    h.name = "Hall 2.1";
    h.outline = rectangle({0, 0}, {w, d});
    return h;
}

// Exits in the middle of every wall, an entrance on the south wall.
void doors_on_every_side(Hall& h, double w, double d)
{
    h.doors.push_back({DoorKind::Entrance, {{w / 2 - 3, 0}, {w / 2 + 3, 0}}});
    h.doors.push_back({DoorKind::Exit, {{w / 2 - 3, d}, {w / 2 + 3, d}}});
    h.doors.push_back({DoorKind::Exit, {{0, d / 2 + 3}, {0, d / 2 - 3}}});
    h.doors.push_back({DoorKind::Exit, {{w, d / 2 - 3}, {w, d / 2 + 3}}});
}

Project project_with(Hall h)
{
    Project p;
    p.venue.name = "test fair";
    p.venue.halls.push_back(std::move(h));
    return p;
}

int cells_of(const Project& p, CellUse use)
{
    int n = 0;
    for (const Block& b : p.blocks)
        for (CellUse u : b.cells)
            n += u == use;
    return n;
}

Polygon cell_polygon(const Block& b, int r, int c)
{
    return footprint(b, {BlockId(), r, 1, c, 1});
}

// What every generated grid must satisfy, whatever the hall's shape.
void require_sound_grid(const Project& p)
{
    REQUIRE(!p.booths.empty());
    const Hall& hall = p.venue.halls[0];
    const HallRules rules = p.rules(HallId(0));
    for (const Block& b : p.blocks)
    {
        CHECK(b.modules * b.module_m <= rules.max_row_m + 1e-9);
        CHECK((b.rows == 1 || b.rows == 2));
        for (int r = 0; r < b.rows; ++r)
            for (int c = 0; c < b.modules; ++c)
                CHECK(inside_with_margin(hall.outline, cell_polygon(b, r, c), rules.wall_gap_m));
    }
    std::set<std::string> numbers;
    for (const Booth& booth : p.booths)
    {
        CHECK(numbers.insert(booth.number).second);
        CHECK(booth.status == BoothStatus::Available);
        CHECK(p.block(booth.cells.block).cell(booth.cells.row, booth.cells.col) == CellUse::Booth);
    }
    CheckReport report = check_project(p);
    std::string violations; // INFO inside the loop would end with it
    for (const Violation& v : report.violations)
        violations += v.rule + ": " + v.message + "\n";
    INFO(violations);
    CHECK(report.violations.empty());
}

} // namespace

TEST_CASE("a rectangular hall with doors on every side becomes blocks of 3 m modules that pass every check")
{
    Hall h = rectangular_hall(90, 60);
    doors_on_every_side(h, 90, 60);
    Project p = project_with(h);
    GridReport r = regrid(p);
    require_sound_grid(p);
    REQUIRE(r.halls.size() == 1);
    CHECK(r.halls[0].modules == static_cast<int>(p.booths.size()));
    CHECK(r.halls[0].share() > 0.35);
    CHECK(r.halls[0].door_cells > 0); // the exits' clear zones cut into the wall rows

    SECTION("four metres in front of every door stay clear")
    {
        for (const Door& d : h.doors)
        {
            Polygon clear = door_clearance(h, d, 4);
            for (const Booth& booth : p.booths)
                CHECK(penetration(clear, footprint(p.block(booth.cells.block), booth.cells)) <= kOverlapTolerance);
        }
    }
    SECTION("the entrance opens onto a main aisle that runs through the hall")
    {
        Polygon corridor = rectangle({45 - 3, 0}, {45 + 3, 60});
        for (const Booth& booth : p.booths)
            CHECK(penetration(corridor, footprint(p.block(booth.cells.block), booth.cells)) <= kOverlapTolerance);
        bool main_side = false;
        for (const Block& b : p.blocks)
            main_side = main_side || b.main_aisle_side[2] || b.main_aisle_side[3];
        CHECK(main_side);
    }
    SECTION("single rows back onto the long walls, double rows stand back to back")
    {
        std::set<int> depths;
        for (const Block& b : p.blocks)
            depths.insert(b.rows);
        CHECK(depths == std::set<int>{1, 2});
    }
}

TEST_CASE("booth numbers name the hall, the aisle's letter and two digits, odd and even facing each other")
{
    Hall h = rectangular_hall(60, 40);
    doors_on_every_side(h, 60, 40);
    Project p = project_with(h);
    regrid(p);
    std::regex form(R"(2\.1[A-Z]+\d{2,})");
    for (const Booth& b : p.booths)
        CHECK(std::regex_match(b.number, form));
    // A double block's two rows face different aisles: one is numbered on its aisle's odd side,
    // the other on the next aisle's even side.
    for (const Block& b : p.blocks)
        if (b.rows == 2)
        {
            const std::string& low = b.number(0, 0);
            const std::string& high = b.number(1, 0);
            CHECK(low.substr(0, 4) != high.substr(0, 4));
            CHECK(std::stoi(low.substr(4)) % 2 == 0);
            CHECK(std::stoi(high.substr(4)) % 2 == 1);
        }
}

TEST_CASE("an L-shaped hall is filled on both wings and nothing crosses the inner corner")
{
    Hall h;
    h.code = "3.1";
    h.outline = {{0, 0}, {100, 0}, {100, 40}, {45, 40}, {45, 90}, {0, 90}};
    h.doors = {{DoorKind::Entrance, {{60, 0}, {66, 0}}},
               {DoorKind::Exit, {{100, 17}, {100, 23}}},
               {DoorKind::Exit, {{20, 90}, {26, 90}}},
               {DoorKind::Exit, {{0, 40}, {0, 34}}},
               {DoorKind::Exit, {{45, 60}, {45, 66}}}};
    Project p = project_with(h);
    GridReport r = regrid(p);
    require_sound_grid(p);
    bool east_wing = false, north_wing = false;
    for (const Booth& b : p.booths)
    {
        Vec2 c = centroid(footprint(p.block(b.cells.block), b.cells));
        east_wing = east_wing || (c.x > 50 && c.y < 40);
        north_wing = north_wing || (c.x < 45 && c.y > 45);
    }
    CHECK(east_wing);
    CHECK(north_wing);
    CHECK(r.halls[0].share() > 0.3);
}

TEST_CASE("a hall with a slanted wall keeps every module whole and 1 m clear of the slope")
{
    Hall h;
    h.code = "4.2";
    h.outline = {{0, 0}, {90, 0}, {90, 30}, {50, 60}, {0, 60}}; // the north-east corner cut at 37°
    h.doors = {{DoorKind::Entrance, {{40, 0}, {46, 0}}},
               {DoorKind::Exit, {{20, 60}, {26, 60}}},
               {DoorKind::Exit, {{90, 10}, {90, 16}}}};
    Project p = project_with(h);
    regrid(p);
    require_sound_grid(p);
    int near_slope = 0;
    for (const Booth& b : p.booths)
    {
        Polygon fp = footprint(p.block(b.cells.block), b.cells);
        double d = 1e9;
        for (Vec2 q : fp)
            d = std::min(d, distance_to_segment(q, {{90, 30}, {50, 60}}));
        CHECK(d >= 1 - 1e-6);
        near_slope += d < 5;
    }
    CHECK(near_slope > 0); // the slope is used, not left as one big empty triangle
}

TEST_CASE("a hall drawn askew gets its rows along its own walls")
{
    Hall square = rectangular_hall(90, 60);
    doors_on_every_side(square, 90, 60);
    Project straight = project_with(square);
    const int straight_modules = regrid(straight).modules();

    // The same hall turned by 30 degrees about the origin.
    const double a = std::acos(-1.0) / 6;
    auto turn = [&](Vec2 q) {
        return Vec2{q.x * std::cos(a) - q.y * std::sin(a), q.x * std::sin(a) + q.y * std::cos(a)};
    };
    Hall askew = square;
    for (Vec2& q : askew.outline)
        q = turn(q);
    for (Door& d : askew.doors)
        d.span = {turn(d.span.a), turn(d.span.b)};
    Project p = project_with(askew);
    GridReport r = regrid(p);
    require_sound_grid(p);
    CHECK((r.halls[0].orientation_deg == 30 || r.halls[0].orientation_deg == 120));
    CHECK(r.modules() >= straight_modules * 0.95);
}

TEST_CASE("columns take their cells out of the grid; the cells beside them stay booths")
{
    Hall h = rectangular_hall(126, 84);
    doors_on_every_side(h, 126, 84);
    for (double x : {25.0, 95.0}) // a deep hall needs more exits for the 37.5 m rule
    {
        h.doors.push_back({DoorKind::Exit, {{x, 0}, {x + 6, 0}}});
        h.doors.push_back({DoorKind::Exit, {{x, 84}, {x + 6, 84}}});
    }
    for (double x = 18; x < 126; x += 18)
        for (double y = 21; y < 84; y += 21)
            h.columns.push_back(rectangle({x - 0.5, y - 0.5}, {x + 0.5, y + 0.5}));
    Project p = project_with(h);
    GridReport r = regrid(p);
    require_sound_grid(p);
    CHECK(r.halls[0].share() >= 0.40);
    int booth_beside_column = 0;
    for (const Block& b : p.blocks)
        for (int row = 0; row < b.rows; ++row)
            for (int c = 0; c < b.modules; ++c)
            {
                bool over = false;
                for (const Polygon& col : h.columns)
                    over = over || penetration(col, cell_polygon(b, row, c)) > kOverlapTolerance;
                CHECK(over == (b.cell(row, c) == CellUse::Column));
                // A column costs its own cells only: the modules beside it are still bookable.
                if (b.cell(row, c) == CellUse::Column)
                    for (int n : {c - 1, c + 1})
                        if (n >= 0 && n < b.modules && b.cell(row, n) == CellUse::Booth)
                            ++booth_beside_column;
            }
    CHECK(booth_beside_column > 0);
}

TEST_CASE("modules farther than 37.5 m from every exit stay free")
{
    Hall h = rectangular_hall(120, 30);
    h.doors = {{DoorKind::Exit, {{0, 12}, {0, 18}}}, {DoorKind::Freight, {{120, 12}, {120, 18}}}};
    Project p = project_with(h);
    regrid(p);
    CHECK(cells_of(p, CellUse::EscapeDistance) > 0);
    for (const Booth& b : p.booths)
        for (Vec2 q : footprint(p.block(b.cells.block), b.cells))
            CHECK(distance_to_segment(q, {{0, 12}, {0, 18}}) <= 37.5 + 1e-9);
    CHECK(check_project(p).violations.empty());

    SECTION("a venue that assesses escape otherwise books the whole hall")
    {
        p.venue.rules.max_exit_distance_m.reset();
        regrid(p);
        CHECK(cells_of(p, CellUse::EscapeDistance) == 0);
    }
}

TEST_CASE("the cismef ground hall with its 18 m x 21 m column grid holds at least 40 % booths")
{
    Project p = make_sample(SamplePreset::Cismef, 1);
    GridReport r = regrid(p);
    bool saw_ground = false;
    for (const HallGridSummary& s : r.halls)
    {
        CHECK(s.share() >= 0.40);
        if (!p.hall(s.hall).columns.empty())
        {
            saw_ground = true;
            CHECK(s.column_cells > 0);
        }
    }
    CHECK(saw_ground);
    CHECK(check_project(p).violations.empty());
}

TEST_CASE("moving one column keeps the numbers of every block it does not touch")
{
    Hall h = rectangular_hall(126, 84);
    doors_on_every_side(h, 126, 84);
    for (double x = 18; x < 126; x += 18)
        for (double y = 21; y < 84; y += 21)
            h.columns.push_back(rectangle({x - 0.5, y - 0.5}, {x + 0.5, y + 0.5}));
    Project p = project_with(h);
    regrid(p);
    const std::vector<Block> before = p.blocks;

    // The planner notices column 5 was drawn 3 m off and moves it.
    Polygon old_column = p.venue.halls[0].columns[5];
    for (Vec2& q : p.venue.halls[0].columns[5])
        q = q + Vec2{3, 0};
    Polygon new_column = p.venue.halls[0].columns[5];
    GridReport r = regrid(p);
    CHECK(r.halls[0].frame_kept);
    REQUIRE(p.blocks.size() == before.size());

    int unaffected = 0;
    for (size_t i = 0; i < before.size(); ++i)
    {
        const Block& a = before[i];
        const Block& b = p.blocks[i];
        Polygon whole = footprint(a, {BlockId(), 0, a.rows, 0, a.modules});
        bool touched = penetration(whole, old_column) > 0 || penetration(whole, new_column) > 0;
        CHECK(a.origin == b.origin);
        if (!touched)
        {
            ++unaffected;
            CHECK(a.numbers == b.numbers);
            CHECK(a.cells == b.cells);
        }
    }
    CHECK(unaffected >= static_cast<int>(before.size()) - 2);

    SECTION("asking for the best frame may renumber, but never loses modules")
    {
        int kept = static_cast<int>(p.booths.size());
        GridReport best = regrid(p, {-1});
        CHECK(best.modules() >= kept);
    }
}

TEST_CASE("regenerating keeps allocations whose modules survive and reports the ones that do not")
{
    Hall h = rectangular_hall(60, 40);
    doors_on_every_side(h, 60, 40);
    Project p = project_with(h);
    p.exhibitors.resize(3);
    p.exhibitors[0].code = "E1";
    p.exhibitors[1].code = "E2";
    p.exhibitors[2].code = "E3";
    regrid(p);

    // E1 takes two modules merged into one booth, E2 one module; E3 one module where a new
    // blocked zone will go.
    const Block& blk = p.blocks[3];
    REQUIRE(blk.modules >= 4);
    BlockId bid(3);
    std::vector<Booth> booths;
    for (const Booth& b : p.booths)
        if (!(b.cells.block == bid && b.cells.row == 0 && b.cells.col < 2))
            booths.push_back(b);
    Booth merged;
    merged.hall = HallId(0);
    merged.cells = {bid, 0, 1, 0, 2};
    merged.number = booth_number(blk, merged.cells);
    merged.status = BoothStatus::Sold;
    merged.exhibitor = ExhibitorId(0);
    booths.push_back(merged);
    p.booths = booths;
    auto take = [&](int block, int col, int ex)
    {
        for (Booth& b : p.booths)
            if (b.cells.block == BlockId(block) && b.cells.row == 0 && b.cells.col == col && b.cells.cols == 1)
            {
                b.exhibitor = ExhibitorId(ex);
                b.status = BoothStatus::Reserved;
                return b.number;
            }
        return std::string();
    };
    std::string e2 = take(3, 3, 1);
    const Block& far = p.blocks.back();
    std::string e3 = take(static_cast<int>(p.blocks.size()) - 1, 0, 2);
    REQUIRE(!e2.empty());
    REQUIRE(!e3.empty());
    Polygon e3_cell = footprint(far, {BlockId(), 0, 1, 0, 1});
    p.venue.halls[0].blocked.push_back(
        rectangle(bounds(e3_cell).min + Vec2{0.5, 0.5}, bounds(e3_cell).max - Vec2{0.5, 0.5}));

    GridReport r = regrid(p);
    CHECK(r.kept_allocations == 2);
    REQUIRE(r.dropped.size() == 1);
    CHECK(r.dropped[0].exhibitor == ExhibitorId(2));
    CHECK(r.dropped[0].booth == e3);
    auto merged_now = p.find_booth(merged.number);
    REQUIRE(merged_now);
    CHECK(p.booth(*merged_now).exhibitor == ExhibitorId(0));
    CHECK(p.booth(*merged_now).cells.cols == 2);
    CHECK(p.booth(*merged_now).status == BoothStatus::Sold);
    auto e2_now = p.find_booth(e2);
    REQUIRE(e2_now);
    CHECK(p.booth(*e2_now).exhibitor == ExhibitorId(1));
    CHECK(check_project(p).violations.empty());
}

TEST_CASE("the same venue always gives the same grid")
{
    Project a = make_sample(SamplePreset::Tiny, 7), b = make_sample(SamplePreset::Tiny, 7);
    regrid(a);
    regrid(b);
    REQUIRE(a.booths.size() == b.booths.size());
    for (size_t i = 0; i < a.booths.size(); ++i)
        CHECK(a.booths[i].number == b.booths[i].number);
    CHECK(check_project(a).violations.empty());
}

TEST_CASE("aisle letters run A to Z, then AA, AB")
{
    CHECK(aisle_letter(0) == "A");
    CHECK(aisle_letter(25) == "Z");
    CHECK(aisle_letter(26) == "AA");
    CHECK(aisle_letter(27) == "AB");
}

TEST_CASE("a door's clear zone through a double block is widened to an aisle, never left a narrow walkway")
{
    // A stair core with a 2 m door on its north face: the door's clear zone cuts a strip of free
    // modules through the double block in front of it, narrower than the 4 m aisle rule.
    Hall h = rectangular_hall(60, 40);
    doors_on_every_side(h, 60, 40);
    h.blocked.push_back(rectangle({36, 22}, {40, 26}));
    h.doors.push_back({DoorKind::Exit, {{39, 26}, {37, 26}}});
    Project p = project_with(h);
    GridReport r = regrid(p);
    CHECK(r.halls[0].walkways_widened == 1);
    CHECK(cells_of(p, CellUse::DoorClearance) > 0);
    require_sound_grid(p); // the walkway check among the rest
}
