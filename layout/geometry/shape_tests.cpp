// Exact shape tests: SAT penetration of convex polygons, distances, ear clipping, containment.
#include "shape_tests.h"

#include <algorithm>
#include <cmath>

namespace bp
{

static void project(const Polygon& p, Vec2 axis, double& lo, double& hi)
{
    lo = hi = dot(p[0], axis);
    for (size_t i = 1; i < p.size(); ++i)
    {
        double d = dot(p[i], axis);
        lo = std::min(lo, d);
        hi = std::max(hi, d);
    }
}

// Smallest projection overlap over the edge normals of `edges`; stops early once apart.
static double min_overlap(const Polygon& edges, const Polygon& a, const Polygon& b, double best)
{
    const size_t n = edges.size();
    const size_t count = n == 2 ? 1 : n; // a segment has one edge
    for (size_t i = 0; i < count; ++i)
    {
        Vec2 e = edges[(i + 1) % n] - edges[i];
        double len = length(e);
        if (len < 1e-12)
            continue;
        Vec2 axis{-e.y / len, e.x / len};
        double alo, ahi, blo, bhi;
        project(a, axis, alo, ahi);
        project(b, axis, blo, bhi);
        double overlap = std::min(ahi, bhi) - std::max(alo, blo);
        best = std::min(best, overlap);
        if (best < 0)
            return best;
    }
    return best;
}

// A segment (a wall) against a convex shape: how far the shape reaches across the wall's line on
// its lesser side, bounded by the overlaps along the wall and along the shape's other edge normals
// (so a wall ending short of the shape, or only grazing it, does not count).
static double segment_penetration(const Polygon& seg, const Polygon& shape)
{
    Vec2 e = seg[1] - seg[0];
    double len = length(e);
    if (len < 1e-12)
        return -1e300;
    Vec2 dir{e.x / len, e.y / len};
    Vec2 normal{-dir.y, dir.x};
    double lo, hi, slo, shi;
    project(shape, normal, lo, hi);
    double p = dot(seg[0], normal);
    double best = std::min(p - lo, hi - p);
    project(shape, dir, lo, hi);
    project(seg, dir, slo, shi);
    best = std::min(best, std::min(hi, shi) - std::max(lo, slo));
    const size_t n = shape.size();
    for (size_t i = 0; i < n && best >= 0; ++i)
    {
        Vec2 f = shape[(i + 1) % n] - shape[i];
        double fl = length(f);
        if (fl < 1e-12)
            continue;
        Vec2 axis{-f.y / fl, f.x / fl};
        if (std::abs(dot(axis, dir)) < 1e-9)
            continue; // parallel to the wall's normal: measured above
        project(shape, axis, lo, hi);
        project(seg, axis, slo, shi);
        best = std::min(best, std::min(hi, shi) - std::max(lo, slo));
    }
    return best;
}

double penetration(const Polygon& a, const Polygon& b)
{
    if (a.size() < 2 || b.size() < 2)
        return -1e300;
    if (a.size() == 2 && b.size() == 2)
        return segments_intersect({a[0], a[1]}, {b[0], b[1]}) ? 0 : -convex_distance(a, b);
    if (a.size() == 2)
        return segment_penetration(a, b);
    if (b.size() == 2)
        return segment_penetration(b, a);
    double best = min_overlap(a, a, b, 1e300);
    if (best < 0)
        return best;
    return min_overlap(b, a, b, best);
}

static double vertex_edge_distance(const Polygon& verts, const Polygon& edges)
{
    double best = 1e300;
    const size_t n = edges.size();
    const size_t count = n == 2 ? 1 : n;
    for (Vec2 p : verts)
        for (size_t i = 0; i < count; ++i)
            best = std::min(best, distance_to_segment(p, {edges[i], edges[(i + 1) % n]}));
    return best;
}

double convex_distance(const Polygon& a, const Polygon& b)
{
    if (a.size() == 2 && b.size() == 2 ? segments_intersect({a[0], a[1]}, {b[0], b[1]}) : penetration(a, b) >= 0)
        return 0;
    return std::min(vertex_edge_distance(a, b), vertex_edge_distance(b, a));
}

bool is_convex(const Polygon& poly)
{
    const size_t n = poly.size();
    if (n < 3)
        return true;
    int sign = 0;
    for (size_t i = 0; i < n; ++i)
    {
        double c = cross(poly[(i + 1) % n] - poly[i], poly[(i + 2) % n] - poly[(i + 1) % n]);
        if (std::abs(c) < 1e-12)
            continue;
        int s = c > 0 ? 1 : -1;
        if (sign != 0 && s != sign)
            return false;
        sign = s;
    }
    return true;
}

std::vector<Polygon> convex_pieces(const Polygon& input)
{
    Polygon poly = counter_clockwise(input);
    if (is_convex(poly))
        return {poly};
    std::vector<Polygon> out;
    std::vector<Vec2> v = poly;
    // Ear clipping: O(n²), fine for hall drawings (tens of vertices).
    size_t guard = 0;
    while (v.size() > 3 && guard < 10000)
    {
        ++guard;
        bool clipped = false;
        const size_t n = v.size();
        for (size_t i = 0; i < n; ++i)
        {
            Vec2 a = v[(i + n - 1) % n], b = v[i], c = v[(i + 1) % n];
            double turn = cross(b - a, c - b);
            if (turn <= 1e-12)
            {
                if (std::abs(turn) <= 1e-12) // collinear: drop the middle point
                {
                    v.erase(v.begin() + static_cast<long>(i));
                    clipped = true;
                    break;
                }
                continue;
            }
            bool ear = true;
            for (size_t j = 0; j < n && ear; ++j)
            {
                if (j == i || j == (i + 1) % n || j == (i + n - 1) % n)
                    continue;
                Vec2 p = v[j];
                if (cross(b - a, p - a) >= -1e-12 && cross(c - b, p - b) >= -1e-12 && cross(a - c, p - c) >= -1e-12)
                    ear = false;
            }
            if (!ear)
                continue;
            out.push_back({a, b, c});
            v.erase(v.begin() + static_cast<long>(i));
            clipped = true;
            break;
        }
        if (!clipped)
            break; // not simple; keep what we have
    }
    if (v.size() == 3 && area(v) > 1e-12)
        out.push_back(v);
    return out;
}

double penetration(const std::vector<Polygon>& a, const std::vector<Polygon>& b)
{
    double best = -1e300;
    for (const Polygon& p : a)
        for (const Polygon& q : b)
            best = std::max(best, penetration(p, q));
    return best;
}

bool inside_with_margin(const Polygon& outline, const Polygon& shape, double margin)
{
    Box sb = bounds(shape);
    const size_t n = outline.size();
    for (size_t i = 0; i < n; ++i)
    {
        Vec2 a = outline[i], b = outline[(i + 1) % n];
        // Edges whose box stays farther than the margin cannot matter.
        if (std::min(a.x, b.x) > sb.max.x + margin || std::max(a.x, b.x) < sb.min.x - margin ||
            std::min(a.y, b.y) > sb.max.y + margin || std::max(a.y, b.y) < sb.min.y - margin)
            continue;
        Polygon edge{a, b};
        double depth = penetration(edge, shape);
        if (depth > kOverlapTolerance)
            return false; // the wall crosses the shape
        if (margin > 0 && convex_distance(edge, shape) < margin - kOverlapTolerance)
            return false;
    }
    // No edge crosses the shape, so its centre decides for all of it.
    return contains(outline, centroid(shape), kBoundaryUntested);
}

Polygon translated(const Polygon& poly, Vec2 d)
{
    Polygon out = poly;
    for (Vec2& p : out)
        p = p + d;
    return out;
}

} // namespace bp
