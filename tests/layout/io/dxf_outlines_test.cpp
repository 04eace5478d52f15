// Tracing hall outlines from loose lines: walls that meet in T-junctions, cross, overlap, are drawn
// twice, stop short, or never close; the outline is the region they enclose, whatever order and
// direction the lines were drawn in.
#include "layout/io/dxf_outlines.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

using namespace bp;

namespace
{

DrawnChain chain(std::initializer_list<Vec2> pts, int line = 1)
{
    return {Polygon(pts), line};
}

TracedOutlines trace(const std::vector<DrawnChain>& chains, const std::vector<Vec2>& names = {}, double tol = 0.05)
{
    TraceLimits limits;
    limits.tolerance_m = tol;
    return trace_outlines(chains, names, limits, "test.dxf");
}

// The traced outlines' areas, smallest first, against those expected (relative error 1e-3).
bool areas_are(const TracedOutlines& t, std::vector<double> want)
{
    std::vector<double> got;
    for (const TracedOutline& o : t.outlines)
        got.push_back(area(o.outline));
    std::sort(got.begin(), got.end());
    std::sort(want.begin(), want.end());
    if (got.size() != want.size())
        return false;
    for (size_t i = 0; i < got.size(); ++i)
        if (std::fabs(got[i] - want[i]) > 1e-3 * want[i])
            return false;
    return true;
}

} // namespace

TEST_CASE("four walls drawn in any order and direction close into one counter-clockwise outline")
{
    TracedOutlines t =
        trace({chain({{10, 0}, {0, 0}}), chain({{10, 8}, {10, 0}}), chain({{0, 8}, {10, 8}}), chain({{0, 0}, {0, 8}})});
    REQUIRE(t.outlines.size() == 1);
    CHECK(signed_area(t.outlines[0].outline) == Approx(80));
    CHECK(t.outlines[0].outline.size() == 4);
    CHECK(t.open.empty());
}

TEST_CASE("a wall that runs on past a corner, and one drawn twice, change nothing")
{
    TracedOutlines t = trace({chain({{-2, 0}, {12, 0}}), chain({{10, -1}, {10, 8}}), chain({{10, 8}, {0, 8}, {0, 0}}),
                              chain({{0, 8}, {10, 8}})});
    CHECK(areas_are(t, {80}));
    CHECK(t.stray_lines >= 1); // the overhangs
}

TEST_CASE("a wall that stops 4.8 cm short of the next one is joined; 6 cm is reported")
{
    std::vector<DrawnChain> walls = {chain({{0, 0}, {20, 0}, {20, 10}, {0, 10}, {0, 0.048}}, 7)};
    CHECK(areas_are(trace(walls), {200}));
    walls[0].points.back() = {0, 0.06};
    TracedOutlines t = trace(walls);
    CHECK(t.outlines.empty());
    REQUIRE(t.open.size() == 1);
    CHECK(t.open[0].gap == Approx(0.06));
    CHECK(t.open[0].at.x == Approx(0));
    CHECK(t.open[0].at.y == Approx(0.03));
    CHECK(t.open[0].line == 7);
    CHECK(nearly_closed(t.open[0]));
}

TEST_CASE("a wall that stops short of a wall it should meet in a T runs on to it")
{
    // A rectangle and a dividing wall ending 3 cm short of the north wall; two names.
    TracedOutlines t =
        trace({chain({{0, 0}, {20, 0}, {20, 10}, {0, 10}, {0, 0}}), chain({{8, 0}, {8, 9.97}})}, {{4, 5}, {14, 5}});
    CHECK(areas_are(t, {80, 120}));
}

TEST_CASE("crossing lines split the rooms they cross only where names ask for it")
{
    std::vector<DrawnChain> walls = {chain({{0, 0}, {20, 0}, {20, 20}, {0, 20}, {0, 0}}), chain({{10, -1}, {10, 21}}),
                                     chain({{-1, 10}, {21, 10}})};
    CHECK(areas_are(trace(walls), {400}));
    CHECK(areas_are(trace(walls, {{5, 5}, {15, 15}}), {200, 200}));
    CHECK(areas_are(trace(walls, {{5, 5}, {15, 5}, {5, 15}, {15, 15}}), {100, 100, 100, 100}));
}

TEST_CASE("two rooms joined by a single line, or touching at a corner, are two outlines")
{
    TracedOutlines bridged = trace({chain({{0, 0}, {4, 0}, {4, 4}, {0, 4}, {0, 0}}),
                                    chain({{10, 0}, {14, 0}, {14, 4}, {10, 4}, {10, 0}}), chain({{4, 2}, {10, 2}})});
    CHECK(areas_are(bridged, {16, 16}));
    TracedOutlines corner =
        trace({chain({{0, 0}, {4, 0}, {4, 4}, {0, 4}, {0, 0}}), chain({{4, 4}, {8, 4}, {8, 8}, {4, 8}, {4, 4}})});
    CHECK(areas_are(corner, {16, 16}));
    for (const TracedOutline& o : corner.outlines)
        CHECK(!simple_polygon_problem(o.outline));
}

TEST_CASE("lines that enclose nothing are open chains, never outlines")
{
    TracedOutlines t = trace({chain({{0, 0}, {30, 0}, {30, 20}}), chain({{50, 0}, {51, 1}})});
    CHECK(t.outlines.empty());
    REQUIRE(t.open.size() == 2);
    for (const OpenChain& c : t.open)
        CHECK(!nearly_closed(c)); // strays, not outlines that nearly close
}

TEST_CASE("too many lines to trace are refused, never a hang")
{
    std::vector<DrawnChain> many;
    for (int i = 0; i < 2000; ++i)
        many.push_back(chain({{0, double(i)}, {2000, double(i)}}));
    TraceLimits limits;
    limits.max_segments = 1000;
    CHECK_THROWS(trace_outlines(many, {}, limits, "test.dxf"));
}
