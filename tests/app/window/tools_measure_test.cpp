// The measure tool's arithmetic: points snapped to the nearest module corner of a block, the length
// and the way it runs, said in the planner's language.
#include "app/window/i18n.h"
#include "app/window/tools/measure.h"

#include "layout/samples/samples.h"
#include "tests/support/edit_support.h"

#include <catch2/catch.hpp>

using namespace bp;
using namespace bp::win;

namespace
{

Project tiny()
{
    return test::tiny_with_grid();
}

} // namespace

TEST_CASE("a point near a block's module corner snaps to it, one in the open does not")
{
    const Project p = tiny();
    // The tiny hall's east blocks start at x 48 with modules from y 1 (3 m each).
    std::optional<Vec2> s = snap_to_modules(p, {48.4, 7.3});
    REQUIRE(s);
    CHECK(s->x == Approx(48));
    CHECK(s->y == Approx(7));
    CHECK_FALSE(snap_to_modules(p, {-20, -20})); // outside every hall
    CHECK_FALSE(snap_to_modules(p, {48.4, 7.3}, 0.1)); // farther than the reach
}

TEST_CASE("a measurement gives the length and how far east and north it runs, in both languages")
{
    const Project p = tiny();
    Measurement m = measure_between(p, {48.3, 6.8}, {63.8, 19.2}, true);
    CHECK(m.a_snapped);
    CHECK(m.b_snapped);
    CHECK(m.length_m() == Approx(20)); // 16 m east, 12 m north
    CHECK(m.hall.valid());
    set_language(Language::English);
    CHECK(m.text() == "20.0 m (16.0 m east, 12.0 m north)");
    Measurement back = measure_between(p, {63.8, 19.2}, {48.3, 6.8}, true);
    CHECK(back.text() == "20.0 m (16.0 m west, 12.0 m south)");
    set_language(Language::Chinese);
    CHECK(back.text() == "20.0 m（向西 16.0 m，向南 12.0 m）");
    set_language(Language::English);

    Measurement free = measure_between(p, {48.3, 6.8}, {63.8, 19.2}, false); // Alt held
    CHECK_FALSE(free.a_snapped);
    CHECK(free.length_m() == Approx(std::hypot(15.5, 12.4)));
}
