// The renderer's scene, cameras and picking without a display: a hall floor keeps its area with
// columns cut out, every booth becomes one coloured rectangle that an edit recolours in place, the
// plan camera zooms about the cursor, the orbit camera keeps the floor point under the cursor, and
// a click or a ray finds the booth, door, pavilion region or hall that is there.
#include "render/scene/camera.h"
#include "render/scene/hall_scene.h"
#include "render/scene/picking.h"
#include "render/scene/plan_scene.h"
#include "render/scene/triangulate.h"
#include "tests/support/export_fixture.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <map>

using namespace bp;

namespace
{

const Project& tiny_fair()
{
    static const Project p = test::let_sample(SamplePreset::Tiny);
    return p;
}

Vec2 middle(const Polygon& p)
{
    Box b = bounds(p);
    return {(b.min.x + b.max.x) / 2, (b.min.y + b.max.y) / 2};
}

} // namespace

// [SECTION] Triangulation --------------------------------------------------------------------------

TEST_CASE("a hall floor with columns cut out keeps the floor's area less the columns'")
{
    Polygon hall = rectangle({0, 0}, {126, 84});
    std::vector<Polygon> columns;
    for (double x = 18; x < 126; x += 18)
        for (double y = 21; y < 84; y += 21)
            columns.push_back(rectangle({x - 0.5, y - 0.5}, {x + 0.5, y + 0.5}));
    std::vector<const Polygon*> holes;
    for (const Polygon& c : columns)
        holes.push_back(&c);
    Triangulation t = triangulate(hall, holes);
    CHECK(t.holes_cut == static_cast<int>(columns.size()));
    CHECK(triangulated_area(t) == Approx(126 * 84 - static_cast<double>(columns.size())));
    // No triangle covers a column's middle.
    for (const Polygon& c : columns)
    {
        Vec2 m = middle(c);
        for (size_t i = 0; i < t.indices.size(); i += 3)
        {
            Polygon tri{t.points[t.indices[i]], t.points[t.indices[i + 1]], t.points[t.indices[i + 2]]};
            CHECK_FALSE((contains(tri, m) && area(tri) > 1e-9));
        }
    }
}

TEST_CASE("an L-shaped hall with a stair core triangulates; a zone on the wall stays in the floor")
{
    Polygon hall{{0, 0}, {60, 0}, {60, 30}, {30, 30}, {30, 60}, {0, 60}};
    Polygon core = rectangle({10, 10}, {20, 20});
    Polygon on_wall = rectangle({40, 0}, {50, 8}); // touches the outline: drawn on top instead
    Triangulation t = triangulate(hall, {&core, &on_wall});
    CHECK(t.holes_cut == 1);
    CHECK(triangulated_area(t) == Approx(area(hall) - area(core)));
    for (size_t i = 0; i < t.indices.size(); i += 3)
        CHECK(cross(t.points[t.indices[i + 1]] - t.points[t.indices[i]],
                    t.points[t.indices[i + 2]] - t.points[t.indices[i]]) >= 0);
}

// [SECTION] Scenes ---------------------------------------------------------------------------------

