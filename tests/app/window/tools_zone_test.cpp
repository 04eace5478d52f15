// A sector's zone drawn on the tiny fair's hall: snapped to module corners, inside the hall, clear of
// the other sectors' zones, over booths; the drawn zone is one edit that undoes.
#include "app/window/i18n.h"
#include "app/window/tools/sector_zone.h"

#include "layout/samples/samples.h"
#include "tests/support/edit_support.h"

#include <catch2/catch.hpp>

using namespace bp;
using namespace bp::win;

namespace
{

Project tiny()
{
    Project p = test::tiny_with_grid();
    REQUIRE(p.sectors.size() >= 2);
    return p;
}

} // namespace

TEST_CASE("a zone between two points near module corners snaps to them and holds their booths")
{
    const Project p = tiny();
    set_language(Language::English);
    ZoneVerdict v = judge_zone(p, SectorId(0), {48.4, 6.7}, {63.6, 19.3}, true);
    REQUIRE(v.fits());
    const Box b = bounds(v.shape);
    CHECK(b.min.x == Approx(48));
    CHECK(b.min.y == Approx(7));
    CHECK(b.max.x == Approx(64));
    CHECK(b.max.y == Approx(19));
    CHECK(signed_area(v.shape) > 0);
    CHECK(v.holds_m2 == Approx(144)); // the 16 modules Iran's footprint holds there
    CHECK(v.text("Food") == "Food: 16.0 × 12.0 m, 144 m² of booths");

    ZoneVerdict free = judge_zone(p, SectorId(0), {48.4, 6.7}, {63.6, 19.3}, false);
    CHECK(bounds(free.shape).min.x == Approx(48.4));
}

TEST_CASE("a zone across the wall, over another sector's zone, without booths or outside is refused")
{
    Project p = tiny();
    set_language(Language::English);
    CHECK(judge_zone(p, SectorId(0), {-20, -20}, {-10, -10}, true).reason == "outside every hall");
    CHECK(judge_zone(p, SectorId(0), {60, 10}, {200, 15}, true).reason.find("crosses the wall") == 0);
    CHECK(judge_zone(p, SectorId(0), {50, 10}, {50.5, 15}, false).reason == "smaller than a metre across");
    // The aisle between the blocks at x 54-58 holds no booths.
    CHECK(judge_zone(p, SectorId(0), {54.2, 8}, {57.8, 18}, false).reason == "holds no booths");

    ZoneVerdict first = judge_zone(p, SectorId(0), {48, 7}, {64, 19}, true);
    REQUIRE(first.fits());
    const Project before = p;
    AppliedEdit drawn = apply_edit(p, PlaceSectorZone{SectorId(0), Region{first.hall, first.shape}});
    CHECK(drawn.changed.sectors == std::vector<SectorId>{SectorId(0)});
    ZoneVerdict over = judge_zone(p, SectorId(1), {52, 10}, {70, 16}, true);
    CHECK_FALSE(over.fits());
    CHECK(over.reason.rfind("overlaps the zone of " + p.sector(SectorId(0)).name + " by ", 0) == 0);
    // Its own zone is not in its way: drawn again over itself it fits.
    CHECK(judge_zone(p, SectorId(0), {48, 7}, {64, 19}, true).fits());
    apply_edit(p, std::move(drawn.inverse));
    CHECK(p == before);
}

