// Building the plan view's vertex layers from the plan description.
#include "plan_scene.h"

#include "triangulate.h"

#include <algorithm>
#include <cmath>

namespace bp
{

namespace
{

FillVertex fv(Vec2 p, float z, uint32_t rgba)
{
    return {static_cast<float>(p.x), static_cast<float>(p.y), z, rgba};
}

void add_triangles(std::vector<FillVertex>& out, const Triangulation& t, float z, uint32_t rgba)
{
    for (uint32_t i : t.indices)
        out.push_back(fv(t.points[i], z, rgba));
}

void add_polygon(std::vector<FillVertex>& out, const Polygon& poly, float z, uint32_t rgba)
{
    add_triangles(out, triangulate(poly, {}), z, rgba);
}

void add_outline(std::vector<StrokeVertex>& out, const Polygon& poly, float z, float width_px, uint32_t rgba)
{
    for (size_t i = 0; i < poly.size(); ++i)
    {
        Vec2 a = poly[i], b = poly[(i + 1) % poly.size()];
        add_stroke(out, {a.x, a.y, z}, {b.x, b.y, z}, width_px, rgba);
    }
}

// Diagonal lines across a blocked zone, clipped to it (each line's pieces inside the polygon).
void add_hatch(std::vector<FillVertex>& out, const Polygon& zone, double step, uint32_t rgba)
{
    Box b = bounds(zone);
    double span = b.width() + b.height();
    for (double d = step / 2; d < span; d += step)
    {
        // The line x - y = b.min.x - b.max.y + d, from the bottom-left to the top-right.
        Vec2 p0{b.min.x + d - b.height(), b.min.y}, dir = normalized(Vec2{1, 1});
        std::vector<double> ts;
        for (size_t i = 0; i < zone.size(); ++i)
        {
            Vec2 a = zone[i], e = zone[(i + 1) % zone.size()] - a;
            double den = cross(dir, e);
            if (std::fabs(den) < 1e-12)
                continue;
            double t = cross(a - p0, e) / den, u = cross(a - p0, dir) / den;
            if (u >= 0 && u < 1)
                ts.push_back(t);
        }
        std::sort(ts.begin(), ts.end());
        for (size_t k = 0; k + 1 < ts.size(); k += 2)
        {
            out.push_back(fv(p0 + dir * ts[k], 0.003f, rgba));
            out.push_back(fv(p0 + dir * ts[k + 1], 0.003f, rgba));
        }
    }
}

void add_hall(PlanScene& s, const HallLook& hall, const PlanDescription& plan)
{
    using namespace plan_colour;
    std::vector<const Polygon*> holes;
    for (const Polygon& c : hall.columns)
        holes.push_back(&c);
    for (const Polygon& z : hall.blocked)
        holes.push_back(&z);
    Triangulation floor = triangulate(hall.outline, holes);
    s.floor_holes += floor.holes_cut;
    s.floors.begin_hall();
    add_triangles(s.floors.vertices, floor, 0, rgba_of(kFloor));
    for (const Polygon& z : hall.blocked)
        add_polygon(s.floors.vertices, z, 0.001f, rgba_of(kBlocked));
    s.floors.end_hall();

    s.clearances.begin_hall();
    for (const DoorLook& d : hall.doors)
        add_polygon(s.clearances.vertices, d.clearance, 0.002f, rgba_of(d.colour, 46));
    s.clearances.end_hall();

    s.hatching.begin_hall();
    for (const Polygon& z : hall.blocked)
        add_hatch(s.hatching.vertices, z, 1.5, rgba_of(kHatch));
    s.hatching.end_hall();

    s.booths.begin_hall();
    s.edges.begin_hall();
    for (BoothId id : hall.booths)
    {
        const BoothLook& b = plan.booth(id);
        s.booth_first[id.index()] = static_cast<uint32_t>(s.booths.vertices.size());
        add_booth_quad(s.booths.vertices, b, rgba_of(b.colour), 0.004f);
        for (size_t i = 0; i < 4; ++i)
        {
            s.edges.vertices.push_back(fv(b.footprint[i], 0.005f, rgba_of(kBoothEdge)));
            s.edges.vertices.push_back(fv(b.footprint[(i + 1) % 4], 0.005f, rgba_of(kBoothEdge)));
        }
    }
    s.booths.end_hall();
    s.edges.end_hall();

    s.columns.begin_hall();
    for (const Polygon& c : hall.columns)
        add_polygon(s.columns.vertices, c, 0.006f, rgba_of(kColumn));
    s.columns.end_hall();

    s.walls.begin_hall();
    add_outline(s.walls.vertices, hall.outline, 0.007f, 2.0f, rgba_of(kWall));
    for (const DoorLook& d : hall.doors)
        add_stroke(s.walls.vertices, {d.span.a.x, d.span.a.y, 0.008f}, {d.span.b.x, d.span.b.y, 0.008f}, 5.0f,
                   rgba_of(d.colour));
    s.walls.end_hall();
    s.hall_boxes.push_back(hall.box);
}

} // namespace

void add_stroke(std::vector<StrokeVertex>& out, glm::vec3 a, glm::vec3 b, float width_px, uint32_t rgba)
{
    const float corners[6][2] = {{0, -1}, {1, -1}, {1, 1}, {0, -1}, {1, 1}, {0, 1}};
    for (const auto& c : corners)
        out.push_back({{a.x, a.y, a.z}, {b.x, b.y, b.z}, c[0], c[1], width_px, rgba});
}

void add_marker(std::vector<MarkerVertex>& out, glm::vec3 at, float size_px, uint32_t rgba)
{
    const float corners[6][2] = {{-1, -1}, {1, -1}, {1, 1}, {-1, -1}, {1, 1}, {-1, 1}};
    for (const auto& c : corners)
        out.push_back({{at.x, at.y, at.z}, {c[0], c[1]}, size_px, rgba});
}

void add_booth_quad(std::vector<FillVertex>& out, const BoothLook& b, uint32_t rgba, float z)
{
    const Polygon& p = b.footprint;
    for (int i : {0, 1, 2, 0, 2, 3})
        out.push_back(fv(p[static_cast<size_t>(i)], z, rgba));
}

int64_t PlanScene::triangles() const
{
    int64_t t = static_cast<int64_t>(floors.vertices.size() + clearances.vertices.size() + booths.vertices.size() +
                                     columns.vertices.size() + walls.vertices.size() + region_fills.size() +
                                     region_edges.size()) /
                3;
    return t + static_cast<int64_t>(hall_labels.size() + region_labels.size()) * 2;
}

PlanScene build_plan_scene(const PlanDescription& plan, LabelWriter& writer)
{
    PlanScene s;
    s.booth_first.assign(plan.booths().size(), 0);
    for (const HallLook& hall : plan.halls())
    {
        add_hall(s, hall, plan);
        Vec2 mid{(hall.box.min.x + hall.box.max.x) / 2, (hall.box.min.y + hall.box.max.y) / 2};
        double size = std::clamp(std::min(hall.box.width(), hall.box.height()) * 0.16, 4.0, 40.0);
        floor_label(writer, hall.code, mid, size, true, rgba_of(0x1A1A1A, 230), s.hall_labels);
    }
    rebuild_regions(s, plan, writer);
    return s;
}

Range patch_booth_colour(PlanScene& s, const BoothLook& b)
{
    uint32_t first = s.booth_first[b.id.index()], rgba = rgba_of(b.colour);
    for (uint32_t i = first; i < first + 6; ++i)
        s.booths.vertices[i].rgba = rgba;
    return {first, 6};
}

void rebuild_regions(PlanScene& s, const PlanDescription& plan, LabelWriter& writer)
{
    s.region_fills.clear();
    s.region_edges.clear();
    s.region_labels.clear();
    for (const RegionLook& r : plan.regions())
    {
        bool pavilion = r.kind == RegionLook::Kind::Pavilion;
        add_polygon(s.region_fills, r.polygon, 0.0095f, rgba_of(r.colour, pavilion ? 70 : 40));
        add_outline(s.region_edges, r.polygon, 0.0096f, pavilion ? 2.5f : 1.5f, rgba_of(r.colour, 255));
        Box b = bounds(r.polygon);
        double size = std::clamp(std::min(b.width(), b.height()) * 0.08, 0.8, 6.0);
        Vec2 c = centroid(r.polygon);
        floor_label(writer, r.label, {c.x, c.y}, size, true, rgba_of(0x202020, 200), s.region_labels);
    }
}

} // namespace bp
