// A frame: GL objects made on first use, the scene uploaded once, the view drawn into a
// multisampled target and resolved into the caller's framebuffer, the caller's GL state restored.
#include "renderer_impl.h"
#include "shaders.h"

#include <algorithm>
#include <cmath>

namespace bp::gl
{

namespace
{
using Clock = std::chrono::steady_clock;

} // namespace

void Renderer::Impl::ensure_gl()
{
    if (gl_ready)
        return;
    programs = std::make_unique<Programs>();
    programs->fill = Program("fill", shader::kFillVertex, shader::kFillFragment);
    programs->stroke = Program("stroke", shader::kStrokeVertex, shader::kStrokeFragment);
    programs->marker = Program("marker", shader::kMarkerVertex, shader::kMarkerFragment);
    programs->glyph = Program("glyph", shader::kGlyphVertex, shader::kGlyphFragment);
    programs->lit = Program("lit", shader::kLitVertex, shader::kLitFragment);
    programs->wall = Program("wall", shader::kLitVertex, shader::kWallFragment);
    programs->booth = Program("booth", shader::kBoothVertex, shader::kLitFragment);
    programs->map = Program("map", shader::kMapVertex, shader::kMapFragment);
    programs->depth = Program("depth", shader::kDepthVertex, shader::kDepthFragment);
    programs->scale_up = Program("scale_up", shader::kScaleUpVertex, shader::kScaleUpFragment);
    plan_gpu = std::make_unique<PlanGpu>();
    scene_gpu = std::make_unique<SceneGpu>();
    maps_gpu = std::make_unique<MapsGpu>();
    overlay_gpu = std::make_unique<OverlayGpu>();
    atlas_tex = std::make_unique<Texture>();
    msaa = std::make_unique<MsaaTarget>();
    reduced = std::make_unique<ScaledTarget>();
    no_attributes = std::make_unique<VertexArray>();
    gl_ready = true;
}

void Renderer::Impl::upload_scene()
{
    PlanGpu& p = *plan_gpu;
    const PlanScene& s = plan_scene;
    p.floors.upload(s.floors.vertices);
    p.clearances.upload(s.clearances.vertices);
    p.booths.upload(s.booths.vertices, GL_DYNAMIC_DRAW);
    p.edges.upload(s.edges.vertices);
    p.hatching.upload(s.hatching.vertices);
    p.columns.upload(s.columns.vertices);
    p.walls.upload(s.walls.vertices);
    p.region_fills.upload(s.region_fills);
    p.region_edges.upload(s.region_edges);
    p.hall_labels.upload(s.hall_labels);
    p.region_labels.upload(s.region_labels);
    SceneGpu& g = *scene_gpu;
    const HallScene& h = hall_scene;
    g.floors.upload(h.floors.vertices);
    g.fixtures.upload(h.fixtures.vertices);
    g.walls.upload(h.walls.vertices);
    g.stands.upload(h.stands.vertices, GL_DYNAMIC_DRAW);
    g.casters.upload(h.casters.vertices, GL_DYNAMIC_DRAW);
    g.regions.upload(h.region_floors);
    g.booths.upload(h.instances);
    g.shadow_ready = false;
    upload_maps();
    scene_uploaded = true;
}

void Renderer::Impl::upload_maps()
{
    std::vector<const uint32_t*> levels;
    for (int k = 0; k < maps->levels(); ++k)
        levels.push_back(maps->level(k).data());
    maps_gpu->atlas.upload_rgba_levels(maps->width(), maps->height(), levels);
    size_t halls = plan->halls().size();
    maps_gpu->plan.upload(map_quads(*maps, halls, 0));
    maps_gpu->scene.upload(map_quads(*maps, halls, 0.005f));
    maps_gpu->halls.clear();
    for (size_t i = 0; i < halls; ++i)
        maps_gpu->halls.push_back({static_cast<uint32_t>(6 * i), 6});
}

void Renderer::Impl::draw_maps(GpuLayer& quads, const std::vector<int>& halls, const glm::mat4& vp, bool lit,
                               DrawCount& n)
{
    const Program& p = programs->map;
    p.use();
    glUniformMatrix4fv(p.uniform("u_vp"), 1, GL_FALSE, &vp[0][0]);
    glUniform1i(p.uniform("u_lit"), lit ? 1 : 0);
    glUniform1f(p.uniform("u_alpha"), 1.0f);
    glActiveTexture(GL_TEXTURE2);
    glBindTexture(GL_TEXTURE_2D, maps_gpu->atlas.id());
    glUniform1i(p.uniform("u_map"), 2);
    quads.draw_halls(maps_gpu->halls, halls, n);
}

void Renderer::Impl::scale_up(int x, int y, int w, int h, GLuint target)
{
    glBindFramebuffer(GL_FRAMEBUFFER, target);
    glViewport(x, y, w, h);
    glScissor(x, y, w, h);
    glEnable(GL_SCISSOR_TEST);
    glDisable(GL_BLEND);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    const Program& p = programs->scale_up;
    p.use();
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, reduced->texture());
    glUniform1i(p.uniform("u_frame"), 0);
    no_attributes->bind();
    glDrawArrays(GL_TRIANGLES, 0, 3);
}

