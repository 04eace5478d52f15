// Geometry helpers: areas, orientation, containment, simple polygons, offsets.
#include "layout/geometry/geometry.h"

#include <catch2/catch.hpp>

using namespace bp;

TEST_CASE("a hall outline's area and orientation")
{
    Polygon hall = rectangle({0, 0}, {126, 84});
    CHECK(area(hall) == Approx(126 * 84));
    CHECK(is_counter_clockwise(hall));
    Polygon reversed(hall.rbegin(), hall.rend());
    CHECK_FALSE(is_counter_clockwise(reversed));
    CHECK(is_counter_clockwise(counter_clockwise(reversed)));
    CHECK(centroid(hall).x == Approx(63));
    CHECK(centroid(hall).y == Approx(42));
}

TEST_CASE("points inside an L-shaped hall")
{
    Polygon l = {{0, 0}, {60, 0}, {60, 30}, {30, 30}, {30, 60}, {0, 60}};
    CHECK(area(l) == Approx(60 * 30 + 30 * 30));
    CHECK(contains(l, {10, 50}));
    CHECK(contains(l, {50, 10}));
    CHECK_FALSE(contains(l, {50, 50}));
    CHECK(contains(l, {60, 15})); // on the wall counts as inside
    CHECK_FALSE(contains(l, {-1, 10}));
}

TEST_CASE("self-intersecting and degenerate outlines are not simple")
{
    CHECK_FALSE(simple_polygon_problem(rectangle({0, 0}, {10, 10})));
    Polygon bow_tie = {{0, 0}, {10, 10}, {10, 0}, {0, 6}};
    REQUIRE(simple_polygon_problem(bow_tie));
    CHECK(simple_polygon_problem(bow_tie)->find("cross") != std::string::npos);
    CHECK(simple_polygon_problem({{0, 0}, {1, 1}}));
    CHECK(simple_polygon_problem({{0, 0}, {1, 1}, {2, 2}})); // zero area
    CHECK(simple_polygon_problem({{0, 0}, {5, 0}, {5, 0}, {0, 5}})); // repeated point
}

TEST_CASE("a door lies on a wall within a centimetre")
{
    Polygon hall = rectangle({0, 0}, {126, 84});
    CHECK(segment_on_boundary(hall, {{60, 0}, {66, 0}}));
    CHECK(segment_on_boundary(hall, {{126, 10}, {126, 16.005}}));
    CHECK_FALSE(segment_on_boundary(hall, {{60, 1}, {66, 1}}));
    CHECK_FALSE(segment_on_boundary(hall, {{120, 0}, {126, 6}})); // across a corner
}

TEST_CASE("offsetting a column grows it by the clearance on every side")
{
    Polygon column = rectangle({0, 0}, {1, 1});
    Polygon grown = offset(column, 0.5);
    CHECK(area(grown) == Approx(4));
    Box b = bounds(grown);
    CHECK(b.min.x == Approx(-0.5));
    CHECK(b.max.y == Approx(1.5));
    CHECK(area(offset(rectangle({0, 0}, {4, 4}), -1)) == Approx(4));
}

TEST_CASE("distances to segments and boundaries")
{
    CHECK(distance_to_segment({0, 5}, {{-1, 0}, {1, 0}}) == Approx(5));
    CHECK(distance_to_segment({4, 3}, {{-1, 0}, {1, 0}}) == Approx(std::hypot(3, 3)));
    CHECK(distance_to_boundary(rectangle({0, 0}, {10, 10}), {5, 2}) == Approx(2));
    CHECK(segments_intersect({{0, 0}, {2, 2}}, {{0, 2}, {2, 0}}));
    CHECK_FALSE(segments_intersect({{0, 0}, {1, 0}}, {{0, 1}, {1, 1}}));
}
