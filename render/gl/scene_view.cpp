// The 3D view: halls outside the view frustum skipped; near halls drawn booth by booth (instanced
// shells, fascia text), far halls as their maps with stands as boxes; a sun with a shadow map drawn
// again only when the camera leaves the ground it covers, sky and ground ambient.
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
constexpr double kNearModulePx = 14;    // a hall is drawn booth by booth once a module is this large
constexpr double kFixturesModulePx = 3; // columns and doors of halls this near or nearer
constexpr size_t kMaxNearHalls = 8;
constexpr int kShadowTexels = 2048;
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

void Renderer::Impl::render_shadow_map(const Box& area)
{
    SceneGpu& g = *scene_gpu;
    if (area.empty() || !g.shadow.ensure(kShadowTexels))
        return;
    // An orthographic view from the sun that holds the area up to its tallest hall.
    double top = 5;
    for (double h : hall_scene.hall_heights)
        top = std::max(top, h);
    glm::dvec3 centre((area.min.x + area.max.x) / 2, (area.min.y + area.max.y) / 2, 0);
    double radius = 0.5 * std::hypot(area.width(), area.height()) + top;
    glm::dmat4 view = glm::lookAt(centre + kSun * (radius * 2), centre, glm::dvec3(0, 0, 1));
    glm::dvec3 lo(1e300), hi(-1e300);
    for (int i = 0; i < 8; ++i)
    {
        glm::dvec4 c(i & 1 ? area.max.x : area.min.x, i & 2 ? area.max.y : area.min.y, i & 4 ? top : 0, 1);
        glm::dvec3 l = glm::dvec3(view * c);
        lo = glm::min(lo, l);
        hi = glm::max(hi, l);
    }
    glm::dmat4 proj = glm::ortho(lo.x, hi.x, lo.y, hi.y, -hi.z - 1, -lo.z + 1);
    g.light_vp = to_float(proj * view);
    g.shadow_area = area;
    std::vector<int> halls;
    for (size_t i = 0; i < hall_scene.hall_boxes.size(); ++i)
        if (hall_scene.hall_boxes[i].overlaps(area))
            halls.push_back(static_cast<int>(i));

    // The whole map is drawn, whatever the window left set: a scissor kept from the frame before
    // would leave part of the old map (another sun view) in place and shadow ground wrongly.
    g.shadow.bind();
    glViewport(0, 0, g.shadow.size(), g.shadow.size());
    glDisable(GL_SCISSOR_TEST);
    glDepthMask(GL_TRUE);
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
    g.casters.draw_halls(hall_scene.casters.halls, halls, ignored);
    glDisable(GL_POLYGON_OFFSET_FILL);
    g.shadow_ready = true;
}

void Renderer::Impl::update_shadows()
{
    // The shadow map covers the ground around where the camera looks, three times as wide as the
    // camera is far (within the venue), and is drawn again only when that leaves it or when the
    // camera came much closer: shadows keep a texel of centimetres without a pass each frame.
    SceneGpu& g = *scene_gpu;
    Box venue = plan->venue_box();
    glm::dvec3 f = walking ? walker.eye : orbit.target;
    // At least 25 m round: a booth seen from a few metres gets shadow texels of about 4 cm, not
    // the stair-stepped edges of coarser ones.
    double r = walking ? 30 : std::clamp(orbit.distance * 0.8, 25.0, 1e5);
    Box want{{std::max(f.x - r, venue.min.x), std::max(f.y - r, venue.min.y)},
             {std::min(f.x + r, venue.max.x), std::min(f.y + r, venue.max.y)}};
    if (want.empty())
        want = venue;
    const Box& have = g.shadow_area;
    bool inside = !have.empty() && want.min.x >= have.min.x && want.min.y >= have.min.y && want.max.x <= have.max.x &&
                  want.max.y <= have.max.y;
    bool much_finer = inside && want.width() * want.height() * 8 < have.width() * have.height();
    if (g.shadow_ready && inside && !much_finer)
        return;
    double m = r * 0.5; // room to move before the next pass
    render_shadow_map(Box{{std::max(want.min.x - m, venue.min.x), std::max(want.min.y - m, venue.min.y)},
                          {std::min(want.max.x + m, venue.max.x), std::min(want.max.y + m, venue.max.y)}});
}

