// The checks of `boothplan check`, one hand-made layout per rule: each breaks exactly the rule it
// is about, names the booths and the place, and a clean layout passes.
#include "layout/grid/booth_grid.h"
#include "layout/rules/checks.h"
#include "layout/samples/samples.h"
#include "tests/support/edit_support.h"

#include <catch2/catch.hpp>

#include <cstdio>

using namespace bp;
using bp::test::regrid;

namespace
{

// Hall 5.1: 60 m x 40 m, exits in the middle of the east and west walls.
Project small_hall()
{
    Project p;
    Hall h;
    h.code = "5.1";
    h.outline = rectangle({0, 0}, {60, 40});
    h.doors = {{DoorKind::Exit, {{0, 23}, {0, 17}}},
               {DoorKind::Exit, {{60, 17}, {60, 23}}},
               {DoorKind::Entrance, {{27, 0}, {33, 0}}}};
    p.venue.halls.push_back(h);
    return p;
}

// A block of `rows` x `modules` 3 m cells at `origin` (rows east-west), one booth per module,
// numbered {hall}{letter}{two digits}.
int add_block(Project& p, Vec2 origin, int rows, int modules, char letter)
{
    Block b;
    b.hall = HallId(0);
    b.origin = origin;
    b.rows = rows;
    b.modules = modules;
    b.cells.assign(static_cast<size_t>(rows * modules), CellUse::Booth);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < modules; ++c)
        {
            char buf[32];
            std::snprintf(buf, sizeof buf, "5.1%c%02d", static_cast<char>(letter + r), c + 1);
            b.numbers.push_back(buf);
        }
    const int id = static_cast<int>(p.blocks.size());
    p.blocks.push_back(b);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < modules; ++c)
        {
            Booth booth;
            booth.hall = HallId(0);
            booth.cells = {BlockId(id), r, 1, c, 1};
            booth.number = p.blocks.back().number(r, c);
            p.booths.push_back(booth);
        }
    return id;
}

std::vector<Violation> of_rule(const CheckReport& r, const std::string& id)
{
    std::vector<Violation> out;
    for (const Violation& v : r.violations)
        if (v.rule == id)
            out.push_back(v);
    return out;
}

bool names(const Project& p, const Violation& v, const std::string& subject)
{
    const std::vector<std::string> named = subject_names(p, v);
    return std::find(named.begin(), named.end(), subject) != named.end();
}

} // namespace

TEST_CASE("a clean hand-made layout passes every check")
{
    Project p = small_hall();
    add_block(p, {10, 10}, 2, 6, 'A');
    add_block(p, {10, 20}, 2, 6, 'C'); // 4 m aisle between the blocks
    add_block(p, {32, 10}, 2, 6, 'E'); // 4 m cross aisle east of the first block
    CheckReport r = check_project(p);
    CHECK(r.violations.empty());
    CHECK(r.hard() == 0);
}

TEST_CASE("two booths on the same floor are an overlap")
{
    Project p = small_hall();
    add_block(p, {10, 10}, 1, 4, 'A');
    add_block(p, {21.5, 10}, 1, 4, 'B'); // 0.5 m into the last module of A
    CheckReport r = check_project(p);
    auto v = of_rule(r, rule::kOverlap);
    REQUIRE(v.size() == 1);
    CHECK(names(p, v[0], "5.1A04"));
    CHECK(names(p, v[0], "5.1B01"));
    CHECK(v[0].level == ViolationLevel::Hard);
    CHECK(v[0].at.x == Approx(21.75));
    CHECK(r.hard() >= 1);

    SECTION("and so are two booths claiming one module of a block")
    {
        Project q = small_hall();
        add_block(q, {10, 10}, 1, 4, 'A');
        Booth merged = q.booths[1];
        merged.cells.cols = 2; // modules 2-3, while module 3 is still its own booth
        q.booths[1] = merged;
        auto w = of_rule(check_project(q), rule::kOverlap);
        REQUIRE(w.size() == 1);
        CHECK(names(q, w[0], "5.1A03"));
    }
}

TEST_CASE("a booth through the hall wall is outside the hall; one too close to it breaks the service gap")
{
    Project p = small_hall();
    add_block(p, {-1, 10}, 1, 2, 'A');   // first module 1 m through the west wall
    add_block(p, {10, 39.5}, 1, 1, 'C'); // 2.5 m through the north wall
    add_block(p, {10, 0.5}, 1, 1, 'D');  // half a metre from the south wall
    CheckReport r = check_project(p);
    auto outside = of_rule(r, rule::kOutsideHall);
    REQUIRE(outside.size() == 2);
    CHECK(names(p, outside[0], "5.1A01"));
    CHECK(names(p, outside[1], "5.1C01"));
    auto gap = of_rule(r, rule::kWallGap);
    REQUIRE(gap.size() == 1); // A02 is 2 m from the wall: fine; D01 is not
    CHECK(names(p, gap[0], "5.1D01"));
    CHECK(gap[0].level == ViolationLevel::Soft);
}

