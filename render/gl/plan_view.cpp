// The plan view: layers in painter's order, culled to the halls in view, with level of detail —
// far: floors, booth fills, hall codes; near: booth outlines, numbers and names.
#include "renderer_impl.h"

#include <algorithm>

namespace bp::gl
{

namespace
{
// Zoom (pixels per metre) from which each detail is drawn.
constexpr double kMapsBelow = 1.6;  // hall maps instead of booth rectangles
constexpr double kEdgesFrom = 1.6;  // booth outlines: a 3 m module is 5 px
constexpr double kLabelsFrom = 5.0; // booth numbers and names (each glyph also needs a few pixels)
constexpr float kMinGlyphPx = 4.5f;

void use_flat(const Program& p, const glm::mat4& vp, Viewport v, float alpha = 1)
{
    p.use();
    glUniformMatrix4fv(p.uniform("u_vp"), 1, GL_FALSE, &vp[0][0]);
    glUniform2f(p.uniform("u_viewport"), static_cast<float>(v.w), static_cast<float>(v.h));
    glUniform1f(p.uniform("u_alpha"), alpha);
}
} // namespace

std::vector<int> Renderer::Impl::visible_halls_plan(Viewport v) const
{
    Box view = plan_cam.visible_box(v);
    std::vector<int> halls;
    for (size_t i = 0; i < plan_scene.hall_boxes.size(); ++i)
    {
        Box b = plan_scene.hall_boxes[i];
        // Door strokes and labels reach a little past the outline.
        b.min = b.min - Vec2{2, 2};
        b.max = b.max + Vec2{2, 2};
        if (b.overlaps(view))
            halls.push_back(static_cast<int>(i));
    }
    return halls;
}

void Renderer::Impl::draw_plan(Viewport v, DrawCount& n)
{
    using namespace plan_colour;
    glm::mat4 vp = plan_cam.view_projection(v);
    glClearColor((kBackground >> 16 & 0xFF) / 255.0f, (kBackground >> 8 & 0xFF) / 255.0f, (kBackground & 0xFF) / 255.0f,
                 1);
    glClear(GL_COLOR_BUFFER_BIT);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    // Opaque layers without blending: llvmpipe then writes their pixels without reading them.
    glDisable(GL_BLEND);

    std::vector<int> halls = visible_halls_plan(v);
    const PlanScene& s = plan_scene;
    PlanGpu& g = *plan_gpu;
    double zoom = plan_cam.px_per_m;
    float focal = static_cast<float>(zoom);

    // Zoomed out, each hall is its map: one rectangle instead of booths smaller than a pixel.
    bool far = zoom < kMapsBelow;
    if (far)
        draw_maps(maps_gpu->plan, halls, vp, false, n);
    use_flat(programs->fill, vp, v);
    if (!far)
    {
        g.floors.draw_halls(s.floors.halls, halls, n);
        g.booths.draw_halls(s.booths.halls, halls, n);
    }
    OverlayGpu& o = *overlay_gpu;
    if (preview_dirty)
    {
        o.preview_fills.upload(preview_fills);
        o.preview_edges.upload(preview_edges);
        preview_dirty = false;
    }
    if (preview_shown && preview_fill_ranges.size() >= s.hall_boxes.size())
    {
        // Over the hall maps too: the preview is drawn at every zoom.
        o.preview_fills.draw_halls(preview_fill_ranges, halls, n);
        if (zoom >= kEdgesFrom)
            o.preview_edges.draw_halls(preview_edge_ranges, halls, n);
    }
    glEnable(GL_BLEND);
    if (display.door_clearances)
        g.clearances.draw_halls(s.clearances.halls, halls, n);
    if (!far)
        g.hatching.draw_halls(s.hatching.halls, halls, n);
    if (zoom >= kEdgesFrom && !preview_shown)
    {
        // Outlines fade in over the first doubling of zoom instead of popping.
        use_flat(programs->fill, vp, v, static_cast<float>(std::clamp((zoom - kEdgesFrom) / kEdgesFrom, 0.25, 1.0)));
        g.edges.draw_halls(s.edges.halls, halls, n);
        use_flat(programs->fill, vp, v);
    }
    if (display.columns && !far)
        g.columns.draw_halls(s.columns.halls, halls, n);
    if (display.pavilion_regions)
    {
        g.region_fills.draw_all(n);
        use_flat(programs->stroke, vp, v);
        g.region_edges.draw_all(n);
    }
    use_flat(programs->stroke, vp, v);
    g.walls.draw_halls(s.walls.halls, halls, n);

    draw_overlays(vp, v, focal, n);

    upload_atlas();
    if (display.labels && zoom >= kLabelsFrom && !preview_shown)
    {
        for (int h : halls)
        {
            HallLabels& l = hall_labels(h);
            if (!l.plan_ready)
            {
                l.plan.upload(hall_plan_labels(*plan, HallId(h), *writer));
                l.plan_ready = true;
            }
        }
        upload_atlas(); // new glyphs of those labels
        Box seen = plan_cam.visible_box(v);
        for (int h : halls)
            draw_glyphs(labels[h].plan, vp, focal, kMinGlyphPx, 1e9f, n, &seen);
    }
    if (display.pavilion_regions)
        draw_glyphs(g.region_labels, vp, focal, 7, 90, n);
    // Hall codes while the halls are small on screen.
    draw_glyphs(g.hall_labels, vp, focal, 9, 70, n);
    // Markers and tool overlays on top of everything.
    if (display.violations && overlay_gpu->markers.vertices() > 0)
    {
        use_flat(programs->marker, vp, v);
        overlay_gpu->markers.draw_all(n);
    }
}

} // namespace bp::gl
