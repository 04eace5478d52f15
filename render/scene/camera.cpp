// Camera maths in doubles (venue coordinates reach kilometres; the GPU gets floats relative to
// the view).
#include "camera.h"

#include <glm/gtc/matrix_transform.hpp>

#include <algorithm>
#include <cmath>

namespace bp
{

namespace
{
constexpr double kPi = 3.14159265358979323846;

Ray ray_through(const glm::dmat4& view, const glm::dmat4& proj, Viewport v, Vec2 s)
{
    glm::dmat4 inv = glm::inverse(proj * view);
    double nx = 2 * s.x / v.w - 1, ny = 1 - 2 * s.y / v.h;
    glm::dvec4 a = inv * glm::dvec4(nx, ny, -1, 1), b = inv * glm::dvec4(nx, ny, 1, 1);
    glm::dvec3 pa = glm::dvec3(a) / a.w, pb = glm::dvec3(b) / b.w;
    return {pa, glm::normalize(pb - pa)};
}

double smooth(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return t * t * (3 - 2 * t);
}
} // namespace

// [SECTION] Plan -----------------------------------------------------------------------------------

Vec2 PlanCamera::to_screen(Viewport v, Vec2 p) const
{
    return {(p.x - centre.x) * px_per_m + v.w / 2, (centre.y - p.y) * px_per_m + v.h / 2};
}

Vec2 PlanCamera::to_venue(Viewport v, Vec2 s) const
{
    return {centre.x + (s.x - v.w / 2) / px_per_m, centre.y - (s.y - v.h / 2) / px_per_m};
}

Box PlanCamera::visible_box(Viewport v) const
{
    Box b;
    b.add(to_venue(v, {0, v.h}));
    b.add(to_venue(v, {v.w, 0}));
    return b;
}

void PlanCamera::pan(double dx_px, double dy_px)
{
    centre.x -= dx_px / px_per_m;
    centre.y += dy_px / px_per_m;
}

void PlanCamera::zoom_at(Viewport v, Vec2 s, double steps)
{
    Vec2 anchor = to_venue(v, s);
    px_per_m = std::clamp(px_per_m * std::pow(1.2, steps), kMinPxPerM, kMaxPxPerM);
    // The anchor back under the cursor.
    centre = {anchor.x - (s.x - v.w / 2) / px_per_m, anchor.y + (s.y - v.h / 2) / px_per_m};
}

void PlanCamera::fit(Viewport v, const Box& box)
{
    if (box.empty())
        return;
    centre = {(box.min.x + box.max.x) / 2, (box.min.y + box.max.y) / 2};
    double w = std::max(box.width(), 1.0) * 1.06, h = std::max(box.height(), 1.0) * 1.06;
    px_per_m = std::clamp(std::min(v.w / w, v.h / h), kMinPxPerM, kMaxPxPerM);
}

glm::mat4 PlanCamera::view_projection(Viewport v) const
{
    // Floats hold venue metres to a tenth of a millimetre up to 2 km, below a pixel at any zoom.
    double sx = 2 * px_per_m / v.w, sy = 2 * px_per_m / v.h;
    glm::mat4 m(1.0f);
    m[0][0] = static_cast<float>(sx);
    m[1][1] = static_cast<float>(sy);
    m[2][2] = -0.001f;
    m[3][0] = static_cast<float>(-centre.x * sx);
    m[3][1] = static_cast<float>(-centre.y * sy);
    return m;
}

// [SECTION] Orbit ----------------------------------------------------------------------------------

std::optional<Vec2> floor_hit(const Ray& r)
{
    if (std::fabs(r.dir.z) < 1e-9)
        return std::nullopt;
    double t = -r.origin.z / r.dir.z;
    if (t <= 0)
        return std::nullopt;
    return Vec2{r.origin.x + r.dir.x * t, r.origin.y + r.dir.y * t};
}

glm::dvec3 OrbitCamera::eye() const
{
    double c = std::cos(pitch);
    return target + distance * glm::dvec3(c * std::cos(yaw), c * std::sin(yaw), std::sin(pitch));
}

glm::dmat4 OrbitCamera::view() const
{
    return glm::lookAt(eye(), target, glm::dvec3(0, 0, 1));
}

glm::dmat4 OrbitCamera::projection(Viewport v) const
{
    // Near and far follow the distance so depth precision stays where the eye looks.
    double near = std::max(0.05, distance * 0.01), far = distance * 8 + 3000;
    return glm::perspective(fov_y, v.w / std::max(v.h, 1.0), near, far);
}

Ray OrbitCamera::ray(Viewport v, Vec2 s) const
{
    return ray_through(view(), projection(v), v, s);
}

void OrbitCamera::orbit(double dx_px, double dy_px)
{
    yaw = std::remainder(yaw - dx_px * 0.006, 2 * kPi);
    pitch = std::clamp(pitch + dy_px * 0.005, kMinPitch, kMaxPitch);
}

void OrbitCamera::pan(Viewport v, Vec2 from_px, Vec2 to_px)
{
    std::optional<Vec2> a = floor_hit(ray(v, from_px)), b = floor_hit(ray(v, to_px));
    if (!a || !b)
    {
        // Looking at the horizon: move by the screen distance at the target's depth instead.
        double m_per_px = 2 * distance * std::tan(fov_y / 2) / v.h;
        glm::dvec3 right(-std::sin(yaw), std::cos(yaw), 0), fwd(-std::cos(yaw), -std::sin(yaw), 0);
        target -= right * ((to_px.x - from_px.x) * m_per_px) - fwd * ((to_px.y - from_px.y) * m_per_px);
        return;
    }
    // Clamp so that a point near the horizon does not throw the camera kilometres away.
    Vec2 d = *a - *b;
    double limit = distance * 2, len = length(d);
    if (len > limit)
        d = d * (limit / len);
    target += glm::dvec3(d.x, d.y, 0);
}

void OrbitCamera::zoom_at(Viewport v, Vec2 s, double steps)
{
    double f = std::pow(1.0 / 1.2, steps);
    double d = std::clamp(distance * f, kMinDistance, kMaxDistance);
    f = d / distance;
    std::optional<Vec2> p = floor_hit(ray(v, s));
    if (p && glm::distance(glm::dvec3(p->x, p->y, 0), eye()) < distance * 20)
    {
        // The eye moves along its line to the floor point, so the point stays under the cursor.
        glm::dvec3 anchor(p->x, p->y, 0);
        target = anchor + (target - anchor) * f;
    }
    distance = d;
}

void OrbitCamera::fit(Viewport v, const Box& box, double height_m)
{
    if (box.empty())
        return;
    target = {(box.min.x + box.max.x) / 2, (box.min.y + box.max.y) / 2, 0};
    // The nearest distance from which every corner of the box lies inside the picture.
    auto fits = [&](double d)
    {
        distance = d;
        glm::dmat4 m = projection(v) * view();
        for (int i = 0; i < 8; ++i)
        {
            glm::dvec4 c =
                m * glm::dvec4(i & 1 ? box.max.x : box.min.x, i & 2 ? box.max.y : box.min.y, i & 4 ? height_m : 0, 1);
            if (c.w <= 0 || std::fabs(c.x / c.w) > 0.94 || std::fabs(c.y / c.w) > 0.94)
                return false;
        }
        return true;
    };
    double lo = kMinDistance, hi = kMinDistance;
    while (hi < kMaxDistance && !fits(hi))
        hi *= 2;
    for (int i = 0; i < 40 && hi > lo * 1.001; ++i)
    {
        double mid = std::sqrt(lo * hi);
        (fits(mid) ? hi : lo) = mid;
    }
    distance = std::min(hi, kMaxDistance);
}

// [SECTION] Walk -----------------------------------------------------------------------------------

glm::dvec3 WalkCamera::forward() const
{
    return {std::cos(pitch) * std::cos(yaw), std::cos(pitch) * std::sin(yaw), std::sin(pitch)};
}

glm::dmat4 WalkCamera::view() const
{
    return glm::lookAt(eye, eye + forward(), glm::dvec3(0, 0, 1));
}

glm::dmat4 WalkCamera::projection(Viewport v) const
{
    return glm::perspective(fov_y, v.w / std::max(v.h, 1.0), 0.1, 2000.0);
}

Ray WalkCamera::ray(Viewport v, Vec2 s) const
{
    return ray_through(view(), projection(v), v, s);
}

// [SECTION] Flights --------------------------------------------------------------------------------

OrbitPose pose_of(const OrbitCamera& c)
{
    return {c.target, c.yaw, c.pitch, c.distance};
}

void apply(OrbitCamera& c, const OrbitPose& p)
{
    c.target = p.target;
    c.yaw = p.yaw;
    c.pitch = p.pitch;
    c.distance = p.distance;
}

OrbitPose blend(const OrbitPose& a, const OrbitPose& b, double t)
{
    double s = smooth(t);
    OrbitPose p;
    p.target = a.target + (b.target - a.target) * s;
    p.yaw = a.yaw + std::remainder(b.yaw - a.yaw, 2 * kPi) * s;
    p.pitch = a.pitch + (b.pitch - a.pitch) * s;
    p.distance = a.distance * std::pow(b.distance / a.distance, s);
    return p;
}

PlanPose blend(const PlanPose& a, const PlanPose& b, double t)
{
    double s = smooth(t);
    return {a.centre + (b.centre - a.centre) * s, a.px_per_m * std::pow(b.px_per_m / a.px_per_m, s)};
}

} // namespace bp
