// Ear clipping with holes: each hole is joined to the outline by a bridge from its rightmost
// point to a visible outline point (Eberly, "Triangulation by Ear Clipping"), then ears are cut
// from the one polygon left, testing only reflex points for containment.
#include "triangulate.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bp
{

namespace
{

constexpr double kEps = 1e-12;

double turn(Vec2 a, Vec2 b, Vec2 c)
{
    return cross(b - a, c - b);
}

// Inside or on the edges of the counter-clockwise triangle abc.
bool in_triangle(Vec2 p, Vec2 a, Vec2 b, Vec2 c)
{
    return cross(b - a, p - a) >= -kEps && cross(c - b, p - b) >= -kEps && cross(a - c, p - c) >= -kEps;
}

bool strictly_inside(const Polygon& outer, const Polygon& hole)
{
    for (Vec2 p : hole)
        if (!contains(outer, p) || distance_to_boundary(outer, p) < 1e-6)
            return false;
    for (size_t i = 0; i < hole.size(); ++i)
        for (size_t j = 0; j < outer.size(); ++j)
            if (segments_intersect({hole[i], hole[(i + 1) % hole.size()]}, {outer[j], outer[(j + 1) % outer.size()]}))
                return false;
    return true;
}

// Joins one hole (clockwise, point indices) into the merged ring at a point visible from the
// hole's rightmost point.
void bridge(std::vector<uint32_t>& ring, const std::vector<Vec2>& pts, std::vector<uint32_t> hole)
{
    size_t m = 0;
    for (size_t i = 1; i < hole.size(); ++i)
        if (pts[hole[i]].x > pts[hole[m]].x)
            m = i;
    Vec2 M = pts[hole[m]];
    double best = std::numeric_limits<double>::infinity();
    size_t edge = 0;
    for (size_t i = 0; i < ring.size(); ++i)
    {
        Vec2 a = pts[ring[i]], b = pts[ring[(i + 1) % ring.size()]];
        // The outline runs counter-clockwise: a crossing of the ray to the right goes upwards
        // (a below, b above) when it is the inside boundary seen from M.
        if (!(a.y <= M.y && b.y > M.y) && !(b.y <= M.y && a.y > M.y))
            continue;
        double x = a.x + (M.y - a.y) * (b.x - a.x) / (b.y - a.y);
        if (x >= M.x - kEps && x < best)
        {
            best = x;
            edge = i;
        }
    }
    size_t p = pts[ring[edge]].x > pts[ring[(edge + 1) % ring.size()]].x ? edge : (edge + 1) % ring.size();
    Vec2 I{best, M.y}, P = pts[ring[p]];
    // A reflex point inside triangle M, I, P would hide P: take the one closest in angle to the ray.
    double best_angle = std::numeric_limits<double>::infinity(), best_dist = best_angle;
    for (size_t i = 0; i < ring.size(); ++i)
    {
        Vec2 q = pts[ring[i]];
        if (i == p || q == P)
            continue;
        Vec2 prev = pts[ring[(i + ring.size() - 1) % ring.size()]], next = pts[ring[(i + 1) % ring.size()]];
        if (turn(prev, q, next) >= 0)
            continue; // convex
        bool inside = M.y < P.y ? in_triangle(q, M, I, P) : in_triangle(q, M, P, I);
        if (!inside || q.x < M.x)
            continue;
        double angle = std::fabs(std::atan2(q.y - M.y, q.x - M.x)), dist = distance(q, M);
        if (angle < best_angle - 1e-12 || (angle < best_angle + 1e-12 && dist < best_dist))
        {
            best_angle = angle;
            best_dist = dist;
            p = i;
        }
    }
    std::vector<uint32_t> merged(ring.begin(), ring.begin() + static_cast<std::ptrdiff_t>(p) + 1);
    for (size_t k = 0; k <= hole.size(); ++k)
        merged.push_back(hole[(m + k) % hole.size()]);
    merged.push_back(ring[p]);
    merged.insert(merged.end(), ring.begin() + static_cast<std::ptrdiff_t>(p) + 1, ring.end());
    ring = std::move(merged);
}

// Cuts ears from a counter-clockwise ring of point indices (which may touch itself at bridges).
void clip_ears(const std::vector<Vec2>& pts, const std::vector<uint32_t>& ring, std::vector<uint32_t>& out)
{
    size_t n = ring.size();
    std::vector<size_t> prev(n), next(n);
    for (size_t i = 0; i < n; ++i)
    {
        prev[i] = (i + n - 1) % n;
        next[i] = (i + 1) % n;
    }
    auto at = [&](size_t i) { return pts[ring[i]]; };
    auto reflex = [&](size_t i) { return turn(at(prev[i]), at(i), at(next[i])) <= kEps; };
    std::vector<size_t> reflexes;
    for (size_t i = 0; i < n; ++i)
        if (reflex(i))
            reflexes.push_back(i);
    std::vector<bool> gone(n, false);
    auto is_ear = [&](size_t i)
    {
        Vec2 a = at(prev[i]), b = at(i), c = at(next[i]);
        if (turn(a, b, c) <= kEps)
            return false;
        for (size_t r : reflexes)
        {
            if (gone[r] || r == prev[i] || r == i || r == next[i])
                continue;
            Vec2 q = at(r);
            if (q == a || q == b || q == c)
                continue; // the same point again, at a bridge
            if (in_triangle(q, a, b, c))
                return false;
        }
        return true;
    };
    size_t left = n, cur = 0, stalled = 0;
    while (left > 3)
    {
        if (is_ear(cur) || stalled > left)
        {
            // A degenerate ring may leave no proper ear: cut anyway rather than loop.
            if (turn(at(prev[cur]), at(cur), at(next[cur])) > kEps)
                out.insert(out.end(), {ring[prev[cur]], ring[cur], ring[next[cur]]});
            gone[cur] = true;
            next[prev[cur]] = next[cur];
            prev[next[cur]] = prev[cur];
            --left;
            stalled = 0;
            cur = prev[cur];
            continue;
        }
        cur = next[cur];
        ++stalled;
    }
    if (turn(at(prev[cur]), at(cur), at(next[cur])) > kEps)
        out.insert(out.end(), {ring[prev[cur]], ring[cur], ring[next[cur]]});
}

} // namespace

Triangulation triangulate(const Polygon& outline, const std::vector<const Polygon*>& holes)
{
    Triangulation t;
    Polygon outer = counter_clockwise(outline);
    if (outer.size() < 3)
        return t;
    t.points = outer;
    std::vector<uint32_t> ring(outer.size());
    for (uint32_t i = 0; i < ring.size(); ++i)
        ring[i] = i;

    // Holes strictly inside and apart from each other, rightmost first.
    std::vector<std::pair<Polygon, Box>> cut;
    for (const Polygon* h : holes)
    {
        if (h->size() < 3 || area(*h) < 1e-9 || !strictly_inside(outer, *h))
            continue;
        Box b = bounds(*h);
        bool apart = std::none_of(cut.begin(), cut.end(), [&](const auto& c) { return c.second.overlaps(b); });
        if (apart)
            cut.push_back({*h, b});
    }
    std::sort(cut.begin(), cut.end(), [](const auto& a, const auto& b) { return a.second.max.x > b.second.max.x; });
    for (auto& [hole, box] : cut)
    {
        Polygon cw = counter_clockwise(hole);
        std::reverse(cw.begin(), cw.end());
        std::vector<uint32_t> idx;
        for (Vec2 p : cw)
        {
            idx.push_back(static_cast<uint32_t>(t.points.size()));
            t.points.push_back(p);
        }
        bridge(ring, t.points, std::move(idx));
        ++t.holes_cut;
    }
    clip_ears(t.points, ring, t.indices);
    return t;
}

double triangulated_area(const Triangulation& t)
{
    double a = 0;
    for (size_t i = 0; i + 2 < t.indices.size(); i += 3)
        a += cross(t.points[t.indices[i + 1]] - t.points[t.indices[i]],
                   t.points[t.indices[i + 2]] - t.points[t.indices[i]]) /
             2;
    return a;
}

} // namespace bp
