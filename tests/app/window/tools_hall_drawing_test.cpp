// A hall's drawing changed by hand on the tiny fair: a column moved (onto a booked booth: the
// booking is named as lost), one moved through the wall refused, a door slid along its wall and
// one slid off it refused; each change with the hall's new grid is one edit that undoes.
#include "app/window/i18n.h"
#include "app/window/tools/hall_drawing.h"

#include "tests/support/edit_support.h"

#include <catch2/catch.hpp>

using namespace bp;
using namespace bp::win;

TEST_CASE("a column is found under the pointer and moved with the hall's grid in one undoable edit")
{
    Project p = test::tiny_with_grid();
    set_language(Language::English);
    const Hall& hall = p.venue.halls.at(0);
    REQUIRE_FALSE(hall.columns.empty());
    const Vec2 c = centroid(hall.columns[0]);
    std::optional<Fixture> f = fixture_at(p, c);
    REQUIRE(f);
    CHECK(f->kind == FixtureKind::Column);
    CHECK(f->index == 0);
    CHECK(fixture_name(p, *f) == "column 1 of hall " + hall.code);

    // Book the single-module booth nearest a point 6 m west of the column, then move the column onto it.
    BoothId target;
    double best = 1e9;
    Vec2 at;
    for (size_t i = 0; i < p.booths.size(); ++i)
    {
        const Booth& b = p.booths[i];
        if (b.cells.rows * b.cells.cols != 1)
            continue;
        const Vec2 m = centroid(footprint(p.block(b.cells.block), b.cells));
        if (distance(m, c) < best && distance(m, c) > 4)
        {
            best = distance(m, c);
            target = BoothId(static_cast<int32_t>(i));
            at = m;
        }
    }
    REQUIRE(target.valid());
    apply_edit(p, AssignBooth{target, ExhibitorId(0), BoothStatus::Sold});
    const Project before = p;

    FixtureMove preview = move_fixture(p, *f, at - c, false);
    CHECK(preview.refused.empty());
    CHECK_FALSE(preview.edit); // while dragging: no grid
    FixtureMove m = move_fixture(p, *f, at - c, true);
    REQUIRE(m.edit);
    REQUIRE(m.grid.dropped.size() == 1);
    CHECK(m.grid.dropped[0].exhibitor == ExhibitorId(0));
    CHECK(to_english(describe(p, *m.edit)) == "Move column 1 of hall " + hall.code);
    AppliedEdit done = apply_edit(p, std::move(*m.edit));
    CHECK(centroid(p.venue.halls[0].columns[0]).x == Approx(at.x));
    for (const Booth& b : p.booths)
        CHECK(b.exhibitor != ExhibitorId(0)); // the booking under the column is gone
    apply_edit(p, std::move(done.inverse));
    CHECK(p == before);
}

TEST_CASE("a column moved through the wall is refused; a door slides along its wall only")
{
    const Project p = test::tiny_with_grid();
    set_language(Language::English);
    const Hall& hall = p.venue.halls.at(0);
    const Fixture column{HallId(0), FixtureKind::Column, 0};
    FixtureMove out = move_fixture(p, column, {500, 0}, true);
    CHECK(out.refused.find("crosses the wall") == 0);
    CHECK_FALSE(out.edit);

    REQUIRE_FALSE(hall.doors.empty());
    const Segment span = hall.doors[0].span;
    std::optional<Fixture> door = fixture_at(p, (span.a + span.b) * 0.5);
    REQUIRE(door);
    CHECK(door->kind == FixtureKind::Door);
    const Vec2 along = normalized(span.b - span.a), across{-along.y, along.x};
    CHECK(move_fixture(p, *door, across * 3.0, true).moved_m == Approx(0)); // off the wall: no move
    CHECK_FALSE(move_fixture(p, *door, across * 3.0, true).edit);
    FixtureMove slid = move_fixture(p, *door, along * 1.0 + across * 0.4, true);
    if (slid.refused.empty()) // a door at the end of its wall cannot slide that way: try the other
        CHECK(slid.moved_m == Approx(1.0));
    else
        CHECK(move_fixture(p, *door, along * -1.0, true).refused.empty());
    CHECK(move_fixture(p, *door, along * 1000.0, true).refused == "a door must stay on its wall");
}