TEST_CASE("a zone clicked corner by corner: an L holds what its two rectangles hold")
{
    const Project p = tiny();
    set_language(Language::English);
    const std::vector<Vec2> l = {{48, 7}, {64, 7}, {64, 13}, {54, 13}, {54, 19}, {48, 19}};
    ZoneVerdict v = judge_zone_outline(p, SectorId(0), l);
    REQUIRE(v.fits());
    CHECK_FALSE(v.rectangle);
    CHECK(v.shape.size() == 6);
    CHECK(signed_area(v.shape) == Approx(16 * 6 + 6 * 6));
    const double a = judge_zone(p, SectorId(0), {48, 7}, {64, 13}, false).holds_m2;
    const double b = judge_zone(p, SectorId(0), {48, 13}, {54, 19}, false).holds_m2;
    CHECK(a > 0);
    CHECK(b > 0);
    CHECK(v.holds_m2 == Approx(a + b));
    CHECK(v.text("Food") == "Food: 6 corners, 132 m², " + wording_figure(a + b) + " m² of booths");

    // Clicked the other way round, and with a corner clicked twice: the same zone, counter-clockwise.
    std::vector<Vec2> back(l.rbegin(), l.rend());
    back.insert(back.begin() + 2, back[2]);
    ZoneVerdict w = judge_zone_outline(p, SectorId(0), back);
    REQUIRE(w.fits());
    CHECK(w.shape.size() == 6);
    CHECK(signed_area(w.shape) == Approx(signed_area(v.shape)));
    CHECK(w.holds_m2 == Approx(v.holds_m2));

    // Snapped as clicked: a corner near a module corner lands on it.
    CHECK(zone_corner(p, {48.4, 6.7}, true).x == Approx(48));
    CHECK(zone_corner(p, {48.4, 6.7}, false).x == Approx(48.4));
}

TEST_CASE("an outline of two corners, with crossing sides or over a zone is refused; its notch is free")
{
    Project p = tiny();
    set_language(Language::English);
    CHECK(judge_zone_outline(p, SectorId(0), {{48, 7}, {64, 7}}).reason == "needs at least three corners");
    CHECK(judge_zone_outline(p, SectorId(0), {{48, 7}, {64, 7}, {80, 7}}).reason == "needs at least three corners");
    CHECK(judge_zone_outline(p, SectorId(0), {{48, 7}, {64, 19}, {64, 7}, {48, 19}}).reason == "its sides cross");
    CHECK(judge_zone_outline(p, SectorId(0), {{60, 10}, {200, 10}, {200, 15}}).reason.find("crosses the wall") == 0);

    // Another sector's zone in the L's notch: inside the L's hull, outside the L. Only the pieces
    // of the L count, so the L fits beside it; moved into the L's arm it overlaps.
    ZoneVerdict notch = judge_zone(p, SectorId(1), {58, 13}, {64, 19}, false);
    REQUIRE(notch.fits());
    apply_edit(p, PlaceSectorZone{SectorId(1), Region{notch.hall, notch.shape}});
    const std::vector<Vec2> l = {{48, 7}, {64, 7}, {64, 13}, {54, 13}, {54, 19}, {48, 19}};
    CHECK(judge_zone_outline(p, SectorId(0), l).fits());
    const std::vector<Vec2> fat = {{48, 7}, {64, 7}, {64, 16}, {54, 16}, {54, 19}, {48, 19}};
    ZoneVerdict over = judge_zone_outline(p, SectorId(0), fat);
    CHECK(over.reason == "overlaps the zone of " + p.sector(SectorId(1)).name + " by 18 m²");

    // The outline drawn is one edit that undoes, and the solver's zone is that L.
    const Project before = p;
    ZoneVerdict v = judge_zone_outline(p, SectorId(0), l);
    AppliedEdit drawn = apply_edit(p, PlaceSectorZone{SectorId(0), Region{v.hall, v.shape}});
    REQUIRE(p.sector(SectorId(0)).zone);
    CHECK(p.sector(SectorId(0)).zone->polygon == v.shape);
    apply_edit(p, std::move(drawn.inverse));
    CHECK(p == before);
}

TEST_CASE("a click closes an outline on its first corner or on its last again, once it has three")
{
    const std::vector<Vec2> two = {{0, 0}, {10, 0}};
    CHECK_FALSE(closes_outline(two, {0, 0}, 0.5));
    const std::vector<Vec2> three = {{0, 0}, {10, 0}, {10, 10}};
    CHECK(closes_outline(three, {0.3, -0.2}, 0.5));
    CHECK(closes_outline(three, {10, 10.2}, 0.5)); // a double click
    CHECK_FALSE(closes_outline(three, {0, 10}, 0.5));
    CHECK_FALSE(closes_outline(three, {0.8, 0}, 0.5));
}
