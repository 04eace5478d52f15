// The 3D view: halls outside the view frustum skipped; near halls with instanced shell booths and
// fascia text, far halls with a lid per booth; a sun with a shadow map rendered once per scene
// (the geometry that casts shadows does not move), sky and ground ambient.
#include "renderer_impl.h"

#include <glm/gtc/matrix_transform.hpp>

#include <algorithm>
#include <array>
#include <cmath>

namespace bp::gl
{

namespace
{
constexpr uint32_t kSky = 0xDCE3EA;
const glm::dvec3 kSun = glm::normalize(glm::dvec3(0.42, -0.55, 0.9)); // towards the light, from the south-east
constexpr double kNearModulePx = 9; // a hall is drawn booth by booth once a module is this large
constexpr size_t kMaxNearHalls = 8;
constexpr float kMinFasciaGlyphPx = 4.0f;

using Planes = std::array<glm::dvec4, 6>;

Planes frustum(const glm::dmat4& m)
{
    auto row = [&](int i) { return glm::dvec4(m[0][i], m[1][i], m[2][i], m[3][i]); };
    return {row(3) + row(0), row(3) - row(0), row(3) + row(1), row(3) - row(1), row(3) + row(2), row(3) - row(2)};
}

bool in_frustum(const Planes& planes, glm::dvec3 lo, glm::dvec3 hi)
{
    for (const glm::dvec4& p : planes)
    {
        glm::dvec3 v{p.x >= 0 ? hi.x : lo.x, p.y >= 0 ? hi.y : lo.y, p.z >= 0 ? hi.z : lo.z};
        if (p.x * v.x + p.y * v.y + p.z * v.z + p.w < 0)
            return false;
    }
    return true;
}

double box_distance(glm::dvec3 p, glm::dvec3 lo, glm::dvec3 hi)
{
    glm::dvec3 q = glm::clamp(p, lo, hi);
    return glm::distance(p, q);
}

glm::mat4 to_float(const glm::dmat4& m)
{
    return glm::mat4(m);
}
} // namespace

void Renderer::Impl::render_shadow_map()
{
    SceneGpu& g = *scene_gpu;
    Box venue = plan->venue_box();
    if (venue.empty() || !g.shadow.ensure(4096))
        return;
    // An orthographic view from the sun that holds the whole venue up to its tallest hall.
    double top = 5;
    for (double h : hall_scene.hall_heights)
        top = std::max(top, h);
    glm::dvec3 centre((venue.min.x + venue.max.x) / 2, (venue.min.y + venue.max.y) / 2, 0);
    double radius = 0.5 * std::hypot(venue.width(), venue.height()) + top;
    glm::dmat4 view = glm::lookAt(centre + kSun * (radius * 2), centre, glm::dvec3(0, 0, 1));
    glm::dvec3 lo(1e300), hi(-1e300);
    for (int i = 0; i < 8; ++i)
    {
        glm::dvec4 c(i & 1 ? venue.max.x : venue.min.x, i & 2 ? venue.max.y : venue.min.y, i & 4 ? top : 0, 1);
        glm::dvec3 l = glm::dvec3(view * c);
        lo = glm::min(lo, l);
        hi = glm::max(hi, l);
    }
    glm::dmat4 proj = glm::ortho(lo.x, hi.x, lo.y, hi.y, -hi.z - 1, -lo.z + 1);
    g.light_vp = to_float(proj * view);

    g.shadow.bind();
    glViewport(0, 0, g.shadow.size(), g.shadow.size());
    glClear(GL_DEPTH_BUFFER_BIT);
    glEnable(GL_DEPTH_TEST);
    glDepthFunc(GL_LESS);
    glDisable(GL_BLEND);
    glDisable(GL_CULL_FACE);
    glEnable(GL_POLYGON_OFFSET_FILL);
    glPolygonOffset(2.0f, 4.0f);
    const Program& p = programs->depth;
    p.use();
    glUniformMatrix4fv(p.uniform("u_vp"), 1, GL_FALSE, &g.light_vp[0][0]);
    DrawCount ignored;
    g.statics.draw_all(ignored);
    g.far_sides.draw_all(ignored);
    glDisable(GL_POLYGON_OFFSET_FILL);
    g.shadow_ready = true;
}

void Renderer::Impl::draw_scene(Viewport v, DrawCount& n)
{
    SceneGpu& g = *scene_gpu;
    GLint target = 0;
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &target);
    glm::dmat4 view = scene_view(), proj = scene_projection(v), vpd = proj * view;
    glm::mat4 vp = to_float(vpd);
    glm::dvec3 eye = scene_eye();
    glClearColor((kSky >> 16 & 0xFF) / 255.0f, (kSky >> 8 & 0xFF) / 255.0f, (kSky & 0xFF) / 255.0f, 1);
    glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
    glEnable(GL_DEPTH_TEST);
    glDepthFunc(GL_LESS);
    glDepthMask(GL_TRUE);
    glDisable(GL_CULL_FACE);
    glDisable(GL_BLEND);