void Renderer::Impl::draw_fascia(const std::vector<int>& near, const Planes& planes, const glm::dmat4& vpd,
                                 double focal, DrawCount& n)
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
    // Text is sized in the pixels drawn: a moving frame drawn at half resolution leaves out the
    // text under kMinFasciaGlyphPx there (smudges of one or two pixels once scaled up), and the
    // still frame after it shows it again.
    focal *= drawn_share;
    // Tiles out of view, or so far that all their text is under the size the shader shows (its em
    // over the nearest clip depth of the tile), are not sent: llvmpipe sets up every triangle it
    // is given.
    const GlyphBatch::TileFilter tiles = [&](const GlyphBatch::TileExtent& t)
    {
        glm::dvec3 lo(t.reach.min.x, t.reach.min.y, t.z0), hi(t.reach.max.x, t.reach.max.y, t.z1);
        if (!in_frustum(planes, lo, hi))
            return false;
        double w = vpd[3][3];
        for (int i = 0; i < 3; ++i)
            w += vpd[i][3] * (vpd[i][3] >= 0 ? lo[i] : hi[i]);
        return w <= 0 || t.em * focal / w >= kMinFasciaGlyphPx;
    };
    const glm::mat4 vp = to_float(vpd);
    glEnable(GL_CULL_FACE); // fascia text reads from the aisle only
    for (int h : near)
        draw_glyphs(labels[h].fascia, vp, static_cast<float>(focal), kMinFasciaGlyphPx, 1e9f, n, &tiles);
    glDisable(GL_CULL_FACE);
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
    std::vector<int> visible, near, far, fixtures;
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
        double module_px = 3.0 * focal / std::max(d, 1.0);
        (module_px >= kNearModulePx && near.size() < kMaxNearHalls ? near : far).push_back(h);
        if (module_px >= kFixturesModulePx)
            fixtures.push_back(h); // columns and doors once they are more than a pixel wide
    }
    std::sort(near.begin(), near.end());
    std::sort(far.begin(), far.end());
    std::sort(fixtures.begin(), fixtures.end());

    auto lit = [&](const Program& p, float alpha)
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
        glUniform1i(p.uniform("u_shadows"), g.shadow_ready ? 1 : 0);
        glUniform1f(p.uniform("u_alpha"), alpha);
    };
    // Front to back where it is cheap to know: booths hide most of the floor, so they go first and
    // the floor's hidden pixels fail the depth test before they are shaded.
    lit(programs->booth, 1); // walls and fascias are seen from both sides: no face culling
    g.booths.draw(hall_scene.hall_instances, near, n);
    lit(programs->lit, 1);
    g.stands.draw_halls(hall_scene.stands.halls, far, n);
    g.fixtures.draw_halls(hall_scene.fixtures.halls, fixtures, n);
    g.floors.draw_halls(hall_scene.floors.halls, near, n);
    // Far halls: their maps (booths in their colours on the floor), lit and shadowed like the floor.
    lit(programs->map, 1);
    draw_maps(maps_gpu->scene, far, vp, true, n);
    lit(programs->wall, 1);
    g.walls.draw_halls(hall_scene.walls.halls, visible, n);

    // Pavilion floors and fascia text over what is drawn, without writing depth.
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDepthMask(GL_FALSE);
    if (display.pavilion_regions)
    {
        glEnable(GL_POLYGON_OFFSET_FILL);
        glPolygonOffset(-1.0f, -2.0f);
        lit(programs->lit, 1);
        g.regions.draw_all(n);
        glDisable(GL_POLYGON_OFFSET_FILL);
    }
    if (display.labels)
        draw_fascia(near, planes, vpd, focal, n);
    glDisable(GL_DEPTH_TEST);
    if (!base_only)
        draw_overlays(vp, v, static_cast<float>(focal), n);
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
