// Picking on the CPU from the plan description and a collision index per hall (built when a hall
// is first asked about): what lies at a floor point, what a 3D ray meets first, and where a person
// walking through the halls may stand. No GPU read-back.
#pragma once

#include "camera.h"
#include "layout/plan/plan.h"
#include "layout/rules/collision_index.h"

#include <memory>
#include <optional>
#include <vector>

namespace bp
{

struct PickResult
{
    enum class Kind : uint8_t
    {
        None,
        Hall,
        Booth,
        Pavilion,
        Door
    };
    Kind kind = Kind::None; // the most specific of what was found: door, booth, pavilion region, hall
    HallId hall;
    BoothId booth;
    PavilionId pavilion;
    int door = -1;
    Vec2 at;
};

class Picker
{
public:
    // The description must outlive the picker; call forget() when it changes.
    explicit Picker(const PlanDescription& plan) : plan_(&plan) {}

    // Drops every hall's index (a new description), or one hall's (its drawing or booths changed).
    void forget();
    void forget(HallId hall);

    // What lies at a floor point; doors count within `door_tolerance_m` of their span.
    PickResult at_floor(Vec2 at, double door_tolerance_m) const;
    // The first booth the ray meets (its walls or stand, up to its height), else what lies where it
    // meets the floor.
    PickResult along_ray(const Ray& ray, double door_tolerance_m) const;
    // A person of the given radius may stand here: inside a hall, clear of booths, columns, blocked
    // zones and walls.
    bool walkable(Vec2 at, double radius_m) const;

    std::optional<HallId> hall_at(Vec2 at) const;
    const CollisionIndex& index(HallId hall) const;

private:
    const PlanDescription* plan_;
    mutable std::vector<std::unique_ptr<CollisionIndex>> index_;
    std::optional<double> booth_hit(BoothId booth, const Ray& ray) const;
};

} // namespace bp