    // Halls in view, and which of them are near enough to be drawn booth by booth.
    Planes planes = frustum(vpd);
    double focal = v.h / (2 * std::tan((walking ? walker.fov_y : orbit.fov_y) / 2));
    std::vector<int> visible, near, far;
    std::vector<std::pair<double, int>> by_distance;
    for (size_t i = 0; i < hall_scene.hall_boxes.size(); ++i)
    {
        const Box& b = hall_scene.hall_boxes[i];
        glm::dvec3 lo(b.min.x, b.min.y, 0), hi(b.max.x, b.max.y, hall_scene.hall_heights[i]);
        if (!in_frustum(planes, lo, hi))
            continue;
        visible.push_back(static_cast<int>(i));
        by_distance.push_back({box_distance(eye, lo, hi), static_cast<int>(i)});
    }
    std::sort(by_distance.begin(), by_distance.end());
    for (auto& [d, h] : by_distance)
    {
        bool close = 3.0 * focal / std::max(d, 1.0) >= kNearModulePx;
        (close && near.size() < kMaxNearHalls ? near : far).push_back(h);
    }
    std::sort(near.begin(), near.end());
    std::sort(far.begin(), far.end());

    auto lit = [&](const Program& p, int cutaway, float alpha)
    {
        p.use();
        glUniformMatrix4fv(p.uniform("u_vp"), 1, GL_FALSE, &vp[0][0]);
        glUniformMatrix4fv(p.uniform("u_light_vp"), 1, GL_FALSE, &g.light_vp[0][0]);
        glUniform3f(p.uniform("u_sun"), static_cast<float>(kSun.x), static_cast<float>(kSun.y),
                    static_cast<float>(kSun.z));
        glUniform3f(p.uniform("u_eye"), static_cast<float>(eye.x), static_cast<float>(eye.y),
                    static_cast<float>(eye.z));
        glActiveTexture(GL_TEXTURE1);
        glBindTexture(GL_TEXTURE_2D, g.shadow.texture());
        glUniform1i(p.uniform("u_shadow"), 1);
        glUniform1f(p.uniform("u_shadow_texel"), 1.0f / static_cast<float>(std::max(g.shadow.size(), 1)));
        glUniform1i(p.uniform("u_shadows"), g.shadow_ready ? 1 : 0);
        glUniform1i(p.uniform("u_cutaway"), cutaway);
        glUniform1f(p.uniform("u_alpha"), alpha);
    };
    lit(programs->lit, 0, 1);
    g.statics.draw_halls(hall_scene.statics.halls, visible, n);
    g.far_lids.draw_halls(hall_scene.far_lids.halls, far, n);
    g.far_sides.draw_halls(hall_scene.far_sides.halls, far, n);
    lit(programs->lit, 1, 1);
    g.walls.draw_halls(hall_scene.walls.halls, visible, n);
    lit(programs->booth, 0, 1);
    g.booths.draw(hall_scene.hall_instances, near, n);

    // Pavilion floors and fascia text over what is drawn, without writing depth.
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDepthMask(GL_FALSE);
    if (display.pavilion_regions)
    {
        glEnable(GL_POLYGON_OFFSET_FILL);
        glPolygonOffset(-1.0f, -2.0f);
        lit(programs->lit, 0, 1);
        g.regions.draw_all(n);
        glDisable(GL_POLYGON_OFFSET_FILL);
    }
    if (display.labels)
    {
        for (int h : near)
        {
            HallLabels& l = hall_labels(h);
            if (!l.fascia_ready)
            {
                l.fascia.upload(hall_fascia_labels(*plan, HallId(h), *writer));
                l.fascia_ready = true;
            }
        }
        upload_atlas();
        for (int h : near)
            draw_glyphs(labels[h].fascia, vp, v, kMinFasciaGlyphPx, 1e9f, n);
    }
    glDisable(GL_DEPTH_TEST);
    draw_overlays(ViewKind::Scene3D, vp, v, n);
    if (display.violations && overlay_gpu->markers.vertices() > 0)
    {
        const Program& p = programs->marker;
        p.use();
        glUniformMatrix4fv(p.uniform("u_vp"), 1, GL_FALSE, &vp[0][0]);
        glUniform2f(p.uniform("u_viewport"), static_cast<float>(v.w), static_cast<float>(v.h));
        overlay_gpu->markers.draw_all(n);
    }
    glDepthMask(GL_TRUE);
    (void)target;
}

} // namespace bp::gl
