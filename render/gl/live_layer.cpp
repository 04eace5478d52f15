// The live layer: hover, selection, highlight and the tools' shapes, drawn over a picture of the
// view kept by the window, so that a frame in which only they change draws them and the pixels
// they cover, not the venue again.
#include "renderer_impl.h"

#include <algorithm>
#include <cmath>

namespace bp::gl
{

namespace
{

constexpr float kLineRoomPx = 14; // the widest outline (9 px) and a little antialiasing

ScreenRect united(const ScreenRect& a, const ScreenRect& b)
{
    if (a.w <= 0 || a.h <= 0)
        return b;
    if (b.w <= 0 || b.h <= 0)
        return a;
    const float x0 = std::min(a.x, b.x), y0 = std::min(a.y, b.y);
    const float x1 = std::max(a.x + a.w, b.x + b.w), y1 = std::max(a.y + a.h, b.y + b.h);
    return {x0, y0, x1 - x0, y1 - y0};
}

} // namespace

glm::mat4 Renderer::Impl::view_projection(ViewKind view, Viewport v, float& focal) const
{
    if (view == ViewKind::Plan)
    {
        focal = static_cast<float>(plan_cam.px_per_m);
        return plan_cam.view_projection(v);
    }
    focal = static_cast<float>(v.h / (2 * std::tan((walking ? walker.fov_y : orbit.fov_y) / 2)));
    return glm::mat4(scene_projection(v) * scene_view());
}

ScreenRect Renderer::Impl::live_screen(ViewKind view, ScreenRect rect) const
{
    if (live_box.empty())
        return {};
    float focal = 0;
    const glm::mat4 vp = view_projection(view, Viewport{rect.w, rect.h}, focal);
    const double top = view == ViewKind::Plan ? 0 : 6; // booth tops and fascias in 3D
    float x0 = 1e30f, y0 = 1e30f, x1 = -1e30f, y1 = -1e30f;
    for (double x : {live_box.min.x, live_box.max.x})
        for (double y : {live_box.min.y, live_box.max.y})
            for (double z : {0.0, top})
            {
                const glm::vec4 c = vp * glm::vec4(static_cast<float>(x), static_cast<float>(y), static_cast<float>(z), 1);
                if (c.w <= 1e-6f)
                    return rect; // behind the eye: the whole view
                const float sx = rect.x + (c.x / c.w + 1) / 2 * rect.w, sy = rect.y + (1 - c.y / c.w) / 2 * rect.h;
                x0 = std::min(x0, sx);
                y0 = std::min(y0, sy);
                x1 = std::max(x1, sx);
                y1 = std::max(y1, sy);
            }
    x0 = std::max(rect.x, x0 - kLineRoomPx);
    y0 = std::max(rect.y, y0 - kLineRoomPx);
    x1 = std::min(rect.x + rect.w, x1 + kLineRoomPx);
    y1 = std::min(rect.y + rect.h, y1 + kLineRoomPx);
    if (x1 <= x0 || y1 <= y0)
        return {};
    return {std::floor(x0), std::floor(y0), std::ceil(x1) - std::floor(x0), std::ceil(y1) - std::floor(y0)};
}

void Renderer::Impl::draw_live(ViewKind view, ScreenRect rect, int fb_h)
{
    SavedGlState saved;
    ensure_gl();
    if (!scene_uploaded)
        upload_scene();
    place_cameras(rect);
    const Viewport v{rect.w, rect.h};
    const int w = static_cast<int>(rect.w), h = static_cast<int>(rect.h);
    const int x = static_cast<int>(rect.x), y = fb_h - static_cast<int>(rect.y) - h;
    // Inside the view, and inside the scissor box of the frame's pass when one is set.
    int sx0 = x, sy0 = y, sx1 = x + w, sy1 = y + h;
    if (saved.scissor)
    {
        sx0 = std::max(sx0, saved.scissor_box[0]);
        sy0 = std::max(sy0, saved.scissor_box[1]);
        sx1 = std::min(sx1, saved.scissor_box[0] + saved.scissor_box[2]);
        sy1 = std::min(sy1, saved.scissor_box[1] + saved.scissor_box[3]);
    }
    if (overlays_dirty || !overlays.empty())
        rebuild_overlays(view, v);
    live_drawn[static_cast<int>(view)] = live_screen(view, rect);
    live_dirty = false;
    if (sx1 <= sx0 || sy1 <= sy0)
        return;
    glViewport(x, y, w, h);
    glScissor(sx0, sy0, sx1 - sx0, sy1 - sy0);
    glEnable(GL_SCISSOR_TEST);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    float focal = 0;
    const glm::mat4 vp = view_projection(view, v, focal);
    DrawCount n;
    draw_overlays(vp, v, focal, n);
}

bool Renderer::live_changed() const
{
    return impl_->live_dirty;
}

ScreenRect Renderer::live_damage(ViewKind view, ScreenRect rect)
{
    Impl& m = *impl_;
    if (!m.gl_ready || !m.plan)
        return rect;
    m.place_cameras(rect);
    if (m.overlays_dirty || !m.overlays.empty())
        m.rebuild_overlays(view, Viewport{rect.w, rect.h}); // the box of the layer as it is now
    return united(m.live_drawn[static_cast<int>(view)], m.live_screen(view, rect));
}

} // namespace bp::gl
