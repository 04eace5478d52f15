// The renderer's public face: building and patching the scene, cameras, picking, and the frame.
#include "renderer_impl.h"
#include "shaders.h"

#include <algorithm>
#include <cmath>
#include <memory>

namespace bp::gl
{

namespace
{
using Clock = std::chrono::steady_clock;
constexpr double kPi = 3.14159265358979323846;
constexpr size_t kLabelHalls = 16; // halls whose label batches are kept

double ms_since(Clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

Viewport viewport_of(ScreenRect r)
{
    return {std::max<double>(r.w, 1), std::max<double>(r.h, 1)};
}

Pick to_pick(const PickResult& r)
{
    Pick p;
    p.kind = static_cast<Pick::Kind>(r.kind);
    p.hall = r.hall;
    p.booth = r.booth;
    p.pavilion = r.pavilion;
    p.door = r.door;
    p.at = r.at;
    return p;
}
} // namespace

// [SECTION] Building and patching -----------------------------------------------------------------

// Booths whose look changed: their plan rectangles in place, their halls' 3D ranges in place (or
// the 3D scene again when a hall's range has no room left), their halls' labels made again.
void Renderer::Impl::patch_booths(const std::vector<BoothId>& booths)
{
    std::vector<int> halls;
    for (BoothId id : booths)
    {
        const BoothLook& b = plan->booth(id);
        Range r = patch_booth_colour(plan_scene, b);
        if (gl_ready && scene_uploaded)
            plan_gpu->booths.write(plan_scene.booths.vertices, r);
        halls.push_back(static_cast<int>(b.hall.index()));
    }
    std::sort(halls.begin(), halls.end());
    halls.erase(std::unique(halls.begin(), halls.end()), halls.end());
    std::vector<TexelRect> repainted = maps->repaint(*plan, booths);
    if (gl_ready && scene_uploaded)
        for (size_t k = 0; k < repainted.size(); ++k)
            if (!repainted[k].empty())
                maps_gpu->atlas.write_rgba(static_cast<int>(k), repainted[k].x, repainted[k].y, repainted[k].w,
                                           repainted[k].h, maps->level_width(static_cast<int>(k)),
                                           maps->level(static_cast<int>(k)).data());
    for (int h : halls)
    {
        forget_labels(HallId(h));
        bool casters_moved = false;
        if (!patch_hall_booths(hall_scene, *plan, HallId(h), &casters_moved))
        {
            hall_scene = build_hall_scene(*plan);
            if (gl_ready && scene_uploaded)
                upload_scene();
            return;
        }
        if (!gl_ready || !scene_uploaded)
            continue;
        scene_gpu->stands.write(hall_scene.stands.vertices, hall_scene.stands.room(static_cast<size_t>(h)));
        scene_gpu->casters.write(hall_scene.casters.vertices, hall_scene.casters.room(static_cast<size_t>(h)));
        const Range& in = hall_scene.hall_instances[static_cast<size_t>(h)];
        scene_gpu->booths.write_range(hall_scene.instances, in);
        if (casters_moved)
            scene_gpu->shadow_ready = false;
    }
}

void Renderer::Impl::build(const Project& project)
{
    auto t0 = Clock::now();
    ColourBy by = plan ? plan->colour_by() : display.colour_by;
    plan = std::make_unique<PlanDescription>(project, by);
    preview_free_made = preview_free_uploaded = false;
    if (!atlas)
    {
        atlas = std::make_unique<GlyphAtlas>();
        writer = std::make_unique<LabelWriter>(*atlas);
    }
    picker = std::make_unique<Picker>(*plan);
    plan_scene = build_plan_scene(*plan, *writer);
    hall_scene = build_hall_scene(*plan);
    maps = std::make_unique<HallMaps>(*plan);
    labels.clear();
    label_use.clear();
    scene_uploaded = false;
    overlays_dirty = true;
    dirty = true;
    if (gl_ready)
        upload_scene();
    stats.build_ms = ms_since(t0);
}

Renderer::Renderer() : impl_(new Impl) {}
Renderer::~Renderer() = default;

void Renderer::set_project(const Project& project)
{
    impl_->build(project);
}

void Renderer::update(const Project& project, const ChangeSet& changed)
{
    Impl& m = *impl_;
    m.dirty = true;
    if (!m.plan)
        return set_project(project);
    auto t0 = Clock::now();
    PlanChange change = m.plan->update(project, changed);
    if (change.all || !change.halls.empty())
    {
        // New booth partitions or hall drawings change every range after them: build again.
        PlanCamera keep_plan = m.plan_cam;
        m.build(project);
        m.plan_cam = keep_plan;
        m.stats.patch_ms = ms_since(t0);
        return;
    }
    m.patch_booths(change.booths);
    if (change.regions)
    {
        rebuild_regions(m.plan_scene, *m.plan, *m.writer);
        rebuild_region_floors(m.hall_scene, *m.plan);
        m.picker->forget(); // the indexes hold pavilion regions
        if (m.gl_ready && m.scene_uploaded)
        {
            m.plan_gpu->region_fills.upload(m.plan_scene.region_fills);
            m.plan_gpu->region_edges.upload(m.plan_scene.region_edges);
            m.plan_gpu->region_labels.upload(m.plan_scene.region_labels);
            m.scene_gpu->regions.upload(m.hall_scene.region_floors);
        }
    }
    m.overlays_dirty = true;
    m.stats.patch_ms = ms_since(t0);
}

void Renderer::set_display(const DisplayOptions& options)
{
    Impl& m = *impl_;
    m.dirty = true;
    bool recolour = m.plan && options.colour_by != m.plan->colour_by();
    m.display = options;
    if (!recolour)
        return;
    // Recolouring changes colours only: patch every booth that changed.
    auto t0 = Clock::now();
    PlanChange change = m.plan->set_colour_by(options.colour_by);
    m.patch_booths(change.booths);
    m.stats.patch_ms = ms_since(t0);
}

void Renderer::set_check_report(const CheckReport& report)
{
    impl_->report = report;
    impl_->overlays_dirty = impl_->dirty = true;
}

void Renderer::set_hover(const Pick& pick)
{
    Pick& h = impl_->hover;
    if (h.kind == pick.kind && h.booth == pick.booth && h.pavilion == pick.pavilion && h.hall == pick.hall &&
        h.door == pick.door)
        return;
    h = pick;
    impl_->overlays_dirty = impl_->live_dirty = true; // the live layer only
}

void Renderer::set_selection(const Selection& selection)
{
    impl_->selection = selection;
    impl_->overlays_dirty = impl_->live_dirty = true; // the live layer only
}

void Renderer::set_highlight(const std::vector<BoothId>& booths)
{
    impl_->highlight = booths;
    impl_->overlays_dirty = impl_->live_dirty = true; // the live layer only
}

void Renderer::set_overlays(std::vector<Overlay> overlays)
{
    impl_->overlays = std::move(overlays);
    impl_->overlays_dirty = impl_->live_dirty = true; // the live layer only
}

// [SECTION] Cameras -------------------------------------------------------------------------------

void Renderer::Impl::place_cameras(ScreenRect rect)
{
    if (!plan)
        return;
    Viewport v = viewport_of(rect);
    if (!plan_placed)
    {
        plan_cam.fit(v, plan->venue_box());
        plan_placed = true;
    }
    if (!orbit_placed)
    {
        orbit.fit(v, plan->venue_box(), 10);
        orbit_placed = true;
    }
}

void Renderer::pan(ViewKind view, ScreenRect rect, float dx, float dy)
{
    Impl& m = *impl_;
    m.dirty = true;
    m.place_cameras(rect);
    m.flight.reset();
    if (view == ViewKind::Plan)
        return m.plan_cam.pan(dx, dy);
    if (m.walking)
        return walk(-dy * 0.05f, dx * 0.05f, 0);
    Viewport v = viewport_of(rect);
    Vec2 c{v.w / 2, v.h / 2};
    m.orbit.pan(v, c, {c.x + dx, c.y + dy});
}

void Renderer::zoom_at(ViewKind view, ScreenRect rect, float x, float y, float steps)
{
    Impl& m = *impl_;
    m.dirty = true;
    m.place_cameras(rect);
    m.flight.reset();
    Viewport v = viewport_of(rect);
    Vec2 s{x - rect.x, y - rect.y};
    if (view == ViewKind::Plan)
        return m.plan_cam.zoom_at(v, s, steps);
    if (m.walking)
        return walk(steps * 1.5f, 0, 0);
    m.orbit.zoom_at(v, s, steps);
}

void Renderer::orbit(ScreenRect rect, float dx, float dy)
{
    Impl& m = *impl_;
    m.dirty = true;
    m.place_cameras(rect);
    m.flight.reset();
    if (m.walking)
    {
        m.walker.yaw = std::remainder(m.walker.yaw - dx * 0.005, 2 * kPi);
        m.walker.pitch = std::clamp(m.walker.pitch - dy * 0.004, -1.2, 1.2);
        return;
    }
    m.orbit.orbit(dx, dy);
}

void Renderer::fit(ViewKind view, ScreenRect rect, const Box& box, bool animate)
{
    Impl& m = *impl_;
    m.dirty = true;
    m.place_cameras(rect);
    Viewport v = viewport_of(rect);
    Flight f;
    f.view = view;
    f.start = Clock::now();
    if (view == ViewKind::Plan)
    {
        f.plan_from = {m.plan_cam.centre, m.plan_cam.px_per_m};
        PlanCamera to = m.plan_cam;
        to.fit(v, box);
        f.plan_to = {to.centre, to.px_per_m};
        if (!animate)
            m.plan_cam = to;
    }
    else
    {
        m.walking = false;
        f.orbit_from = pose_of(m.orbit);
        OrbitCamera to = m.orbit;
        to.fit(v, box, 10);
        f.orbit_to = pose_of(to);
        if (!animate)
            m.orbit = to;
    }
    if (animate)
        m.flight = f;
}

void Renderer::fly_to_booth(ViewKind view, ScreenRect rect, BoothId booth)
{
    Impl& m = *impl_;
    m.dirty = true;
    if (!m.plan || !booth.valid() || booth.index() >= m.plan->booths().size())
        return;
    const BoothLook& b = m.plan->booth(booth);
    if (view == ViewKind::Plan)
    {
        Box box = bounds(b.footprint);
        Vec2 c{(box.min.x + box.max.x) / 2, (box.min.y + box.max.y) / 2};
        double r = std::max({box.width(), box.height(), 3.0}) * 5;
        return fit(view, rect, Box{{c.x - r, c.y - r}, {c.x + r, c.y + r}}, true);
    }
    m.place_cameras(rect);
    m.walking = false;
    // From the aisle the booth opens on, of those the one the camera turns least to face (its
    // fascia and name read from there); an enclosed booth is seen from where the camera is now.
    double yaw = m.orbit.yaw, turn = 1e9;
    for (int i = 0; i < 4; ++i)
    {
        const Vec2 out = b.outward(i);
        double side = std::atan2(out.y, out.x);
        double t = std::abs(std::remainder(side - m.orbit.yaw, 2 * kPi));
        if (b.open[i] && t < turn)
        {
            turn = t;
            yaw = side;
        }
    }
    Flight f;
    f.view = view;
    f.start = Clock::now();
    f.orbit_from = pose_of(m.orbit);
    f.orbit_to = {{b.label.centre.x, b.label.centre.y, 1.2}, yaw, 0.55, 16 + b.length_m};
    m.flight = f;
}

void Renderer::set_walk(bool on)
{
    Impl& m = *impl_;
    m.dirty = true;
    if (on == m.walking || !m.plan)
        return;
    m.flight.reset();
    m.walking = on;
    if (!on)
        return;
    // Start where the orbit camera looks, on the nearest free floor, facing the same way.
    Vec2 start{m.orbit.target.x, m.orbit.target.y};
    std::optional<HallId> hall = m.picker->hall_at(start);
    if (!hall && !m.plan->halls().empty())
    {
        const Box& b = m.plan->halls().front().box;
        start = {(b.min.x + b.max.x) / 2, (b.min.y + b.max.y) / 2};
    }
    for (double r = 0; r < 60 && !m.picker->walkable(start, 0.3); r += 0.5)
        for (int k = 0; k < 16; ++k)
        {
            Vec2 p = start + Vec2{std::cos(k * kPi / 8), std::sin(k * kPi / 8)} * r;
            if (m.picker->walkable(p, 0.3))
            {
                start = p;
                break;
            }
        }
    m.walker.eye = {start.x, start.y, WalkCamera::kEyeHeight_m};
    m.walker.yaw = m.orbit.yaw + kPi;
    m.walker.pitch = 0;
}

void Renderer::walk(float forward_m, float right_m, float turn_rad)
{
    Impl& m = *impl_;
    m.dirty = true;
    if (!m.walking)
        return;
    WalkCamera& w = m.walker;
    w.yaw = std::remainder(w.yaw + turn_rad, 2 * kPi);
    Vec2 f{std::cos(w.yaw), std::sin(w.yaw)}, r{std::sin(w.yaw), -std::cos(w.yaw)};
    Vec2 at{w.eye.x, w.eye.y}, step = f * forward_m + r * right_m;
    // Slide along what blocks the way: try the whole step, then each axis.
    for (Vec2 s : {step, Vec2{step.x, 0}, Vec2{0, step.y}})
        if (m.picker->walkable(at + s, 0.3))
        {
            w.eye.x += s.x;
            w.eye.y += s.y;
            return;
        }
}

void Renderer::show_plan(Vec2 centre, double px_per_m)
{
    Impl& m = *impl_;
    m.dirty = true;
    m.flight.reset();
    m.plan_cam.centre = centre;
    m.plan_cam.px_per_m = std::clamp(px_per_m, PlanCamera::kMinPxPerM, PlanCamera::kMaxPxPerM);
    m.plan_placed = true;
}

void Renderer::look_at(double ex, double ey, double ez, double tx, double ty, double tz)
{
    Impl& m = *impl_;
    m.dirty = true;
    m.flight.reset();
    m.walking = false;
    glm::dvec3 d(ex - tx, ey - ty, ez - tz);
    double len = glm::length(d);
    m.orbit.target = {tx, ty, tz};
    m.orbit.distance = std::clamp(len, OrbitCamera::kMinDistance, OrbitCamera::kMaxDistance);
    m.orbit.yaw = std::atan2(d.y, d.x);
    m.orbit.pitch = std::clamp(std::asin(len > 0 ? d.z / len : 1.0), OrbitCamera::kMinPitch, OrbitCamera::kMaxPitch);
    m.orbit_placed = true;
}

void Renderer::finish_animation()
{
    Impl& m = *impl_;
    m.dirty = true;
    if (!m.flight)
        return;
    m.flight->seconds = 1e-9;
    m.advance_flight();
}

bool Renderer::needs_redraw() const
{
    return impl_->dirty || impl_->flight.has_value() || impl_->refine_pending;
}

std::optional<Vec2> Renderer::walker() const
{
    if (!impl_->walking)
        return std::nullopt;
    return Vec2{impl_->walker.eye.x, impl_->walker.eye.y};
}

Box Renderer::visible_box(ScreenRect rect) const
{
    return impl_->plan_cam.visible_box(viewport_of(rect));
}

bool Renderer::animating() const
{
    return impl_->flight.has_value();
}

void Renderer::Impl::advance_flight()
{
    if (!flight)
        return;
    double t = std::chrono::duration<double>(Clock::now() - flight->start).count() / flight->seconds;
    t = std::min(t, 1.0);
    if (flight->view == ViewKind::Plan)
    {
        PlanPose p = blend(flight->plan_from, flight->plan_to, t);
        plan_cam.centre = p.centre;
        plan_cam.px_per_m = p.px_per_m;
    }
    else
        apply(orbit, blend(flight->orbit_from, flight->orbit_to, t));
    if (t >= 1)
        flight.reset();
}

glm::dmat4 Renderer::Impl::scene_view() const
{
    return walking ? walker.view() : orbit.view();
}

glm::dmat4 Renderer::Impl::scene_projection(Viewport v) const
{
    return walking ? walker.projection(v) : orbit.projection(v);
}

glm::dvec3 Renderer::Impl::scene_eye() const
{
    return walking ? walker.eye : orbit.eye();
}

Ray Renderer::Impl::scene_ray(Viewport v, Vec2 at) const
{
    return walking ? walker.ray(v, at) : orbit.ray(v, at);
}

// [SECTION] Picking -------------------------------------------------------------------------------

Pick Renderer::pick(ViewKind view, ScreenRect rect, float x, float y) const
{
    const Impl& m = *impl_;
    if (!m.plan)
        return {};
    Viewport v = viewport_of(rect);
    Vec2 s{x - rect.x, y - rect.y};
    if (view == ViewKind::Plan)
        return to_pick(m.picker->at_floor(m.plan_cam.to_venue(v, s), 6 / m.plan_cam.px_per_m));
    return to_pick(m.picker->along_ray(m.scene_ray(v, s), 0.6));
}

std::optional<Vec2> Renderer::to_venue(ViewKind view, ScreenRect rect, float x, float y) const
{
    const Impl& m = *impl_;
    Viewport v = viewport_of(rect);
    Vec2 s{x - rect.x, y - rect.y};
    if (view == ViewKind::Plan)
        return m.plan_cam.to_venue(v, s);
    return floor_hit(m.scene_ray(v, s));
}

FrameStats Renderer::stats() const
{
    FrameStats s = impl_->stats;
    s.gpu_bytes = gpu_bytes();
    return s;
}

// [SECTION] Labels on demand ----------------------------------------------------------------------

HallLabels& Renderer::Impl::hall_labels(int hall)
{
    label_use.remove(hall);
    label_use.push_front(hall);
    while (label_use.size() > kLabelHalls)
    {
        labels.erase(label_use.back());
        label_use.pop_back();
    }
    return labels[hall];
}

void Renderer::Impl::forget_labels(HallId hall)
{
    auto it = labels.find(static_cast<int>(hall.index()));
    if (it != labels.end())
        it->second.plan_ready = it->second.fascia_ready = false;
}

} // namespace bp::gl
