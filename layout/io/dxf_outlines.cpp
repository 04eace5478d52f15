// Tracing outlines from loose lines (see dxf_outlines.h): a planar graph of the drawn segments,
// loose ends bridged within the tolerance, split where segments cross or touch, dangling lines
// pruned; its faces become outlines in dxf_faces.cpp.
#include "dxf_outlines.h"

#include "dxf_faces.h"

#include "layout/model/diagnostics.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <unordered_map>

namespace bp
{

namespace
{

constexpr double kSnap = 1e-3;           // points closer than 1 mm are one point
constexpr long kMaxPairTests = 60000000; // bounding-box pairs examined while splitting

using dxf_faces::PlanarEdge;
using Edge = PlanarEdge;

class Graph : public dxf_faces::PlanarGraph
{
public:
    explicit Graph(const std::string& file, size_t max_segments) : file_(file), max_(max_segments) {}

    int vertex(Vec2 p)
    {
        int64_t cx = static_cast<int64_t>(std::floor(p.x / kSnap)), cy = static_cast<int64_t>(std::floor(p.y / kSnap));
        for (int64_t dx = -1; dx <= 1; ++dx)
            for (int64_t dy = -1; dy <= 1; ++dy)
            {
                auto it = cells_.find(key(cx + dx, cy + dy));
                if (it == cells_.end())
                    continue;
                for (int v : it->second)
                    if (distance(points[static_cast<size_t>(v)], p) <= kSnap)
                        return v;
            }
        points.push_back(p);
        int id = static_cast<int>(points.size() - 1);
        cells_[key(cx, cy)].push_back(id);
        return id;
    }

    void add_edge(int a, int b, int line)
    {
        if (a == b)
            return;
        auto k = std::minmax(a, b);
        if (!seen_.emplace(key(k.first, k.second), 0).second)
            return;
        if (edges.size() >= max_)
            throw InputError(file_, 0, "",
                             "more than " + std::to_string(max_) + " line pieces on one layer to trace outlines from");
        edges.push_back({a, b, line, true});
    }

    void reset_edges()
    {
        edges.clear();
        seen_.clear();
    }

private:
    static uint64_t key(int64_t x, int64_t y)
    {
        return (static_cast<uint64_t>(x) * 0x9E3779B97F4A7C15ull) ^ static_cast<uint64_t>(y);
    }
    const std::string& file_;
    size_t max_;
    std::unordered_map<uint64_t, std::vector<int>> cells_;
    std::unordered_map<uint64_t, int> seen_;
};

// Pairs of boxes that overlap (grown by `grow`), by a sweep along x. Calls f(i, j), i < j.
template <class F> void overlapping_pairs(const std::vector<Box>& boxes, double grow, const std::string& file, F f)
{
    std::vector<size_t> order(boxes.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return boxes[a].min.x < boxes[b].min.x; });
    std::vector<size_t> active;
    long tests = 0;
    for (size_t i : order)
    {
        const Box& bi = boxes[i];
        size_t keep = 0;
        for (size_t j : active)
        {
            if (boxes[j].max.x + grow < bi.min.x)
                continue; // leaves the sweep
            active[keep++] = j;
            if (++tests > kMaxPairTests)
                throw InputError(file, 0, "", "the lines of one layer are too many and too tangled to trace outlines");
            if (boxes[j].min.y <= bi.max.y + grow && bi.min.y <= boxes[j].max.y + grow)
                f(std::min(i, j), std::max(i, j));
        }
        active.resize(keep);
        active.push_back(i);
    }
}

Box box_of(Vec2 a, Vec2 b)
{
    Box x;
    x.add(a);
    x.add(b);
    return x;
}

// Parameter of p along a->b when p lies within kSnap of the segment's interior, else -1.
double interior_param(Vec2 p, Vec2 a, Vec2 b)
{
    Vec2 d = b - a;
    double len2 = dot(d, d);
    if (len2 < 1e-18)
        return -1;
    double t = dot(p - a, d) / len2;
    double len = std::sqrt(len2);
    if (t * len <= kSnap || (1 - t) * len <= kSnap)
        return -1;
    return distance(a + d * t, p) <= kSnap ? t : -1;
}

} // namespace

namespace
{

class Tracer
{
public:
    Tracer(const std::vector<DrawnChain>& chains, const TraceLimits& limits, const std::string& file)
        : g_(file, limits.max_segments), limits_(limits), file_(file)
    {
        for (const DrawnChain& c : chains)
            for (size_t i = 0; i + 1 < c.points.size(); ++i)
                g_.add_edge(g_.vertex(c.points[i]), g_.vertex(c.points[i + 1]), c.line);
    }

