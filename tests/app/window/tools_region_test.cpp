// A placed pavilion region nudged by modules, turned a quarter and taken off the hall: each one edit
// that undoes, refused with the footprint's reason where the region would not fit.
#include "app/window/tools/region_edits.h"

#include "layout/samples/samples.h"
#include "tests/support/edit_support.h"

#include <catch2/catch.hpp>

using namespace bp;
using namespace bp::win;

namespace
{

Project tiny_with_iran_placed()
{
    Project p = test::tiny_with_grid();
    const PavilionId iran = *p.find_pavilion("Iran");
    FootprintVerdict here = PavilionFootprint(p, iran).at({56, 11.5}, true);
    REQUIRE(here.fits());
    apply_edit(p, PlacePavilion{iran, Region{here.hall, here.shape}});
    return p;
}

Box region_bounds(const Project& p, PavilionId id)
{
    REQUIRE(p.pavilion(id).placed);
    return bounds(p.pavilion(id).placed->polygon);
}

} // namespace

TEST_CASE("a placed region nudged by a module moves by one module and undoes")
{
    Project p = tiny_with_iran_placed();
    const Project before = p;
    const PavilionId iran = *p.find_pavilion("Iran");
    const Box b0 = region_bounds(p, iran);
    // Some direction of the four fits on the tiny hall's free floor.
    int moved = 0;
    for (auto [dx, dy] : {std::pair{0, 1}, std::pair{0, -1}, std::pair{1, 0}, std::pair{-1, 0}})
    {
        RegionChange c = nudge_region(p, iran, dx, dy);
        if (!c.edit)
        {
            CHECK_FALSE(c.refused.empty());
            CHECK(c.refused == c.verdict.reason);
            continue;
        }
        ++moved;
        AppliedEdit done = apply_edit(p, std::move(*c.edit));
        const Box b1 = region_bounds(p, iran);
        CHECK(b1.min.x - b0.min.x == Approx(3.0 * dx)); // tiny's modules are 3 m
        CHECK(b1.min.y - b0.min.y == Approx(3.0 * dy));
        CHECK(b1.width() == Approx(b0.width()));
        CHECK(done.changed.pavilions == std::vector<PavilionId>{iran});
        apply_edit(p, std::move(done.inverse));
        CHECK(p == before);
    }
    CHECK(moved > 0);
}

TEST_CASE("a region nudged through the hall's wall or onto another pavilion is refused with the reason")
{
    Project p = tiny_with_iran_placed();
    const Project before = p;
    const PavilionId iran = *p.find_pavilion("Iran");
    RegionChange far = nudge_region(p, iran, 40, 0); // 120 m east: through the wall
    CHECK_FALSE(far.edit);
    CHECK(far.refused.find("wall") != std::string::npos);

    // Russia placed just north of Iran: Iran nudged north runs into it.
    const PavilionId russia = *p.find_pavilion("Russia");
    const Box b = region_bounds(p, iran);
    Polygon north = rectangle({b.min.x, b.max.y}, {b.max.x, b.max.y + 6});
    apply_edit(p, PlacePavilion{russia, Region{p.pavilion(iran).placed->hall, north}});
    RegionChange into = nudge_region(p, iran, 0, 1);
    CHECK_FALSE(into.edit);
    CHECK(into.refused.rfind("overlaps Russia by ", 0) == 0);
    apply_edit(p, PlacePavilion{russia, std::nullopt});
    CHECK(p == before);
}

TEST_CASE("a region turned a quarter keeps its centre and swaps its sides, and removed it is off the hall")
{
    Project p = tiny_with_iran_placed();
    const Project before = p;
    const PavilionId iran = *p.find_pavilion("Iran");
    const Box b0 = region_bounds(p, iran);
    RegionChange t = turn_region(p, iran);
    const Box turned = bounds(t.verdict.shape);
    CHECK(turned.width() == Approx(b0.height()));
    CHECK(turned.height() == Approx(b0.width()));
    CHECK((turned.min.x + turned.max.x) / 2 == Approx((b0.min.x + b0.max.x) / 2));
    CHECK((turned.min.y + turned.max.y) / 2 == Approx((b0.min.y + b0.max.y) / 2));
    CHECK(signed_area(t.verdict.shape) > 0); // still counter-clockwise
    CHECK(t.edit.has_value() == t.refused.empty());

    RegionChange r = remove_region(p, iran);
    REQUIRE(r.edit);
    AppliedEdit done = apply_edit(p, std::move(*r.edit));
    CHECK_FALSE(p.pavilion(iran).placed);
    apply_edit(p, std::move(done.inverse));
    CHECK(p == before);

    // A pavilion without a region has nothing to move.
    const PavilionId russia = *p.find_pavilion("Russia");
    CHECK(nudge_region(p, russia, 1, 0).refused == "the pavilion has no region on a hall");
    CHECK_FALSE(turn_region(p, russia).edit);
    CHECK_FALSE(remove_region(p, russia).edit);
}

