// Plane geometry in venue metres: points, polygons (counter-clockwise, closed implicitly), boxes.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace bp
{

struct Vec2
{
    double x = 0, y = 0;

    friend Vec2 operator+(Vec2 a, Vec2 b) { return {a.x + b.x, a.y + b.y}; }
    friend Vec2 operator-(Vec2 a, Vec2 b) { return {a.x - b.x, a.y - b.y}; }
    friend Vec2 operator*(Vec2 a, double s) { return {a.x * s, a.y * s}; }
    friend Vec2 operator*(double s, Vec2 a) { return {a.x * s, a.y * s}; }
    friend bool operator==(Vec2 a, Vec2 b) = default;
};

using Polygon = std::vector<Vec2>;

struct Box
{
    Vec2 min{1e300, 1e300};
    Vec2 max{-1e300, -1e300};

    bool empty() const { return min.x > max.x || min.y > max.y; }
    double width() const { return max.x - min.x; }
    double height() const { return max.y - min.y; }
    void add(Vec2 p);
    bool overlaps(const Box& o) const;
};

struct Segment
{
    Vec2 a, b;
    friend bool operator==(const Segment&, const Segment&) = default;
};

double dot(Vec2 a, Vec2 b);
double cross(Vec2 a, Vec2 b);
double length(Vec2 v);
double distance(Vec2 a, Vec2 b);
Vec2 normalized(Vec2 v);

// Signed area: positive when counter-clockwise.
double signed_area(const Polygon& poly);
double area(const Polygon& poly);
bool is_counter_clockwise(const Polygon& poly);
Box bounds(const Polygon& poly);
Vec2 centroid(const Polygon& poly);

// For contains(): do not test the boundary.
constexpr double kBoundaryUntested = -1;

// Whether p lies in the polygon by the even-odd rule (false for fewer than 3 points). Points
// within `tolerance` of the boundary count as inside. kBoundaryUntested skips that test, for points
// known to lie off the boundary: the crossing count alone decides, which is cheaper.
bool contains(const Polygon& poly, Vec2 p, double tolerance = 1e-9);

// Distance from p to the closest point of segment s.
double distance_to_segment(Vec2 p, const Segment& s);
// Distance from p to the polygon's boundary.
double distance_to_boundary(const Polygon& poly, Vec2 p);
// True when the segment lies on the polygon boundary (both ends within tolerance of one edge).
bool segment_on_boundary(const Polygon& poly, const Segment& s, double tolerance = 0.01);

bool segments_intersect(const Segment& s, const Segment& t);

// Why a polygon is not simple, or nullopt when it is: at least 3 distinct points,
// non-zero area, no two non-adjacent edges touching.
std::optional<std::string> simple_polygon_problem(const Polygon& poly);

// Counter-clockwise copy of the polygon.
Polygon counter_clockwise(Polygon poly);

// Offset of a convex or rectilinear polygon by d (positive grows) using mitred corners.
Polygon offset(const Polygon& poly, double d);

// Axis-aligned rectangle as a counter-clockwise polygon.
Polygon rectangle(Vec2 min, Vec2 max);

} // namespace bp
