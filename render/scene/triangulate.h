// Triangles of a simple polygon with holes (a hall floor with its columns and blocked zones cut
// out), by ear clipping after bridging each hole into the outline.
#pragma once

#include "layout/geometry/geometry.h"

#include <cstdint>
#include <vector>

namespace bp
{

struct Triangulation
{
    std::vector<Vec2> points;      // the outline's, then the holes' points used
    std::vector<uint32_t> indices; // three per triangle, counter-clockwise
    int holes_cut = 0;             // holes that lay strictly inside and apart from each other
};

// Holes that touch the outline or another hole are left in the floor (the caller draws them on top).
Triangulation triangulate(const Polygon& outline, const std::vector<const Polygon*>& holes);

double triangulated_area(const Triangulation& t);

} // namespace bp
