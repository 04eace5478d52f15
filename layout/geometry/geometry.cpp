// Plane geometry helpers used by importers, the grid generator, checks and exports.
#include "geometry.h"

#include <algorithm>
#include <cmath>

namespace bp
{

void Box::add(Vec2 p)
{
    min.x = std::min(min.x, p.x);
    min.y = std::min(min.y, p.y);
    max.x = std::max(max.x, p.x);
    max.y = std::max(max.y, p.y);
}

bool Box::overlaps(const Box& o) const
{
    return min.x <= o.max.x && o.min.x <= max.x && min.y <= o.max.y && o.min.y <= max.y;
}

double dot(Vec2 a, Vec2 b)
{
    return a.x * b.x + a.y * b.y;
}
double cross(Vec2 a, Vec2 b)
{
    return a.x * b.y - a.y * b.x;
}
double length(Vec2 v)
{
    return std::hypot(v.x, v.y);
}
double distance(Vec2 a, Vec2 b)
{
    return length(a - b);
}

Vec2 normalized(Vec2 v)
{
    double l = length(v);
    return l > 0 ? v * (1.0 / l) : Vec2{};
}

double signed_area(const Polygon& poly)
{
    double twice = 0;
    for (size_t i = 0, n = poly.size(); i < n; ++i)
        twice += cross(poly[i], poly[(i + 1) % n]);
    return twice / 2;
}

double area(const Polygon& poly)
{
    return std::abs(signed_area(poly));
}
bool is_counter_clockwise(const Polygon& poly)
{
    return signed_area(poly) > 0;
}

Box bounds(const Polygon& poly)
{
    Box b;
    for (Vec2 p : poly)
        b.add(p);
    return b;
}

Vec2 centroid(const Polygon& poly)
{
    double a = signed_area(poly);
    if (std::abs(a) < 1e-12)
    {
        Vec2 sum;
        for (Vec2 p : poly)
            sum = sum + p;
        return poly.empty() ? sum : sum * (1.0 / static_cast<double>(poly.size()));
    }
    Vec2 c;
    for (size_t i = 0, n = poly.size(); i < n; ++i)
    {
        Vec2 p = poly[i], q = poly[(i + 1) % n];
        double w = cross(p, q);
        c = c + (p + q) * w;
    }
    return c * (1.0 / (6 * a));
}

double distance_to_segment(Vec2 p, const Segment& s)
{
    Vec2 d = s.b - s.a;
    double len2 = dot(d, d);
    double t = len2 > 0 ? std::clamp(dot(p - s.a, d) / len2, 0.0, 1.0) : 0.0;
    return distance(p, s.a + d * t);
}

double distance_to_boundary(const Polygon& poly, Vec2 p)
{
    double best = 1e300;
    for (size_t i = 0, n = poly.size(); i < n; ++i)
        best = std::min(best, distance_to_segment(p, {poly[i], poly[(i + 1) % n]}));
    return best;
}

bool contains(const Polygon& poly, Vec2 p, double tolerance)
{
    if (poly.size() < 3)
        return false;
    if (tolerance >= 0 && distance_to_boundary(poly, p) <= tolerance)
        return true;
    bool inside = false;
    for (size_t i = 0, j = poly.size() - 1; i < poly.size(); j = i++)
    {
        Vec2 a = poly[i], b = poly[j];
        if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x)
            inside = !inside;
    }
    return inside;
}

bool segment_on_boundary(const Polygon& poly, const Segment& s, double tolerance)
{
    for (size_t i = 0, n = poly.size(); i < n; ++i)
    {
        Segment edge{poly[i], poly[(i + 1) % n]};
        if (distance_to_segment(s.a, edge) <= tolerance && distance_to_segment(s.b, edge) <= tolerance)
            return true;
    }
    return false;
}

static int orientation(Vec2 a, Vec2 b, Vec2 c)
{
    double v = cross(b - a, c - a);
    double scale = std::max({std::abs(b.x - a.x), std::abs(b.y - a.y), std::abs(c.x - a.x), std::abs(c.y - a.y), 1.0});
    if (std::abs(v) <= 1e-12 * scale * scale)
        return 0;
    return v > 0 ? 1 : -1;
}

static bool on_segment(Vec2 a, Vec2 b, Vec2 p)
{
    return std::min(a.x, b.x) - 1e-12 <= p.x && p.x <= std::max(a.x, b.x) + 1e-12 &&
           std::min(a.y, b.y) - 1e-12 <= p.y && p.y <= std::max(a.y, b.y) + 1e-12;
}

bool segments_intersect(const Segment& s, const Segment& t)
{
    int o1 = orientation(s.a, s.b, t.a), o2 = orientation(s.a, s.b, t.b);
    int o3 = orientation(t.a, t.b, s.a), o4 = orientation(t.a, t.b, s.b);
    if (o1 != o2 && o3 != o4)
        return true;
    return (o1 == 0 && on_segment(s.a, s.b, t.a)) || (o2 == 0 && on_segment(s.a, s.b, t.b)) ||
           (o3 == 0 && on_segment(t.a, t.b, s.a)) || (o4 == 0 && on_segment(t.a, t.b, s.b));
}

std::optional<std::string> simple_polygon_problem(const Polygon& poly)
{
    const size_t n = poly.size();
    if (n < 3)
        return "needs at least 3 points, has " + std::to_string(n);
    for (size_t i = 0; i < n; ++i)
        for (size_t j = i + 1; j < n; ++j)
            if (distance(poly[i], poly[j]) < 1e-9)
                return "points " + std::to_string(i) + " and " + std::to_string(j) + " are the same";
    if (area(poly) < 1e-9)
        return "has zero area";
    for (size_t i = 0; i < n; ++i)
    {
        Segment e{poly[i], poly[(i + 1) % n]};
        for (size_t j = i + 1; j < n; ++j)
        {
            bool adjacent = j == i + 1 || (i == 0 && j == n - 1);
            if (adjacent)
                continue;
            Segment f{poly[j], poly[(j + 1) % n]};
            if (segments_intersect(e, f))
                return "edges " + std::to_string(i) + " and " + std::to_string(j) + " cross";
        }
    }
    return std::nullopt;
}

Polygon counter_clockwise(Polygon poly)
{
    if (signed_area(poly) < 0)
        std::reverse(poly.begin(), poly.end());
    return poly;
}

Polygon offset(const Polygon& poly, double d)
{
    Polygon ccw = counter_clockwise(poly);
    const size_t n = ccw.size();
    Polygon out;
    out.reserve(n);
    for (size_t i = 0; i < n; ++i)
    {
        Vec2 prev = ccw[(i + n - 1) % n], cur = ccw[i], next = ccw[(i + 1) % n];
        Vec2 e0 = normalized(cur - prev), e1 = normalized(next - cur);
        // Outward normals of a counter-clockwise polygon point to the right of each edge.
        Vec2 n0{e0.y, -e0.x}, n1{e1.y, -e1.x};
        Vec2 bisector = normalized(n0 + n1);
        double c = dot(bisector, n0);
        double mitre = c > 1e-6 ? d / c : d;
        out.push_back(cur + bisector * mitre);
    }
    return out;
}

Polygon rectangle(Vec2 min, Vec2 max)
{
    return {{min.x, min.y}, {max.x, min.y}, {max.x, max.y}, {min.x, max.y}};
}

} // namespace bp
