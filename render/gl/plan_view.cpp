// The plan view: layers in painter's order, culled to the halls in view, with level of detail —
// far: floors, booth fills, hall codes; near: booth outlines, numbers and names.
#include "renderer_impl.h"

#include <glm/gtc/matrix_transform.hpp>

#include <algorithm>
#include <cmath>

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
    if (preview_shown && preview.fill_ranges.size() >= s.hall_boxes.size() &&
        preview_free_ranges.size() >= s.hall_boxes.size())
    {
        draw_preview(halls, vp, zoom, n); // over the hall maps too: at every zoom
        use_flat(programs->fill, vp, v);
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

    if (!base_only)
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
        const Box seen = plan_cam.visible_box(v);
        const GlyphBatch::TileFilter in_view = [&](const GlyphBatch::TileExtent& t) { return t.reach.overlaps(seen); };
        for (int h : halls)
            draw_glyphs(labels[h].plan, vp, focal, kMinGlyphPx, 1e9f, n, &in_view);
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

// The preview plan: near, its booths in the halls in view; far, the picture of all of it, painted
// once per preview at about the zoom in use (a plan as large as canton-x3's is ~40,000 quads, too
// many to send every frame while the solver has the cores).
void Renderer::Impl::draw_preview(const std::vector<int>& halls, const glm::mat4& vp, double zoom, DrawCount& n)
{
    OverlayGpu& o = *overlay_gpu;
    upload_preview();
    if (zoom < kMapsBelow)
    {
        // Texels at least as fine as the pixels (with room to zoom in a little), never finer than
        // where booths take over.
        if (o.preview_picture_ready && zoom > o.preview_picture_per_m * 1.05)
            o.preview_picture_ready = false;
        if (o.preview_picture_ready || paint_preview_picture(std::min(kMapsBelow, zoom * 1.5), n))
        {
            const Program& p = programs->map;
            p.use();
            glUniformMatrix4fv(p.uniform("u_vp"), 1, GL_FALSE, &vp[0][0]);
            glUniform1i(p.uniform("u_lit"), 0);
            glUniform1f(p.uniform("u_alpha"), 1.0f);
            glActiveTexture(GL_TEXTURE2);
            glBindTexture(GL_TEXTURE_2D, o.preview_picture.texture());
            glUniform1i(p.uniform("u_map"), 2);
            o.preview_quad.draw_all(n);
            return;
        }
    }
    o.preview_free.draw_halls(preview_free_ranges, halls, n);
    o.preview_fills.draw_halls(preview.fill_ranges, halls, n);
    if (zoom >= kEdgesFrom)
    {
        if (preview_edges_dirty) // only near: zoomed out, a new plan's outlines are never sent
        {
            o.preview_edges.upload(preview.edges);
            preview_edges_dirty = false;
        }
        o.preview_edges.draw_halls(preview.edge_ranges, halls, n);
    }
}

void Renderer::Impl::upload_preview()
{
    OverlayGpu& o = *overlay_gpu;
    if (!preview_free_uploaded)
    {
        o.preview_free.upload(preview_free);
        o.preview_picture_ready = false;
        preview_free_uploaded = true;
    }
    if (preview_dirty)
    {
        o.preview_fills.upload(preview.fills);
        o.preview_picture_ready = false;
        preview_dirty = false;
    }
}

bool Renderer::Impl::paint_preview_now()
{
    if (!scene_uploaded || !overlay_gpu || !plan || !preview_shown || plan_cam.px_per_m >= kMapsBelow)
        return false;
    upload_preview();
    DrawCount n;
    return paint_preview_picture(std::min(kMapsBelow, plan_cam.px_per_m * 1.5), n);
}

// Paints the preview (the free booths under it, then its booths) into a texture over the venue
// box at `per_m` texels a metre, at most 4096 texels a side; clear where it is empty. Leaves the
// caller's framebuffer, viewport and scissor test as they were.
bool Renderer::Impl::paint_preview_picture(double per_m, DrawCount& n)
{
    OverlayGpu& o = *overlay_gpu;
    const Box box = plan->venue_box();
    per_m = std::min(per_m, 4096.0 / std::max({box.width(), box.height(), 1.0}));
    const int w = std::max(1, static_cast<int>(std::ceil(box.width() * per_m)));
    const int h = std::max(1, static_cast<int>(std::ceil(box.height() * per_m)));
    GLint framebuffer = 0, viewport[4] = {};
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &framebuffer);
    glGetIntegerv(GL_VIEWPORT, viewport);
    const GLboolean scissor = glIsEnabled(GL_SCISSOR_TEST); // set to the view's rectangle on screen
    if (!o.preview_picture.ensure(w, h))
    {
        glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(framebuffer));
        return false;
    }
    o.preview_picture.bind();
    glDisable(GL_SCISSOR_TEST);
    glViewport(0, 0, w, h);
    GLfloat clear[4] = {};
    glGetFloatv(GL_COLOR_CLEAR_VALUE, clear);
    glClearColor(0, 0, 0, 0);
    glClear(GL_COLOR_BUFFER_BIT);
    glClearColor(clear[0], clear[1], clear[2], clear[3]);
    const glm::mat4 venue = glm::ortho(static_cast<float>(box.min.x), static_cast<float>(box.max.x),
                                       static_cast<float>(box.min.y), static_cast<float>(box.max.y), -1.0f, 1.0f);
    use_flat(programs->fill, venue, Viewport{static_cast<double>(w), static_cast<double>(h)});
    o.preview_free.draw_all(n);
    o.preview_fills.draw_all(n);
    glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(framebuffer));
    glViewport(viewport[0], viewport[1], viewport[2], viewport[3]);
    if (scissor)
        glEnable(GL_SCISSOR_TEST);
    // Texture rows run from the venue's south edge (the framebuffer's bottom) up.
    const auto x0 = static_cast<float>(box.min.x), x1 = static_cast<float>(box.max.x);
    const auto y0 = static_cast<float>(box.min.y), y1 = static_cast<float>(box.max.y);
    const MapVertex sw{x0, y0, 0, 0, 0}, se{x1, y0, 0, 1, 0}, ne{x1, y1, 0, 1, 1}, nw{x0, y1, 0, 0, 1};
    o.preview_quad.upload(std::vector<MapVertex>{sw, se, ne, sw, ne, nw});
    o.preview_picture_ready = true;
    o.preview_picture_per_m = per_m;
    return true;
}

} // namespace bp::gl