TEST_CASE("a booth over a column or a blocked zone is reported with the booth and the place")
{
    Project p = small_hall();
    p.venue.halls[0].columns.push_back(rectangle({17.5, 11.5}, {18.5, 12.5}));
    p.venue.halls[0].blocked.push_back({{40, 25}, {50, 25}, {50, 35}, {40, 35}});
    add_block(p, {10, 10}, 1, 4, 'A'); // module 3 (16..19) stands on the column
    add_block(p, {36, 26}, 1, 4, 'B'); // modules 2-4 over the stair core
    CheckReport r = check_project(p);
    auto col = of_rule(r, rule::kOverColumn);
    REQUIRE(col.size() == 1);
    CHECK(names(p, col[0], "5.1A03"));
    CHECK(col[0].at.x == Approx(17.5));
    CHECK(of_rule(r, rule::kOverBlocked).size() == 3);

    SECTION("the same cells marked as column cells by the generator hold no booth")
    {
        Project q = small_hall();
        q.venue.halls[0].columns = p.venue.halls[0].columns;
        regrid(q);
        CHECK(of_rule(check_project(q), rule::kOverColumn).empty());
    }
}

TEST_CASE("a booth in front of a door blocks its clear zone")
{
    Project p = small_hall();
    add_block(p, {27, 2}, 1, 2, 'A'); // 2 m in front of the entrance, inside its 4 m
    CheckReport r = check_project(p);
    auto v = of_rule(r, rule::kDoorClearance);
    REQUIRE(v.size() == 2);
    CHECK(v[0].level == ViolationLevel::Hard);
}

TEST_CASE("a gap narrower than an aisle between booths is reported unless a column or blocked zone fills it")
{
    Project p = small_hall();
    add_block(p, {10, 10}, 2, 4, 'A');
    add_block(p, {10, 18}, 2, 4, 'C'); // 2 m from the first block: too narrow to walk
    CheckReport r = check_project(p);
    auto v = of_rule(r, rule::kAisleWidth);
    REQUIRE(!v.empty());
    CHECK(v.size() == 4);
    CHECK(names(p, v[0], "5.1B01"));
    CHECK(names(p, v[0], "5.1C01"));
    CHECK(v[0].at.y == Approx(17));

    SECTION("a blocked zone filling the gap is not an aisle")
    {
        p.venue.halls[0].blocked.push_back(rectangle({10, 16}, {22, 18}));
        CHECK(of_rule(check_project(p), rule::kAisleWidth).empty());
    }
    SECTION("nor is a 3 m gap with a column standing in it")
    {
        Project q = small_hall();
        add_block(q, {10, 10}, 1, 3, 'A');
        add_block(q, {22, 10}, 1, 3, 'B'); // one module's width away
        CHECK(of_rule(check_project(q), rule::kAisleWidth).size() == 1);
        q.venue.halls[0].columns.push_back(rectangle({19.5, 11}, {20.5, 12}));
        CHECK(of_rule(check_project(q), rule::kAisleWidth).empty());
    }
}

TEST_CASE("a row longer than 24 m without a cross aisle is reported, also across blocks that meet")
{
    Project p = small_hall();
    add_block(p, {5, 10}, 1, 10, 'A'); // 30 m
    CheckReport r = check_project(p);
    auto v = of_rule(r, rule::kRowLength);
    REQUIRE(v.size() == 1);
    CHECK(v[0].subjects.booths.size() == 10);
    CHECK(v[0].level == ViolationLevel::Soft);
    CHECK(r.hard() == 0);

    SECTION("two blocks end to end are one row")
    {
        Project q = small_hall();
        add_block(q, {5, 10}, 1, 5, 'A');
        add_block(q, {20, 10}, 1, 4, 'B');
        CHECK(of_rule(check_project(q), rule::kRowLength).size() == 1);
    }
    SECTION("a column cell breaks the row")
    {
        p.blocks[0].cells[5] = CellUse::Column;
        std::vector<Booth> kept;
        for (const Booth& b : p.booths)
            if (b.cells.col != 5)
                kept.push_back(b);
        p.booths = kept;
        p.venue.halls[0].columns.push_back(rectangle({21, 11}, {22, 12}));
        CHECK(of_rule(check_project(p), rule::kRowLength).empty());
    }
}

TEST_CASE("a booth farther than 37.5 m from every exit breaks the escape rule")
{
    Project p = small_hall();
    p.venue.halls[0].doors = {{DoorKind::Exit, {{0, 17}, {0, 23}}}, {DoorKind::Freight, {{60, 17}, {60, 23}}}};
    add_block(p, {30, 18}, 1, 5, 'A'); // modules from 30 to 45 m east of the only exit
    CheckReport r = check_project(p);
    auto v = of_rule(r, rule::kEscapeDistance);
    REQUIRE(v.size() == 3); // A03 (39 m), A04 (42 m), A05 (45 m); freight doors do not count
    CHECK(names(p, v[0], "5.1A03"));
    CHECK(v[2].message.find("45.") != std::string::npos);

    SECTION("not where escape routes are assessed otherwise")
    {
        p.venue.rules.max_exit_distance_m.reset();
        CHECK(of_rule(check_project(p), rule::kEscapeDistance).empty());
    }
}