TEST_CASE("a placed region resized by its handles moves those sides in whole modules, checked as a drop")
{
    Project p = tiny_with_iran_placed();
    const Project before = p;
    const PavilionId iran = *p.find_pavilion("Iran");
    const Box b0 = region_bounds(p, iran);
    const Polygon& shape = p.pavilion(iran).placed->polygon;
    REQUIRE(region_frame(shape));
    const std::vector<RegionHandle> handles = region_handles(shape);
    REQUIRE(handles.size() == 8);
    CHECK(region_handles({{0, 0}, {4, 0}, {4, 4}, {2, 6}}).empty()); // not a rectangle: no handles
    // The handle in the middle of the north side, and the one in the middle of the east side.
    auto handle_at = [&](Vec2 at)
    {
        for (const RegionHandle& h : handles)
            if (length(h.at - at) < 1e-6)
                return h.sides;
        FAIL("no handle there");
        return uint8_t{0};
    };
    const uint8_t north = handle_at({(b0.min.x + b0.max.x) / 2, b0.max.y});
    const uint8_t east = handle_at({b0.max.x, (b0.min.y + b0.max.y) / 2});
    const uint8_t north_east = handle_at({b0.max.x, b0.max.y});

    RegionChange taller = resize_region(p, iran, north, {57, b0.max.y + 4.4}, true);
    REQUIRE(taller.edit);
    Box t = bounds(taller.verdict.shape);
    CHECK(t.max.y == Approx(b0.max.y + 3)); // one module: 4.4 m rounds to 3
    CHECK(t.min.y == Approx(b0.min.y));
    CHECK(t.width() == Approx(b0.width()));
    AppliedEdit done = apply_edit(p, std::move(*taller.edit));
    CHECK(region_bounds(p, iran).height() == Approx(b0.height() + 3));
    apply_edit(p, std::move(done.inverse));
    CHECK(p == before);

    RegionChange free = resize_region(p, iran, north, {57, b0.max.y + 4.4}, false);
    CHECK(bounds(free.verdict.shape).max.y == Approx(b0.max.y + 4.4));

    // Dragged past the opposite side it keeps one module, and then holds too little: refused.
    RegionChange squashed = resize_region(p, iran, north, {57, b0.min.y - 20}, true);
    CHECK(bounds(squashed.verdict.shape).height() == Approx(3));
    CHECK_FALSE(squashed.edit);
    CHECK(squashed.refused.find("needs") != std::string::npos);

    // Through the hall's east wall: refused with the footprint's reason.
    RegionChange through = resize_region(p, iran, east, {b0.max.x + 60, 12}, true);
    CHECK_FALSE(through.edit);
    CHECK_FALSE(through.refused.empty());

    // A corner moves two sides.
    RegionChange corner = resize_region(p, iran, north_east, {b0.max.x + 0.2, b0.max.y + 3.1}, true);
    const Box c = bounds(corner.verdict.shape);
    CHECK(c.max.x == Approx(b0.max.x));
    CHECK(c.max.y == Approx(b0.max.y + 3));
}

TEST_CASE("a copy of a region given to another pavilion lands beside it, the same size, where it fits that pavilion")
{
    Project p = tiny_with_iran_placed();
    const PavilionId iran = *p.find_pavilion("Iran");
    const Box b0 = region_bounds(p, iran);
    PavilionId smallest, largest;
    for (size_t i = 0; i < p.pavilions.size(); ++i)
    {
        const PavilionId id(static_cast<int32_t>(i));
        if (id == iran || p.members(id).empty())
            continue;
        if (!smallest.valid() || pavilion_need_m2(p, id) < pavilion_need_m2(p, smallest))
            smallest = id;
        if (!largest.valid() || pavilion_need_m2(p, id) > pavilion_need_m2(p, largest))
            largest = id;
    }
    REQUIRE(pavilion_need_m2(p, largest) > 144); // more than a copy of Iran's 144 m² of booths holds

    RegionCopy copy = duplicate_region(p, iran, smallest);
    REQUIRE(copy.change.edit);
    CHECK_FALSE(copy.direction.empty());
    const Project before = p;
    AppliedEdit done = apply_edit(p, std::move(*copy.change.edit));
    const Box c = region_bounds(p, smallest);
    CHECK(c.width() == Approx(b0.width()));
    CHECK(c.height() == Approx(b0.height()));
    CHECK((c.min.x >= b0.max.x - 1e-9 || c.max.x <= b0.min.x + 1e-9 || c.min.y >= b0.max.y - 1e-9 ||
           c.max.y <= b0.min.y + 1e-9)); // beside it, not over it
    CHECK(region_bounds(p, iran).min.x == Approx(b0.min.x)); // the original stays
    apply_edit(p, std::move(done.inverse));
    CHECK(p == before);

    RegionCopy too_big = duplicate_region(p, iran, largest);
    CHECK_FALSE(too_big.change.edit);
    CHECK(too_big.change.refused.find("needs") != std::string::npos);
    CHECK_FALSE(duplicate_region(p, iran, iran).change.edit);
}