TEST_CASE("the plan scene has one rectangle per booth in its key colour, and an edit recolours just it")
{
    Project p = tiny_fair();
    PlanDescription plan(p, ColourBy::Pavilion);
    GlyphAtlas atlas;
    LabelWriter writer(atlas);
    PlanScene s = build_plan_scene(plan, writer);
    REQUIRE(s.booths.vertices.size() == 6 * p.booths.size());
    REQUIRE(s.booths.halls.size() == p.venue.halls.size());
    CHECK(s.edges.vertices.size() == 8 * p.booths.size());
    CHECK(s.floor_holes == static_cast<int>(p.hall(HallId(0)).columns.size() + p.hall(HallId(0)).blocked.size()));
    for (const BoothLook& b : plan.booths())
        CHECK(s.booths.vertices[s.booth_first[b.id.index()]].rgba == rgba_of(b.colour));
    CHECK(!s.hall_labels.empty());

    // Free a let booth: its six vertices turn white, nothing else moves.
    BoothId id;
    for (const BoothLook& b : plan.booths())
        if (b.exhibitor.valid() && b.colour != ColourKey::kFree)
            id = b.id;
    REQUIRE(id.valid());
    std::vector<FillVertex> before = s.booths.vertices;
    PlanChange change = plan.update(p, apply_edit(p, AssignBooth{id, {}, BoothStatus::Available}).changed);
    REQUIRE(change.booths == std::vector<BoothId>{id});
    Range r = patch_booth_colour(s, plan.booth(id));
    CHECK(r.count == 6);
    for (size_t i = 0; i < before.size(); ++i)
    {
        bool inside = i >= r.first && i < r.first + r.count;
        CHECK((s.booths.vertices[i].rgba == (inside ? rgba_of(ColourKey::kFree) : before[i].rgba)));
    }
}

TEST_CASE("the 3D scene instances every booth, walls on closed sides only, stands as taller boxes")
{
    const Project& p = tiny_fair();
    PlanDescription plan(p, ColourBy::Pavilion);
    HallScene s = build_hall_scene(plan);
    REQUIRE(s.instances.size() == p.booths.size());
    for (const BoothLook& b : plan.booths())
    {
        const BoothInstance& in = s.instances[s.booth_instance[b.id.index()]];
        CHECK(in.size[2] == Approx(b.height_m));
        for (int k = 0; k < 4; ++k)
            CHECK(((in.flags >> k & 1u) != 0) == b.open[k]);
        CHECK(((in.flags & 16u) != 0) == b.raw);
    }
    BoothTemplate t = booth_template();
    CHECK(t.vertices.size() == 6 * 4); // four sides (a wall or a fascia each), carpet, stand top
    REQUIRE(t.indices.size() == 6 * 6);
    for (size_t k = 0; k < t.indices.size(); ++k) // each quad's two triangles use its own corners
    {
        CHECK(t.indices[k] / 4 == k / 6);
        CHECK(t.vertices[t.indices[k]].part == t.vertices[(k / 6) * 4].part);
    }
    // Walls and fascias span the unit square's sides; the carpet lies on the floor.
    for (const TemplateVertex& v : t.vertices)
    {
        CHECK(v.u >= 0);
        CHECK(v.u <= 1);
        if (v.part == 8)
            CHECK(v.zf == 0);
    }
    CHECK(s.walls.vertices.size() == 6 * p.hall(HallId(0)).outline.size());
    CHECK(s.static_triangles() > 0);
}

TEST_CASE("every closed wall of a shell booth casts a shadow, and a wall two booths share casts once")
{
    const Project& p = tiny_fair();
    PlanDescription plan(p, ColourBy::Pavilion);
    HallScene s = build_hall_scene(plan);
    // The casters' vertical panels (two triangles from the floor up) as wall lines, to the millimetre.
    using Line = std::pair<std::pair<long, long>, std::pair<long, long>>;
    auto line = [](double ax, double ay, double bx, double by)
    {
        std::pair<long, long> a{std::lround(ax * 1000), std::lround(ay * 1000)},
            b{std::lround(bx * 1000), std::lround(by * 1000)};
        return a < b ? Line{a, b} : Line{b, a};
    };
    std::map<Line, int> cast;
    const std::vector<LitVertex>& v = s.casters.vertices;
    for (size_t i = 0; i + 5 < v.size(); i += 6)
        if (v[i].z == 0 && v[i + 1].z == 0 && v[i + 2].z > 0 && v[i + 2].x == v[i + 1].x && v[i + 2].y == v[i + 1].y)
            ++cast[line(v[i].x, v[i].y, v[i + 1].x, v[i + 1].y)];
    size_t closed = 0, shared = 0;
    std::map<Line, int> sides;
    for (const BoothLook& b : plan.booths())
    {
        if (b.raw)
            continue;
        const Polygon& f = b.footprint;
        const Vec2 ends[4][2] = {{f[0], f[1]}, {f[2], f[3]}, {f[3], f[0]}, {f[1], f[2]}}; // open_side order
        for (int k = 0; k < 4; ++k)
            if (!b.open[k])
            {
                ++closed;
                Line l = line(static_cast<float>(ends[k][0].x), static_cast<float>(ends[k][0].y),
                              static_cast<float>(ends[k][1].x), static_cast<float>(ends[k][1].y));
                shared += ++sides[l] == 2;
                CHECK(cast.count(l) == 1);
            }
    }
    REQUIRE(shared > 0); // the tiny fair has neighbours with a wall between them
    for (const auto& [l, n] : cast)
        CHECK(n == 1);
    INFO(closed << " closed sides, " << shared << " shared");
    CHECK(sides.size() == closed - shared);
}

