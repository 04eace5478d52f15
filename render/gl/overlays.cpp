// What the window asks to be seen over the plan: hover, selection and highlight outlines, the check
// report's markers, and the editing tools' shapes with their labels. Rebuilt when they change.
#include "render/scene/triangulate.h"
#include "renderer_impl.h"

#include <algorithm>

namespace bp::gl
{

namespace
{
constexpr uint32_t kHover = 0x1A1A1A, kSelect = 0x1565C0, kHighlight = 0xD81B60;
constexpr uint32_t kHard = 0xD32F2F, kSoft = 0xF9A825;

void outline(std::vector<StrokeVertex>& out, const Polygon& poly, float z, float width, uint32_t rgba)
{
    for (size_t i = 0; i < poly.size(); ++i)
    {
        Vec2 a = poly[i], b = poly[(i + 1) % poly.size()];
        add_stroke(out, {a.x, a.y, z}, {b.x, b.y, z}, width, rgba);
    }
}

void fill(std::vector<FillVertex>& out, const Polygon& poly, float z, uint32_t rgba)
{
    Triangulation t = triangulate(poly, {});
    for (uint32_t i : t.indices)
        out.push_back({static_cast<float>(t.points[i].x), static_cast<float>(t.points[i].y), z, rgba});
}
} // namespace

void Renderer::Impl::rebuild_overlays(ViewKind view, Viewport v)
{
    bool in3d = view == ViewKind::Scene3D;
    const Box seen = in3d ? Box{} : plan_cam.visible_box(v); // plan labels kept inside the view
    std::vector<FillVertex> fills;
    std::vector<StrokeVertex> strokes;
    std::vector<MarkerVertex> markers;
    std::vector<GlyphQuad> texts;
    auto booth_z = [&](BoothId id) { return in3d ? static_cast<float>(plan->booth(id).height_m + 0.04) : 0.0f; };
    auto booth_ok = [&](BoothId id) { return id.valid() && id.index() < plan->booths().size(); };

    for (BoothId id : highlight)
        if (booth_ok(id))
            outline(strokes, plan->booth(id).footprint, booth_z(id), 3.0f, rgba_of(kHighlight));
    for (BoothId id : selection.booths)
        if (booth_ok(id))
        {
            if (!in3d)
                add_booth_quad(fills, plan->booth(id), rgba_of(kSelect, 80), 0);
            outline(strokes, plan->booth(id).footprint, booth_z(id), 3.0f, rgba_of(kSelect));
        }
    for (PavilionId pid : selection.pavilions)
        for (const RegionLook& r : plan->regions())
            if (r.kind == RegionLook::Kind::Pavilion && r.index == pid.value)
                outline(strokes, r.polygon, in3d ? 0.05f : 0, 4.0f, rgba_of(kSelect));
    if (selection.hall.valid() && selection.hall.index() < plan->halls().size())
        outline(strokes, plan->hall(selection.hall).outline, 0.05f, 4.0f, rgba_of(kSelect));

    switch (hover.kind)
    {
    case Pick::Kind::Booth:
        if (booth_ok(hover.booth))
        {
            if (!in3d)
                add_booth_quad(fills, plan->booth(hover.booth), rgba_of(0xFFFFFF, 70), 0);
            outline(strokes, plan->booth(hover.booth).footprint, booth_z(hover.booth), 2.0f, rgba_of(kHover));
        }
        break;
    case Pick::Kind::Pavilion:
        for (const RegionLook& r : plan->regions())
            if (r.kind == RegionLook::Kind::Pavilion && r.index == hover.pavilion.value)
                outline(strokes, r.polygon, 0.05f, 3.0f, rgba_of(kHover));
        break;
    case Pick::Kind::Door:
        if (hover.hall.valid() && hover.door >= 0 &&
            static_cast<size_t>(hover.door) < plan->hall(hover.hall).doors.size())
        {
            const Segment& d = plan->hall(hover.hall).doors[static_cast<size_t>(hover.door)].span;
            add_stroke(strokes, {d.a.x, d.a.y, 0.1f}, {d.b.x, d.b.y, 0.1f}, 9.0f, rgba_of(kHover, 160));
        }
        break;
    case Pick::Kind::Hall:
    case Pick::Kind::None:
        break;
    }

    for (const Violation& viol : report.violations)
        add_marker(markers, {viol.at.x, viol.at.y, in3d ? 3.2f : 0.0f}, 18.0f,
                   rgba_of(viol.level == ViolationLevel::Hard ? kHard : kSoft));

    // Tool shapes: label text a constant size on screen in the plan, a metre high in 3D.
    double text_m = in3d ? 0.9 : 13.0 / plan_cam.px_per_m;
    for (const Overlay& o : overlays)
    {
        if (o.shape.size() < 3)
            continue;
        uint32_t rgb = o.rgba >> 8, a = o.rgba & 0xFF;
        fill(fills, o.shape, in3d ? 0.06f : 0, rgba_of(rgb, static_cast<uint8_t>(a)));
        outline(strokes, o.shape, in3d ? 0.07f : 0, 2.0f, rgba_of(rgb));
        if (!o.label.empty())
            floor_label(*writer, o.label, centroid(o.shape), text_m, true, rgba_of(0x111111), texts,
                        in3d ? nullptr : &seen);
    }

    // Where the live layer lies (the markers are drawn with the base).
    live_box = Box{};
    for (const FillVertex& f : fills)
        live_box.add({f.x, f.y});
    for (const StrokeVertex& s : strokes)
    {
        live_box.add({s.a[0], s.a[1]});
        live_box.add({s.b[0], s.b[1]});
    }
    for (const GlyphQuad& q : texts)
    {
        live_box.add({q.origin[0], q.origin[1]});
        live_box.add({q.origin[0] + q.x_axis[0] + q.y_axis[0], q.origin[1] + q.x_axis[1] + q.y_axis[1]});
    }
    OverlayGpu& g = *overlay_gpu;
    g.fills.upload(fills, GL_DYNAMIC_DRAW);
    g.strokes.upload(strokes, GL_DYNAMIC_DRAW);
    g.markers.upload(markers, GL_DYNAMIC_DRAW);
    g.labels.upload(texts);
    overlays_dirty = false;
}

void Renderer::Impl::draw_overlays(const glm::mat4& vp, Viewport v, float focal, DrawCount& n)
{
    OverlayGpu& g = *overlay_gpu;
    for (const Program* p : {&programs->fill, &programs->stroke})
    {
        p->use();
        glUniformMatrix4fv(p->uniform("u_vp"), 1, GL_FALSE, &vp[0][0]);
        glUniform2f(p->uniform("u_viewport"), static_cast<float>(v.w), static_cast<float>(v.h));
        glUniform1f(p->uniform("u_alpha"), 1.0f);
        (p == &programs->fill ? g.fills : g.strokes).draw_all(n);
    }
    if (g.labels.size())
    {
        upload_atlas();
        draw_glyphs(g.labels, vp, focal, 0, 1e9f, n);
    }
}

} // namespace bp::gl