void Renderer::Impl::upload_atlas()
{
    if (atlas->revision() == atlas_revision)
        return;
    atlas_tex->upload_r8(atlas->width_px(), atlas->height_px(), atlas->pixels().data());
    atlas_revision = atlas->revision();
}

void Renderer::Impl::draw_glyphs(const GlyphBatch& batch, const glm::mat4& vp, float focal, float min_px, float max_px,
                                 DrawCount& n, const GlyphBatch::TileFilter* tiles)
{
    if (batch.size() == 0)
        return;
    const Program& p = programs->glyph;
    p.use();
    glUniformMatrix4fv(p.uniform("u_vp"), 1, GL_FALSE, &vp[0][0]);
    glUniform1f(p.uniform("u_focal"), focal);
    glUniform2f(p.uniform("u_atlas"), static_cast<float>(atlas_tex->width()), static_cast<float>(atlas_tex->height()));
    glUniform2f(p.uniform("u_px_range"), min_px, max_px);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, atlas_tex->id());
    glUniform1i(p.uniform("u_atlas_tex"), 0);
    tiles ? batch.draw_tiles(*tiles, n) : batch.draw(n);
}

void Renderer::draw(ViewKind view, ScreenRect rect, int fb_w, int fb_h, Layers layers)
{
    Impl& m = *impl_;
    if (!m.plan || rect.w < 1 || rect.h < 1)
        return;
    if (layers == Layers::Live)
        return m.draw_live(view, rect, fb_h);
    auto t0 = Clock::now();
    SavedGlState saved;
    m.ensure_gl();
    if (!m.scene_uploaded)
        m.upload_scene();
    m.place_cameras(rect);
    if (m.flight)
        m.dirty = true; // the camera moves
    m.advance_flight();
    Viewport v{rect.w, rect.h};
    int w = static_cast<int>(rect.w), h = static_cast<int>(rect.h);
    int x = static_cast<int>(rect.x), y = fb_h - static_cast<int>(rect.y) - h;
    (void)fb_w;
    if (view == ViewKind::Scene3D)
        m.update_shadows();

    // Multisampled when asked, or when nothing changed since the last frame of this view. A moving 3D
    // frame (WhenStill) is drawn at a share of the resolution and scaled up: llvmpipe's time there
    // goes with the pixels shaded (lit, shadowed), and the still frame after it restores every detail.
    // Plan frames are cheap to shade but costly to scale up, so they stay at full resolution.
    bool still = !m.dirty && m.last_view == static_cast<int>(view);
    bool want = m.display.antialias == Antialias::Always || (m.display.antialias == Antialias::WhenStill && still);
    bool msaa = want && m.msaa->ensure(w, h, 4);
    m.refine_pending = m.display.antialias == Antialias::WhenStill && !still;
    float share = std::clamp(m.display.moving_resolution, 0.25f, 1.0f);
    int dw = std::max(1, static_cast<int>(std::lround(w * share)));
    int dh = std::max(1, static_cast<int>(std::lround(h * share)));
    bool reduced =
        view == ViewKind::Scene3D && !msaa && m.refine_pending && (dw < w || dh < h) && m.reduced->ensure(dw, dh);
    m.last_view = static_cast<int>(view);
    m.drawn_share = reduced ? static_cast<float>(dh) / static_cast<float>(h) : 1.0f;
    if (msaa || reduced)
    {
        msaa ? m.msaa->bind() : m.reduced->bind();
        glViewport(0, 0, msaa ? w : dw, msaa ? h : dh);
        glDisable(GL_SCISSOR_TEST);
    }
    else
    {
        glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(saved.fbo));
        glViewport(x, y, w, h);
        glScissor(x, y, w, h);
        glEnable(GL_SCISSOR_TEST);
    }
    DrawCount n;
    if (m.overlays_dirty || !m.overlays.empty())
        m.rebuild_overlays(view, v);
    m.base_only = layers == Layers::Base;
    if (view == ViewKind::Plan)
        m.draw_plan(v, n);
    else
        m.draw_scene(v, n);
    m.base_only = false;
    if (layers == Layers::All)
    {
        m.live_drawn[static_cast<int>(view)] = m.live_screen(view, rect);
        m.live_dirty = false;
    }
    if (msaa)
    {
        m.msaa->bind(); // read from it
        glBindFramebuffer(GL_DRAW_FRAMEBUFFER, static_cast<GLuint>(saved.fbo));
        glDisable(GL_SCISSOR_TEST);
        glBlitFramebuffer(0, 0, w, h, x, y, x + w, y + h, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    }
    if (reduced)
        m.scale_up(x, y, w, h, static_cast<GLuint>(saved.fbo));
    m.stats.draw_calls = n.calls;
    m.stats.triangles = n.triangles;
    m.dirty = false;
    m.stats.cpu_ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

} // namespace bp::gl