TEST_CASE("fascia text is read from the aisle and booth labels stay inside their booth")
{
    const Project& p = tiny_fair();
    PlanDescription plan(p, ColourBy::Pavilion);
    GlyphAtlas atlas;
    LabelWriter writer(atlas);
    for (const BoothLook& b : plan.booths())
    {
        std::vector<GlyphQuad> quads;
        booth_plan_label(writer, b, quads);
        REQUIRE(!quads.empty());
        for (const GlyphQuad& q : quads)
        {
            Vec2 o{q.origin[0], q.origin[1]};
            Vec2 far{q.origin[0] + q.x_axis[0] + q.y_axis[0], q.origin[1] + q.x_axis[1] + q.y_axis[1]};
            Polygon grown = offset(b.footprint, 0.05);
            CHECK(contains(grown, o));
            CHECK(contains(grown, far));
        }
        std::vector<GlyphQuad> fascia;
        booth_fascia_labels(writer, b, fascia);
        if (b.raw || std::none_of(b.open, b.open + 4, [](bool o) { return o; }))
            continue;
        REQUIRE(!fascia.empty());
        for (const GlyphQuad& q : fascia)
        {
            // Upright on the fascia band, at the top of the walls.
            CHECK(q.origin[2] > kShellWall_m - kFascia_m);
            CHECK(q.origin[2] + q.y_axis[2] < kShellWall_m + 0.01);
            CHECK(q.y_axis[0] == Approx(0).margin(1e-6));
        }
    }
    CHECK(atlas.glyph_count() > 50);
}

TEST_CASE("a floor label at the edge of the view moves inside it, no further than needed")
{
    GlyphAtlas atlas;
    LabelWriter writer(atlas);
    const std::string reason = "Jewellery JSC would stand next door to its competitor";
    const Box view{{0, 0}, {100, 60}};
    auto extent = [](const std::vector<GlyphQuad>& q)
    {
        Box b;
        for (const GlyphQuad& g : q)
        {
            b.add({g.origin[0], g.origin[1]});
            b.add({g.origin[0] + g.x_axis[0] + g.y_axis[0], g.origin[1] + g.x_axis[1] + g.y_axis[1]});
        }
        return b;
    };
    std::vector<GlyphQuad> free, kept, middle, plain;
    floor_label(writer, reason, {2, 30}, 2.0, true, 0xFF000000, free);
    floor_label(writer, reason, {2, 30}, 2.0, true, 0xFF000000, kept, &view);
    floor_label(writer, reason, {50, 30}, 2.0, true, 0xFF000000, middle, &view);
    floor_label(writer, reason, {50, 30}, 2.0, true, 0xFF000000, plain);
    REQUIRE(!free.empty());
    CHECK(extent(free).min.x < 0); // centred at x 2, most of it off the view's west edge
    CHECK(extent(kept).min.x >= 0);
    CHECK(extent(kept).min.x < 1.5); // moved just inside
    CHECK(extent(kept).width() == Approx(extent(free).width()));
    CHECK(extent(middle).min.x == Approx(extent(plain).min.x)); // inside already: not moved
}

