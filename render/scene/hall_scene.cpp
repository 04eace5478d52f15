// Building the 3D scene's layers from the plan description.
#include "hall_scene.h"

#include "triangulate.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>

namespace bp
{

namespace
{

LitVertex lv(double x, double y, double z, glm::dvec3 n, uint32_t rgba)
{
    auto q = [](double c) { return static_cast<int8_t>(std::lround(std::clamp(c, -1.0, 1.0) * 127)); };
    return {static_cast<float>(x), static_cast<float>(y), static_cast<float>(z), {q(n.x), q(n.y), q(n.z), 0}, rgba};
}

void add_floor(std::vector<LitVertex>& out, const Triangulation& t, double z, uint32_t rgba)
{
    for (uint32_t i : t.indices)
        out.push_back(lv(t.points[i].x, t.points[i].y, z, {0, 0, 1}, rgba));
}

// A vertical quad from a to b between heights z0 and z1, facing `n`.
void add_panel(std::vector<LitVertex>& out, Vec2 a, Vec2 b, double z0, double z1, glm::dvec3 n, uint32_t rgba)
{
    LitVertex p[4] = {lv(a.x, a.y, z0, n, rgba), lv(b.x, b.y, z0, n, rgba), lv(b.x, b.y, z1, n, rgba),
                      lv(a.x, a.y, z1, n, rgba)};
    for (int i : {0, 1, 2, 0, 2, 3})
        out.push_back(p[i]);
}

// A vertical prism over a counter-clockwise polygon: sides facing out, and a lid.
void add_prism(std::vector<LitVertex>& out, const Polygon& poly, double z0, double z1, uint32_t side, uint32_t top)
{
    Polygon ccw = counter_clockwise(poly);
    for (size_t i = 0; i < ccw.size(); ++i)
    {
        Vec2 a = ccw[i], b = ccw[(i + 1) % ccw.size()], d = normalized(b - a);
        add_panel(out, a, b, z0, z1, {d.y, -d.x, 0}, side);
    }
    add_floor(out, triangulate(ccw, {}), z1, top);
}

void add_statics(HallScene& s, const HallLook& hall)
{
    using namespace scene_colour;
    std::vector<const Polygon*> holes;
    for (const Polygon& c : hall.columns)
        holes.push_back(&c);
    for (const Polygon& z : hall.blocked)
        holes.push_back(&z);
    s.floors.begin_hall();
    add_floor(s.floors.vertices, triangulate(hall.outline, holes), 0, rgba_of(kFloor));
    for (const Polygon& z : hall.blocked)
        add_floor(s.floors.vertices, triangulate(z, {}), 0.01, rgba_of(kBlocked));
    s.floors.end_hall();
    s.fixtures.begin_hall();
    for (const Polygon& c : hall.columns)
        add_prism(s.fixtures.vertices, c, 0, hall.height_m, rgba_of(kColumn), rgba_of(kColumn));
    for (const DoorLook& d : hall.doors)
    {
        Vec2 in = d.inward * 0.05;
        add_panel(s.fixtures.vertices, d.span.a + in, d.span.b + in, 0, 3.5, {d.inward.x, d.inward.y, 0},
                  rgba_of(d.colour));
    }
    s.fixtures.end_hall();

    s.walls.begin_hall();
    Polygon ccw = counter_clockwise(hall.outline);
    for (size_t i = 0; i < ccw.size(); ++i)
    {
        Vec2 a = ccw[i], b = ccw[(i + 1) % ccw.size()], d = normalized(b - a);
        add_panel(s.walls.vertices, a, b, 0, hall.height_m, {d.y, -d.x, 0}, rgba_of(kHallWall));
    }
    s.walls.end_hall();
}

BoothInstance instance_of(const BoothLook& b)
{
    BoothInstance in{};
    in.origin[0] = static_cast<float>(b.footprint[0].x);
    in.origin[1] = static_cast<float>(b.footprint[0].y);
    in.along[0] = static_cast<float>(b.along.x);
    in.along[1] = static_cast<float>(b.along.y);
    in.size[0] = static_cast<float>(b.length_m);
    in.size[1] = static_cast<float>(b.depth_m);
    in.size[2] = static_cast<float>(b.height_m);
    in.rgba = rgba_of(b.colour);
    for (int s = 0; s < 4; ++s)
    {
        in.flags |= b.open[s] ? 1u << s : 0u;
        in.flags |= b.edge[s] ? 1u << (5 + s) : 0u;
    }
    in.flags |= b.raw ? 16u : 0u;
    return in;
}

Polygon inset(const BoothLook& b, double d)
{
    Vec2 a = b.along * d, x = b.across * d;
    const Polygon& p = b.footprint;
    return {p[0] + a + x, p[1] - a + x, p[2] - a - x, p[3] + a - x};
}

// A stand: a box of its key colour, 0.3 m inside its plot.
void add_stand(std::vector<LitVertex>& out, const BoothLook& b, uint32_t side, uint32_t top)
{
    add_prism(out, inset(b, 0.3), 0, b.height_m, side, top);
}

// A wall line between two points, either way round, to the millimetre, with its height.
struct WallKey
{
    std::array<int64_t, 5> v;
    WallKey(Vec2 a, Vec2 b, double height)
    {
        auto mm = [](double x) { return static_cast<int64_t>(std::llround(x * 1000)); };
        std::array<int64_t, 2> p{mm(a.x), mm(a.y)}, q{mm(b.x), mm(b.y)};
        if (q < p)
            std::swap(p, q);
        v = {p[0], p[1], q[0], q[1], mm(height)};
    }
    bool operator<(const WallKey& o) const { return v < o.v; }
    bool operator==(const WallKey& o) const { return v == o.v; }
};

struct CastingWall
{
    WallKey key;
    Vec2 a, b, out;
    double height;
};

// What of a booth casts a shadow: its stand (now), or its closed walls (kept in `walls`).
void add_casters(std::vector<LitVertex>& out, const BoothLook& b, std::vector<CastingWall>& walls)
{
    if (b.raw)
        return add_stand(out, b, 0, 0);
    for (int k = 0; k < 4; ++k)
        if (!b.open[k])
        {
            const Segment side = b.side(k);
            walls.push_back({WallKey(side.a, side.b, b.height_m), side.a, side.b, b.outward(k), b.height_m});
        }
}

// The hall's stands, seen from afar over the hall's map.
std::vector<LitVertex> stands_of(const PlanDescription& plan, HallId hall)
{
    std::vector<LitVertex> v;
    for (BoothId id : plan.hall(hall).booths)
    {
        const BoothLook& b = plan.booth(id);
        if (b.raw)
            add_stand(v, b, rgba_of(b.colour), rgba_of(lighter(b.colour, 0.15)));
    }
    return v;
}

std::vector<LitVertex> casters_of(const PlanDescription& plan, const HallLook& hall)
{
    std::vector<LitVertex> v;
    std::vector<CastingWall> walls;
    for (BoothId id : hall.booths)
        add_casters(v, plan.booth(id), walls);
    // Neighbours share the wall between them: it is drawn once, the map it makes is the same.
    std::stable_sort(walls.begin(), walls.end(),
                     [](const CastingWall& x, const CastingWall& y) { return x.key < y.key; });
    walls.erase(std::unique(walls.begin(), walls.end(),
                            [](const CastingWall& x, const CastingWall& y) { return x.key == y.key; }),
                walls.end());
    for (const CastingWall& w : walls)
        add_panel(v, w.a, w.b, 0, w.height, {w.out.x, w.out.y, 0}, 0);
    for (const Polygon& c : hall.columns)
        add_prism(v, c, 0, hall.height_m, 0, 0);
    return v;
}

} // namespace

uint32_t lighter(uint32_t c, double t)
{
    auto ch = [&](int s) { return static_cast<uint32_t>(((c >> s) & 0xFF) + (255 - ((c >> s) & 0xFF)) * t) << s; };
    return ch(16) | ch(8) | ch(0);
}

BoothTemplate booth_template()
{
    BoothTemplate t;
    auto quad = [&](TemplateVertex a, TemplateVertex b, TemplateVertex c, TemplateVertex d)
    {
        const auto first = static_cast<uint16_t>(t.vertices.size());
        for (const TemplateVertex& v : {a, b, c, d})
            t.vertices.push_back(v);
        for (int k : {0, 1, 2, 0, 2, 3})
            t.indices.push_back(static_cast<uint16_t>(first + k));
    };
    // Side s runs between two corners of the unit square: 0 (v=0), 1 (v=1), 2 (u=0), 3 (u=1), in the
    // order that winds counter-clockwise seen from outside.
    const float side[4][4] = {{0, 0, 1, 0}, {1, 1, 0, 1}, {0, 1, 0, 0}, {1, 0, 1, 1}};
    const float fascia = -static_cast<float>(kFascia_m);
    for (int s = 0; s < 4; ++s)
    {
        float u0 = side[s][0], v0 = side[s][1], u1 = side[s][2], v1 = side[s][3], p = static_cast<float>(s);
        quad({u0, v0, 0, fascia, p}, {u1, v1, 0, fascia, p}, {u1, v1, 1, 0, p}, {u0, v0, 1, 0, p});
    }
    quad({0, 0, 0, 0.02f, 8}, {1, 0, 0, 0.02f, 8}, {1, 1, 0, 0.02f, 8}, {0, 1, 0, 0.02f, 8});
    quad({0, 0, 1, 0, 9}, {1, 0, 1, 0, 9}, {1, 1, 1, 0, 9}, {0, 1, 1, 0, 9});
    return t;
}

int64_t HallScene::static_triangles() const
{
    size_t v = 0;
    for (const Layer<LitVertex>* l : {&floors, &fixtures, &walls})
        for (const Range& r : l->halls)
            v += r.count;
    return static_cast<int64_t>(v / 3);
}

HallScene build_hall_scene(const PlanDescription& plan)
{
    HallScene s;
    s.booth_instance.assign(plan.booths().size(), 0);
    for (const HallLook& hall : plan.halls())
    {
        add_statics(s, hall);
        s.hall_instances.push_back({static_cast<uint32_t>(s.instances.size()), 0});
        for (BoothId id : hall.booths)
        {
            s.booth_instance[id.index()] = static_cast<uint32_t>(s.instances.size());
            s.instances.push_back(instance_of(plan.booth(id)));
        }
        s.hall_instances.back().count = static_cast<uint32_t>(s.instances.size()) - s.hall_instances.back().first;
        s.stands.begin_hall();
        std::vector<LitVertex> stands = stands_of(plan, hall.id), casters = casters_of(plan, hall);
        s.stands.vertices.insert(s.stands.vertices.end(), stands.begin(), stands.end());
        s.stands.end_hall(true);
        s.casters.begin_hall();
        s.casters.vertices.insert(s.casters.vertices.end(), casters.begin(), casters.end());
        s.casters.end_hall(true);
        s.hall_boxes.push_back(hall.box);
        s.hall_heights.push_back(hall.height_m);
    }
    rebuild_region_floors(s, plan);
    return s;
}

bool patch_hall_booths(HallScene& s, const PlanDescription& plan, HallId hall, bool* casters_moved)
{
    const HallLook& h = plan.hall(hall);
    std::vector<LitVertex> casters = casters_of(plan, h);
    const Range& r = s.casters.halls[hall.index()];
    *casters_moved = casters.size() != r.count ||
                     std::memcmp(casters.data(), &s.casters.vertices[r.first], casters.size() * sizeof(LitVertex)) != 0;
    if (!s.stands.replace_hall(hall.index(), stands_of(plan, hall)) || !s.casters.replace_hall(hall.index(), casters))
        return false;
    for (BoothId id : h.booths)
        s.instances[s.booth_instance[id.index()]] = instance_of(plan.booth(id));
    return true;
}

void rebuild_region_floors(HallScene& s, const PlanDescription& plan)
{
    s.region_floors.clear();
    for (const RegionLook& r : plan.regions())
        add_floor(s.region_floors, triangulate(r.polygon, {}), 0.015,
                  rgba_of(r.colour, r.kind == RegionLook::Kind::Pavilion ? 110 : 70));
}

std::vector<GlyphQuad> hall_fascia_labels(const PlanDescription& plan, HallId hall, LabelWriter& writer)
{
    std::vector<GlyphQuad> out;
    for (BoothId id : plan.hall(hall).booths)
        booth_fascia_labels(writer, plan.booth(id), out);
    return out;
}

std::vector<GlyphQuad> hall_plan_labels(const PlanDescription& plan, HallId hall, LabelWriter& writer)
{
    std::vector<GlyphQuad> out;
    for (BoothId id : plan.hall(hall).booths)
        booth_plan_label(writer, plan.booth(id), out);
    return out;
}

} // namespace bp
