// Cameras of the plan and 3D views, GL-free: the plan's top view (pan and zoom anchored at the
// cursor), the 3D orbit camera (rotate, pan, zoom to the cursor), the walk-through at eye height,
// and camera flights between two poses. Screen points are pixels from the top left of the view.
#pragma once

#include "layout/geometry/geometry.h"

#include <glm/glm.hpp>

#include <optional>

namespace bp
{

struct Viewport
{
    double w = 1, h = 1; // pixels
};

// [SECTION] Plan view ------------------------------------------------------------------------------

class PlanCamera
{
public:
    Vec2 centre;         // venue metres at the middle of the view
    double px_per_m = 2; // zoom
    static constexpr double kMinPxPerM = 0.01, kMaxPxPerM = 400;

    Vec2 to_screen(Viewport v, Vec2 venue) const;
    Vec2 to_venue(Viewport v, Vec2 screen) const;
    Box visible_box(Viewport v) const;
    // The screen moves by (dx, dy) pixels and the plan with it.
    void pan(double dx_px, double dy_px);
    // Zooms by 1.2 per step (positive: in), keeping the venue point under the cursor in place.
    void zoom_at(Viewport v, Vec2 screen, double steps);
    // Shows the whole box with a margin.
    void fit(Viewport v, const Box& box);
    // Column-major orthographic matrix from venue metres (z up, unused) to clip space.
    glm::mat4 view_projection(Viewport v) const;
};

// [SECTION] 3D view --------------------------------------------------------------------------------

struct Ray
{
    glm::dvec3 origin, dir; // dir unit length
};

// Where the ray meets the floor (z = 0) in front of its origin.
std::optional<Vec2> floor_hit(const Ray& ray);

class OrbitCamera
{
public:
    glm::dvec3 target{0, 0, 0}; // venue metres, z up
    double yaw = -1.2;          // radians: direction from the target to the eye, counter-clockwise from east
    double pitch = 0.75;        // radians above the floor, within [kMinPitch, kMaxPitch]
    double distance = 200;      // metres from the target
    double fov_y = 0.785398;    // 45 degrees
    static constexpr double kMinPitch = 0.08, kMaxPitch = 1.55, kMinDistance = 2, kMaxDistance = 20000;

    glm::dvec3 eye() const;
    glm::dmat4 view() const;
    glm::dmat4 projection(Viewport v) const;
    Ray ray(Viewport v, Vec2 screen) const;
    // Turns around the target: dx turns about the vertical, dy tilts.
    void orbit(double dx_px, double dy_px);
    // Drags the floor: the floor point under the cursor follows it.
    void pan(Viewport v, Vec2 from_px, Vec2 to_px);
    // Moves towards (positive steps) the floor point under the cursor, which stays under it.
    void zoom_at(Viewport v, Vec2 screen, double steps);
    // Looks at the whole box from the current direction.
    void fit(Viewport v, const Box& box, double height_m);
};

// Walking through the halls at eye height.
class WalkCamera
{
public:
    glm::dvec3 eye{0, 0, 1.7};
    double yaw = 0;   // heading, counter-clockwise from east
    double pitch = 0; // looking up (+) or down (-)
    double fov_y = 1.05;
    static constexpr double kEyeHeight_m = 1.7;

    glm::dvec3 forward() const;
    glm::dmat4 view() const;
    glm::dmat4 projection(Viewport v) const;
    Ray ray(Viewport v, Vec2 screen) const;
};

// [SECTION] Flights --------------------------------------------------------------------------------

// A smooth move between two orbit poses (or two plan poses) over `seconds`.
struct OrbitPose
{
    glm::dvec3 target;
    double yaw = 0, pitch = 0, distance = 1;
};
struct PlanPose
{
    Vec2 centre;
    double px_per_m = 1;
};

OrbitPose pose_of(const OrbitCamera& c);
void apply(OrbitCamera& c, const OrbitPose& p);
// Smoothstep blend at t in [0, 1]; distance and zoom blend geometrically, yaw the short way round.
OrbitPose blend(const OrbitPose& a, const OrbitPose& b, double t);
PlanPose blend(const PlanPose& a, const PlanPose& b, double t);

} // namespace bp