    void bridge_gaps(TracedOutlines& out);
    void split();
    void prune(TracedOutlines& out);
    void emit(const std::vector<Vec2>& names, TracedOutlines& out) { dxf_faces::outlines_from_faces(g_, names, out); }

private:
    Vec2 at(int v) const { return g_.points[static_cast<size_t>(v)]; }
    std::vector<int> degrees() const
    {
        std::vector<int> deg(g_.points.size(), 0);
        for (const Edge& e : g_.edges)
            if (e.alive)
            {
                ++deg[static_cast<size_t>(e.a)];
                ++deg[static_cast<size_t>(e.b)];
            }
        return deg;
    }

    Graph g_;
    TraceLimits limits_;
    const std::string& file_;
    std::vector<int> original_degree_;
};

void Tracer::bridge_gaps(TracedOutlines& out)
{
    std::vector<int> deg = degrees();
    std::vector<int> loose;
    for (size_t v = 0; v < deg.size(); ++v)
        if (deg[v] == 1)
            loose.push_back(static_cast<int>(v));
    double tol = limits_.tolerance_m;
    // End to end first, nearest pairs first.
    std::vector<Box> boxes;
    boxes.reserve(loose.size());
    for (int v : loose)
        boxes.push_back(box_of(at(v), at(v)));
    std::vector<std::tuple<double, int, int>> pairs;
    overlapping_pairs(boxes, tol, file_,
                      [&](size_t i, size_t j)
                      {
                          double d = distance(at(loose[i]), at(loose[j]));
                          if (d <= tol)
                              pairs.emplace_back(d, loose[i], loose[j]);
                      });
    std::sort(pairs.begin(), pairs.end());
    for (auto [d, a, b] : pairs)
        if (deg[static_cast<size_t>(a)] == 1 && deg[static_cast<size_t>(b)] == 1)
        {
            g_.add_edge(a, b, 0);
            ++deg[static_cast<size_t>(a)];
            ++deg[static_cast<size_t>(b)];
            ++out.gaps_bridged;
        }
    // Then a loose end that stops short of a line (a T drawn short) runs on to it.
    std::vector<int> still;
    for (int v : loose)
        if (deg[static_cast<size_t>(v)] == 1)
            still.push_back(v);
    if (still.empty())
        return;
    boxes.clear();
    size_t n_edges = g_.edges.size();
    for (size_t i = 0; i < n_edges; ++i)
        boxes.push_back(box_of(at(g_.edges[i].a), at(g_.edges[i].b)));
    for (int v : still)
        boxes.push_back(box_of(at(v), at(v)));
    std::map<int, std::pair<double, Vec2>> best; // loose end -> nearest point on another line
    overlapping_pairs(boxes, tol, file_,
                      [&](size_t i, size_t j)
                      {
                          if (i >= n_edges || j < n_edges)
                              return; // want (edge, point) pairs
                          int v = still[j - n_edges];
                          const Edge& e = g_.edges[i];
                          if (e.a == v || e.b == v)
                              return;
                          Vec2 a = at(e.a), b = at(e.b), p = at(v), d = b - a;
                          double t = std::clamp(dot(p - a, d) / std::max(dot(d, d), 1e-18), 0.0, 1.0);
                          Vec2 q = a + d * t;
                          double dist = distance(p, q);
                          auto it = best.find(v);
                          if (dist <= tol && dist > kSnap && (it == best.end() || dist < it->second.first))
                              best[v] = {dist, q};
                      });
    for (auto& [v, hit] : best)
    {
        g_.add_edge(v, g_.vertex(hit.second), 0);
        ++out.gaps_bridged;
    }
}

void Tracer::split()
{
    std::vector<Box> boxes;
    for (const Edge& e : g_.edges)
        boxes.push_back(box_of(at(e.a), at(e.b)));
    std::vector<std::vector<std::pair<double, int>>> cuts(g_.edges.size());
    overlapping_pairs(boxes, kSnap, file_,
                      [&](size_t i, size_t j)
                      {
                          const Edge &s = g_.edges[i], &t = g_.edges[j];
                          Vec2 a = at(s.a), b = at(s.b), c = at(t.a), d = at(t.b);
                          bool touched = false;
                          for (int v : {t.a, t.b})
                              if (double u = interior_param(at(v), a, b); u > 0)
                              {
                                  cuts[i].push_back({u, v});
                                  touched = true;
                              }
                          for (int v : {s.a, s.b})
                              if (double u = interior_param(at(v), c, d); u > 0)
                              {
                                  cuts[j].push_back({u, v});
                                  touched = true;
                              }
                          if (touched || s.a == t.a || s.a == t.b || s.b == t.a || s.b == t.b)
                              return;
                          Vec2 r = b - a, q = d - c;
                          double den = cross(r, q);
                          if (std::fabs(den) < 1e-18)
                              return;
                          double u = cross(c - a, q) / den, w = cross(c - a, r) / den;
                          if (u <= 0 || u >= 1 || w <= 0 || w >= 1)
                              return;
                          int v = g_.vertex(a + r * u);
                          cuts[i].push_back({u, v});
                          cuts[j].push_back({w, v});
                      });
    std::vector<Edge> old = std::move(g_.edges);
    g_.reset_edges();
    for (size_t i = 0; i < old.size(); ++i)
    {
        std::sort(cuts[i].begin(), cuts[i].end());
        int from = old[i].a;
        for (auto [u, v] : cuts[i])
        {
            g_.add_edge(from, v, old[i].line);
            from = v;
        }
        g_.add_edge(from, old[i].b, old[i].line);
    }
    original_degree_ = degrees();
}

// Removes lines that end loose, repeatedly; what was removed and touches no remaining line is an
// open chain (reported), the rest hung off an outline (counted).
void Tracer::prune(TracedOutlines& out)
{
    std::vector<int> deg = degrees();
    std::vector<std::vector<int>> incident(g_.points.size());
    for (size_t i = 0; i < g_.edges.size(); ++i)
        if (g_.edges[i].alive)
        {
            incident[static_cast<size_t>(g_.edges[i].a)].push_back(static_cast<int>(i));
            incident[static_cast<size_t>(g_.edges[i].b)].push_back(static_cast<int>(i));
        }
    std::vector<int> stack, removed;
    for (size_t v = 0; v < deg.size(); ++v)
        if (deg[v] == 1)
            stack.push_back(static_cast<int>(v));
    while (!stack.empty())
    {
        int v = stack.back();
        stack.pop_back();
        if (deg[static_cast<size_t>(v)] != 1)
            continue;
        for (int ei : incident[static_cast<size_t>(v)])
        {
            Edge& e = g_.edges[static_cast<size_t>(ei)];
            if (!e.alive)
                continue;
            e.alive = false;
            removed.push_back(ei);
            int w = e.a == v ? e.b : e.a;
            --deg[static_cast<size_t>(v)];
            if (--deg[static_cast<size_t>(w)] == 1)
                stack.push_back(w);
        }
    }
    // Group removed edges into connected pieces.
    std::vector<int> parent(g_.points.size());
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&](int x)
    {
        while (parent[static_cast<size_t>(x)] != x)
            x = parent[static_cast<size_t>(x)] = parent[static_cast<size_t>(parent[static_cast<size_t>(x)])];
        return x;
    };
    for (int ei : removed)
        parent[static_cast<size_t>(find(g_.edges[static_cast<size_t>(ei)].a))] =
            find(g_.edges[static_cast<size_t>(ei)].b);
    struct Piece
    {
        bool attached = false;
        int line = 1 << 30;
        Box box;
        std::vector<int> ends;
    };
    std::map<int, Piece> pieces;
    for (int ei : removed)
    {
        const Edge& e = g_.edges[static_cast<size_t>(ei)];
        Piece& p = pieces[find(e.a)];
        if (e.line > 0)
            p.line = std::min(p.line, e.line);
        for (int v : {e.a, e.b})
        {
            p.box.add(at(v));
            if (deg[static_cast<size_t>(v)] > 0)
                p.attached = true;
            if (original_degree_[static_cast<size_t>(v)] == 1)
                p.ends.push_back(v);
        }
    }
    for (auto& [root, p] : pieces)
    {
        if (p.attached)
        {
            ++out.stray_lines;
            continue;
        }
        OpenChain c;
        c.line = p.line == (1 << 30) ? 0 : p.line;
        c.extent = distance(p.box.min, p.box.max);
        c.loose_ends = static_cast<int>(p.ends.size());
        c.gap = 1e300;
        size_t n = std::min<size_t>(p.ends.size(), 64);
        for (size_t i = 0; i < n; ++i)
            for (size_t j = i + 1; j < n; ++j)
            {
                double d = distance(at(p.ends[i]), at(p.ends[j]));
                if (d < c.gap)
                {
                    c.gap = d;
                    c.at = (at(p.ends[i]) + at(p.ends[j])) * 0.5;
                }
            }
        if (c.gap == 1e300)
        {
            c.gap = 0;
            c.at = p.ends.empty() ? p.box.min : at(p.ends[0]);
        }
        out.open.push_back(c);
    }
}

} // namespace

TracedOutlines trace_outlines(const std::vector<DrawnChain>& chains, const std::vector<Vec2>& names,
                              const TraceLimits& limits, const std::string& file)
{
    TracedOutlines out;
    Tracer t(chains, limits, file);
    t.bridge_gaps(out);
    t.split();
    t.prune(out);
    t.emit(names, out);
    return out;
}

} // namespace bp