TEST_CASE("Persian is shaped into joined presentation forms in reading order; Latin passes unchanged")
{
    std::u32string latin = utf32("Aftab Auto Parts");
    CHECK(visual_line(latin) == latin);
    // "شرکت" (sheen, reh, keheh, teh): joined forms, reversed for display left to right.
    std::u32string v = visual_line(utf32("شرکت"));
    REQUIRE(v.size() == 4);
    CHECK(v[0] == 0xFE96); // teh, final
    CHECK(v[3] == 0xFEB7); // sheen, initial
    for (char32_t c : v)
        CHECK(c >= 0xFB50); // presentation forms
}

// [SECTION] Cameras --------------------------------------------------------------------------------

TEST_CASE("zooming the plan keeps the venue point under the cursor; panning moves the plan with the hand")
{
    PlanCamera c;
    Viewport v{1600, 1000};
    c.fit(v, Box{{0, 0}, {126, 84}});
    CHECK(c.centre.x == Approx(63));
    Box seen = c.visible_box(v);
    CHECK(seen.min.x <= 0);
    CHECK(seen.max.y >= 84);
    Vec2 cursor{1200, 300};
    Vec2 under = c.to_venue(v, cursor);
    c.zoom_at(v, cursor, 3);
    Vec2 after = c.to_venue(v, cursor);
    CHECK(after.x == Approx(under.x));
    CHECK(after.y == Approx(under.y));
    Vec2 s = c.to_screen(v, {50, 40});
    c.pan(25, -10);
    Vec2 moved = c.to_screen(v, {50, 40});
    CHECK(moved.x == Approx(s.x + 25));
    CHECK(moved.y == Approx(s.y - 10));
    // North is up: a point further north is higher on the screen.
    CHECK(c.to_screen(v, {50, 41}).y < moved.y);
}

TEST_CASE("the orbit camera zooms toward the floor point under the cursor and rays meet the floor there")
{
    OrbitCamera c;
    Viewport v{1600, 1000};
    c.fit(v, Box{{0, 0}, {126, 84}}, 10);
    Vec2 cursor{1100, 700};
    std::optional<Vec2> before = floor_hit(c.ray(v, cursor));
    REQUIRE(before);
    double d = c.distance;
    c.zoom_at(v, cursor, 2);
    CHECK(c.distance < d);
    std::optional<Vec2> after = floor_hit(c.ray(v, cursor));
    REQUIRE(after);
    CHECK(after->x == Approx(before->x).margin(1e-6));
    CHECK(after->y == Approx(before->y).margin(1e-6));
    // The middle of the screen looks at the target.
    std::optional<Vec2> mid = floor_hit(c.ray(v, {800, 500}));
    REQUIRE(mid);
    CHECK(mid->x == Approx(c.target.x).margin(1e-6));
    c.orbit(1e4, 1e4);
    CHECK(c.pitch <= OrbitCamera::kMaxPitch);
    // Dragging the floor moves the grabbed point to the cursor.
    Vec2 from{700, 600}, to{900, 500};
    std::optional<Vec2> grabbed = floor_hit(c.ray(v, from));
    c.pan(v, from, to);
    std::optional<Vec2> now = floor_hit(c.ray(v, to));
    REQUIRE(grabbed);
    REQUIRE(now);
    CHECK(now->x == Approx(grabbed->x).margin(1e-6));
}

TEST_CASE("a camera flight ends where it was sent and turns the short way round")
{
    OrbitPose a{{0, 0, 0}, 3.0, 0.5, 100}, b{{10, 20, 1}, -3.0, 1.0, 10};
    OrbitPose end = blend(a, b, 1.0), half = blend(a, b, 0.5);
    CHECK(end.target.y == Approx(20));
    CHECK(end.distance == Approx(10));
    CHECK(std::fabs(half.yaw) > 3.0); // through pi, not through 0
    CHECK(half.distance == Approx(std::sqrt(100.0 * 10.0)));
}

