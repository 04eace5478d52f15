// Faces of the tracer's planar graph and the outlines they give (see dxf_faces.h).
#include "dxf_faces.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace bp::dxf_faces
{

namespace
{

constexpr double kSnap = 1e-3; // as the graph's: points closer than 1 mm are one point

class FaceWork
{
public:
    explicit FaceWork(PlanarGraph& g) : g_(g) {}

    Faces faces() const;
    void emit(const std::vector<Vec2>& names, TracedOutlines& out);

private:
    Vec2 at(int v) const { return g_.points[static_cast<size_t>(v)]; }
    Vec2 tail(int h) const
    {
        const PlanarEdge& e = g_.edges[static_cast<size_t>(h / 2)];
        return at(h % 2 ? e.b : e.a);
    }
    int head_vertex(int h) const
    {
        const PlanarEdge& e = g_.edges[static_cast<size_t>(h / 2)];
        return h % 2 ? e.a : e.b;
    }
    void outline_from_walk(const std::vector<int>& halfedges, bool reverse, TracedOutlines& out) const;
    Faces faces_without_bridges(TracedOutlines& out);
    std::vector<int> parts(const Faces& f) const;
    std::vector<int> named_faces(const Faces& f, const std::vector<Vec2>& names) const;
    void grow_groups(const Faces& f, const std::vector<size_t>& part, const std::vector<int>& named,
                     std::vector<int>& group) const;
    void group_outlines(const Faces& f, const std::vector<size_t>& part, const std::vector<int>& group,
                        TracedOutlines& out) const;

    PlanarGraph& g_;
};

Faces FaceWork::faces() const
{
    // Outgoing half-edges of each vertex by angle; half-edge 2i runs a->b of edge i, 2i+1 back.
    std::vector<std::vector<int>> out(g_.points.size());
    for (size_t i = 0; i < g_.edges.size(); ++i)
        if (g_.edges[i].alive)
        {
            out[static_cast<size_t>(g_.edges[i].a)].push_back(static_cast<int>(2 * i));
            out[static_cast<size_t>(g_.edges[i].b)].push_back(static_cast<int>(2 * i + 1));
        }
    std::vector<int> slot(2 * g_.edges.size(), -1);
    for (auto& list : out)
    {
        std::vector<std::pair<double, int>> by_angle;
        for (int h : list)
        {
            Vec2 d = at(head_vertex(h)) - tail(h);
            by_angle.push_back({std::atan2(d.y, d.x), h});
        }
        std::sort(by_angle.begin(), by_angle.end());
        for (size_t k = 0; k < by_angle.size(); ++k)
        {
            list[k] = by_angle[k].second;
            slot[static_cast<size_t>(list[k])] = static_cast<int>(k);
        }
    }
    Faces f;
    f.next.assign(slot.size(), -1);
    f.face.assign(slot.size(), -1);
    for (size_t h = 0; h < slot.size(); ++h)
    {
        if (slot[h] < 0)
            continue;
        int twin = static_cast<int>(h ^ 1);
        const std::vector<int>& around = out[static_cast<size_t>(head_vertex(static_cast<int>(h)))];
        int k = slot[static_cast<size_t>(twin)];
        f.next[h] =
            around[static_cast<size_t>((k + static_cast<int>(around.size()) - 1) % static_cast<int>(around.size()))];
    }
    for (size_t h = 0; h < slot.size(); ++h)
    {
        if (slot[h] < 0 || f.face[h] >= 0)
            continue;
        int id = static_cast<int>(f.cycles.size());
        std::vector<int> cycle;
        double a2 = 0;
        for (int e = static_cast<int>(h); f.face[static_cast<size_t>(e)] < 0; e = f.next[static_cast<size_t>(e)])
        {
            f.face[static_cast<size_t>(e)] = id;
            cycle.push_back(e);
            a2 += cross(tail(e), at(head_vertex(e)));
        }
        f.cycles.push_back(std::move(cycle));
        f.area.push_back(a2 / 2);
    }
    return f;
}

// A closed walk of half-edges as outlines: split where it passes a vertex twice (two regions
// touching at a corner), loops of positive area kept, collinear points dropped.
void FaceWork::outline_from_walk(const std::vector<int>& walk, bool reverse, TracedOutlines& out) const
{
    std::vector<int> verts;
    int line = 1 << 30;
    for (int h : walk)
    {
        verts.push_back(h % 2 ? g_.edges[static_cast<size_t>(h / 2)].b : g_.edges[static_cast<size_t>(h / 2)].a);
        int l = g_.edges[static_cast<size_t>(h / 2)].line;
        if (l > 0)
            line = std::min(line, l);
    }
    if (reverse)
        std::reverse(verts.begin(), verts.end());
    std::vector<int> stack;
    std::map<int, size_t> where;
    std::vector<std::vector<int>> loops;
    for (size_t i = 0; i <= verts.size(); ++i)
    {
        int v = verts[i % verts.size()];
        auto it = where.find(v);
        if (it == where.end())
        {
            where[v] = stack.size();
            stack.push_back(v);
            continue;
        }
        std::vector<int> loop(stack.begin() + static_cast<long>(it->second), stack.end());
        for (size_t k = it->second + 1; k < stack.size(); ++k)
            where.erase(stack[k]);
        stack.resize(it->second + 1);
        loops.push_back(std::move(loop));
    }
    for (const std::vector<int>& loop : loops)
    {
        Polygon poly;
        for (int v : loop)
            poly.push_back(at(v));
        if (signed_area(poly) <= 1e-9)
            continue;
        Polygon simple;
        for (size_t i = 0; i < poly.size(); ++i)
        {
            Vec2 prev = simple.empty() ? poly[(i + poly.size() - 1) % poly.size()] : simple.back();
            Vec2 p = poly[i], next = poly[(i + 1) % poly.size()];
            double len = distance(prev, next);
            if (len > 0 && std::fabs(cross(p - prev, next - prev)) / len <= kSnap * 0.1)
                continue; // on the line from its neighbours
            simple.push_back(p);
        }
        if (simple.size() >= 3)
            out.outlines.push_back({simple, line == (1 << 30) ? 0 : line});
    }
}

Faces FaceWork::faces_without_bridges(TracedOutlines& out)
{
    Faces f = faces();
    bool bridges = false;
    for (size_t i = 0; i < g_.edges.size(); ++i)
        if (g_.edges[i].alive && f.face[2 * i] == f.face[2 * i + 1])
        {
            g_.edges[i].alive = false; // a line joining two outlines, or inside one, enclosing nothing
            ++out.stray_lines;
            bridges = true;
        }
    return bridges ? faces() : f;
}

// The connected part of the graph each face belongs to.
std::vector<int> FaceWork::parts(const Faces& f) const
{
    std::vector<int> parent(g_.points.size());
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&](int x)
    {
        while (parent[static_cast<size_t>(x)] != x)
            x = parent[static_cast<size_t>(x)] = parent[static_cast<size_t>(parent[static_cast<size_t>(x)])];
        return x;
    };
    for (const PlanarEdge& e : g_.edges)
        if (e.alive)
            parent[static_cast<size_t>(find(e.a))] = find(e.b);
    std::vector<int> part(f.cycles.size());
    for (size_t k = 0; k < f.cycles.size(); ++k)
        part[k] = find(g_.edges[static_cast<size_t>(f.cycles[k][0] / 2)].a);
    return part;
}

// Faces with a name inside: each name marks the smallest bounded face around it.
std::vector<int> FaceWork::named_faces(const Faces& f, const std::vector<Vec2>& names) const
{
    size_t nf = f.cycles.size();
    std::vector<Polygon> poly(nf);
    std::vector<Box> box(nf);
    for (size_t k = 0; k < nf; ++k)
    {
        for (int h : f.cycles[k])
            poly[k].push_back(tail(h));
        box[k] = bounds(poly[k]);
    }
    std::vector<int> named(nf, 0);
    for (Vec2 p : names)
    {
        int best = -1;
        for (size_t k = 0; k < nf; ++k)
            if (f.area[k] > 0 && p.x >= box[k].min.x && p.x <= box[k].max.x && p.y >= box[k].min.y &&
                p.y <= box[k].max.y && contains(poly[k], p) &&
                (best < 0 || f.area[k] < f.area[static_cast<size_t>(best)]))
                best = static_cast<int>(k);
        if (best >= 0)
            named[static_cast<size_t>(best)] = 1;
    }
    return named;
}

// Named faces seed groups; unnamed faces join the neighbouring group they share the longest wall
// with (on a tie, the smaller group); faces no group reaches are groups of their own.
void FaceWork::grow_groups(const Faces& f, const std::vector<size_t>& part, const std::vector<int>& named,
                           std::vector<int>& group) const
{
    std::map<std::pair<size_t, size_t>, double> shared;
    for (size_t k : part)
        for (int h : f.cycles[k])
        {
            size_t other = static_cast<size_t>(f.face[static_cast<size_t>(h ^ 1)]);
            if (other != k && f.area[other] > 0 && f.area[k] > 0)
                shared[{k, other}] += distance(tail(h), at(head_vertex(h)));
        }
    std::map<int, double> group_area;
    for (size_t k : part)
        if (named[k] && f.area[k] > 0)
        {
            group[k] = static_cast<int>(k);
            group_area[group[k]] = f.area[k];
        }
    for (bool grew = true; grew;)
    {
        grew = false;
        double best = 0;
        std::pair<size_t, size_t> pick;
        for (auto& [pair, len] : shared)
        {
            if (group[pair.first] >= 0 || group[pair.second] < 0)
                continue;
            bool tie = std::fabs(len - best) <= 1e-9 * std::max(1.0, len);
            if ((len > best && !tie) ||
                (tie && best > 0 && group_area[group[pair.second]] < group_area[group[pick.second]]))
            {
                best = len;
                pick = pair;
            }
        }
        if (best > 0)
        {
            group[pick.first] = group[pick.second];
            group_area[group[pick.second]] += f.area[pick.first];
            grew = true;
        }
    }
    for (size_t k : part)
        if (f.area[k] > 0 && group[k] < 0)
            group[k] = static_cast<int>(k);
}

// Each group's boundary: the half-edges of the group whose twin lies outside it, walked round.
void FaceWork::group_outlines(const Faces& f, const std::vector<size_t>& part, const std::vector<int>& group,
                              TracedOutlines& out) const
{
    auto in_group = [&](int h, int gid) { return group[static_cast<size_t>(f.face[static_cast<size_t>(h)])] == gid; };
    std::vector<char> used(f.face.size(), 0);
    for (size_t k : part)
    {
        if (f.area[k] <= 0)
            continue;
        int gid = group[k];
        for (int h0 : f.cycles[k])
        {
            if (used[static_cast<size_t>(h0)] || in_group(h0 ^ 1, gid))
                continue;
            std::vector<int> walk;
            int h = h0;
            for (size_t guard = 0; !used[static_cast<size_t>(h)] && guard < f.face.size(); ++guard)
            {
                used[static_cast<size_t>(h)] = 1;
                walk.push_back(h);
                int e = f.next[static_cast<size_t>(h)];
                for (size_t turn = 0; in_group(e ^ 1, gid) && turn < f.face.size(); ++turn)
                    e = f.next[static_cast<size_t>(e ^ 1)]; // round the vertex past walls inside the group
                h = e;
            }
            outline_from_walk(walk, false, out);
        }
    }
}

void FaceWork::emit(const std::vector<Vec2>& names, TracedOutlines& out)
{
    Faces f = faces_without_bridges(out);
    std::vector<int> part = parts(f);
    std::vector<int> named = named_faces(f, names);
    std::map<int, std::vector<size_t>> faces_of;
    for (size_t k = 0; k < f.cycles.size(); ++k)
        faces_of[part[k]].push_back(k);
    std::vector<int> group(f.cycles.size(), -1);
    for (auto& [c, list] : faces_of)
    {
        size_t outer = list[0];
        int named_count = 0;
        for (size_t k : list)
        {
            if (f.area[k] < f.area[outer])
                outer = k;
            named_count += named[k];
        }
        if (named_count >= 2 && list.size() <= 5000)
        {
            grow_groups(f, list, named, group);
            group_outlines(f, list, group, out);
            continue;
        }
        // One hall: the part's outside; the lines inside it divide nothing names tell apart.
        size_t before = out.outlines.size();
        outline_from_walk(f.cycles[outer], true, out);
        size_t boundary = f.cycles[outer].size(), total = 0;
        for (size_t k : list)
            total += f.cycles[k].size();
        if (out.outlines.size() > before)
            out.inner_lines += static_cast<int>((total - 2 * boundary) / 2);
    }
}

} // namespace

void outlines_from_faces(PlanarGraph& g, const std::vector<Vec2>& names, TracedOutlines& out)
{
    FaceWork(g).emit(names, out);
}

} // namespace bp::dxf_faces
