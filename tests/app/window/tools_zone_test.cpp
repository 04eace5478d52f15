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