// [SECTION] Picking --------------------------------------------------------------------------------

TEST_CASE("a click on a booth picks it, beside a door picks the door, an empty aisle picks the hall")
{
    Project p = tiny_fair();
    Region r{HallId(0), rectangle({30, 30}, {50, 40})};
    apply_edit(p, PlacePavilion{PavilionId(0), r});
    PlanDescription plan(p, ColourBy::Pavilion);
    Picker picker(plan);
    for (const BoothLook& b : plan.booths())
    {
        PickResult hit = picker.at_floor(b.label.centre, 0.5);
        REQUIRE(hit.kind != PickResult::Kind::None);
        if (hit.kind == PickResult::Kind::Booth)
            CHECK(hit.booth == b.id);
    }
    const DoorLook& door = plan.hall(HallId(0)).doors.front();
    PickResult d = picker.at_floor((door.span.a + door.span.b) * 0.5 + door.inward * 0.2, 0.5);
    CHECK(d.kind == PickResult::Kind::Door);
    CHECK(d.door == 0);
    CHECK(picker.at_floor({-50, -50}, 0.5).kind == PickResult::Kind::None);
    // Inside the placed region but on no booth: the pavilion.
    for (double x = 30.5; x < 50; x += 0.5)
    {
        PickResult hit = picker.at_floor({x, 35}, 0.1);
        if (!hit.booth.valid())
        {
            CHECK(hit.kind == PickResult::Kind::Pavilion);
            CHECK(hit.pavilion == PavilionId(0));
            break;
        }
    }
}

TEST_CASE("a ray from above a booth meets that booth; a ray between booths reaches the floor")
{
    const Project& p = tiny_fair();
    PlanDescription plan(p, ColourBy::Pavilion);
    Picker picker(plan);
    const BoothLook& b = plan.booths()[plan.booths().size() / 2];
    Vec2 c = b.label.centre;
    Ray down{{c.x + 0.3, c.y - 0.2, 40}, glm::normalize(glm::dvec3(-0.3, 0.2, -40))};
    PickResult hit = picker.along_ray(down, 0.5);
    CHECK(hit.kind == PickResult::Kind::Booth);
    CHECK(hit.booth == b.id);
    // Aimed low across the hall from outside it, the ray meets the first booth in its way.
    Box hall = plan.hall(HallId(0)).box;
    Ray across{{hall.min.x - 5, c.y, 1.0}, glm::dvec3(1, 0, 0)};
    PickResult first = picker.along_ray(across, 0.5);
    if (first.kind == PickResult::Kind::Booth)
    {
        Box fb = bounds(plan.booth(first.booth).footprint);
        for (const BoothLook& other : plan.booths())
        {
            Box ob = bounds(other.footprint);
            if (ob.min.y <= c.y && ob.max.y >= c.y)
                CHECK(ob.max.x >= fb.min.x - 1e-6);
        }
    }
}

TEST_CASE("a walker stays in the aisles: not inside a booth, a column or out of the hall")
{
    const Project& p = tiny_fair();
    PlanDescription plan(p, ColourBy::Pavilion);
    Picker picker(plan);
    CHECK_FALSE(picker.walkable(plan.booths().front().label.centre, 0.3));
    CHECK_FALSE(picker.walkable({-10, -10}, 0.3));
    const Polygon& column = plan.hall(HallId(0)).columns.front();
    CHECK_FALSE(picker.walkable(middle(column), 0.3));
    // A door's clear zone is always walkable floor.
    const DoorLook& door = plan.hall(HallId(0)).doors.front();
    CHECK(picker.walkable((door.span.a + door.span.b) * 0.5 + door.inward * 2.0, 0.3));
}