TEST_CASE("placed pavilion regions must not overlap each other or leave the hall")
{
    Project p = small_hall();
    p.pavilions.resize(3);
    p.pavilions[0].name = "Iran";
    p.pavilions[0].placed = Region{HallId(0), rectangle({5, 5}, {20, 15})};
    p.pavilions[1].name = "Russia";
    p.pavilions[1].placed = Region{HallId(0), rectangle({19, 5}, {30, 15})};
    p.pavilions[2].name = "Malaysia";
    p.pavilions[2].placed = Region{HallId(0), rectangle({55, 30}, {65, 38})};
    CheckReport r = check_project(p);
    auto overlap = of_rule(r, rule::kPavilionOverlap);
    REQUIRE(overlap.size() == 1);
    CHECK(names(p, overlap[0], "pavilion:Iran"));
    CHECK(names(p, overlap[0], "pavilion:Russia"));
    auto outside = of_rule(r, rule::kPavilionOutside);
    REQUIRE(outside.size() == 1);
    CHECK(names(p, outside[0], "pavilion:Malaysia"));
}

TEST_CASE("grid then check is clean on the tiny and cismef samples")
{
    for (SamplePreset preset : {SamplePreset::Tiny, SamplePreset::Cismef})
    {
        Project p = make_sample(preset, 1);
        regrid(p);
        CheckReport r = check_project(p);
        std::string violations; // INFO inside the loop would end with it
        for (const Violation& v : r.violations)
            violations += v.rule + " " + v.message + "\n";
        INFO(violations);
        CHECK(r.violations.empty());
    }
}

namespace
{

// Takes module (row, col) of the block out of every booth and marks it as floor of `use`.
void free_module(Project& p, int block, int row, int col, CellUse use)
{
    Block& b = p.blocks[static_cast<size_t>(block)];
    b.cells[static_cast<size_t>(row * b.modules + col)] = use;
    std::erase_if(p.booths, [&](const Booth& booth)
                  { return booth.cells.block == BlockId(block) && booth.cells.row == row && booth.cells.col == col; });
}

} // namespace

TEST_CASE("a walkway through a block narrower than an aisle is a hard violation")
{
    Project p = small_hall();
    const int b = add_block(p, {10, 10}, 2, 6, 'A'); // aisles on both long sides
    free_module(p, b, 0, 2, CellUse::DoorClearance);
    free_module(p, b, 1, 2, CellUse::EscapeDistance);
    CheckReport r = check_project(p);
    auto v = of_rule(r, rule::kWalkway);
    REQUIRE(v.size() == 1);
    CHECK(v[0].level == ViolationLevel::Hard);
    CHECK(names(p, v[0], "5.1A02"));
    CHECK(names(p, v[0], "5.1A04"));
    CHECK(v[0].subjects.halls == std::vector<HallId>{HallId(0)});
    CHECK(v[0].message.find("3.00 m") != std::string::npos);
    CHECK(v[0].at.x == Approx(17.5));

    SECTION("two modules wide it is an aisle")
    {
        free_module(p, b, 0, 3, CellUse::DoorClearance);
        free_module(p, b, 1, 3, CellUse::DoorClearance);
        CHECK(of_rule(check_project(p), rule::kWalkway).empty());
    }
    SECTION("a column standing in it closes it")
    {
        p.blocks[static_cast<size_t>(b)].cells[2] = CellUse::Column;
        CHECK(of_rule(check_project(p), rule::kWalkway).empty());
    }
}

TEST_CASE("a pocket open on one side only is no walkway")
{
    Project p = small_hall();
    const int b = add_block(p, {10, 10}, 2, 6, 'A');
    free_module(p, b, 0, 2, CellUse::DoorClearance); // the module behind it is still a booth
    CHECK(of_rule(check_project(p), rule::kWalkway).empty());

    SECTION("nor is a free module of a row backing onto a wall")
    {
        Project q = small_hall();
        const int w = add_block(q, {10, 1}, 1, 6, 'A');
        q.blocks[static_cast<size_t>(w)].open_side[0] = false; // its back is the south wall
        free_module(q, w, 0, 2, CellUse::DoorClearance);
        CHECK(of_rule(check_project(q), rule::kWalkway).empty());
    }
}

TEST_CASE("a hall without an exit or entrance is a hard violation")
{
    Project p = small_hall();
    p.venue.halls[0].doors = {{DoorKind::Freight, {{60, 17}, {60, 23}}}}; // freight doors are no escape
    CheckReport r = check_project(p);
    auto v = of_rule(r, rule::kNoExit);
    REQUIRE(v.size() == 1);
    CHECK(v[0].level == ViolationLevel::Hard);
    CHECK(hall_code(p, v[0]) == "5.1");
    CHECK(v[0].message == "hall 5.1 has no exit or entrance, so every cell is beyond the escape distance");

    SECTION("where escape is assessed otherwise the hall is still unsafe")
    {
        p.venue.rules.max_exit_distance_m.reset();
        auto w = of_rule(check_project(p), rule::kNoExit);
        REQUIRE(w.size() == 1);
        CHECK(w[0].message == "hall 5.1 has no exit or entrance");
    }
}
