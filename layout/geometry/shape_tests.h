// Exact shape tests behind the grid generator, the collision index and the checks: convex
// penetration depth (SAT), distances, convex pieces of simple polygons, containment with a margin.
#pragma once

#include "geometry.h"

#include <vector>

namespace bp
{

// Shapes that touch or overlap by less than this are not in collision (1 mm): booths sharing a wall
// are fine, a 1 cm overlap is not.
constexpr double kOverlapTolerance = 0.001;

// Penetration depth of two convex polygons (counter-clockwise; a 2-point polygon is a segment):
// the smallest overlap of their projections over all edge normals. Negative when they are apart,
// 0 when they touch.
double penetration(const Polygon& a, const Polygon& b);

// Distance between two convex polygons; 0 when they touch or overlap.
double convex_distance(const Polygon& a, const Polygon& b);

bool is_convex(const Polygon& poly);

// A simple polygon as convex pieces: itself when convex, else triangles (ear clipping).
std::vector<Polygon> convex_pieces(const Polygon& poly);

// Largest penetration between any piece of a and any piece of b.
double penetration(const std::vector<Polygon>& a, const std::vector<Polygon>& b);

// True when the convex shape lies inside the simple polygon `outline` and no outline edge comes
// closer than `margin` to it (margin 0: edges may touch the shape but not cross it).
bool inside_with_margin(const Polygon& outline, const Polygon& shape, double margin);

// The polygon moved by d.
Polygon translated(const Polygon& poly, Vec2 d);

} // namespace bp
