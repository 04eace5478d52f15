// A sector's zone drawn on a hall (issue 11, part 3): a rectangle between two corners, or a polygon
// clicked corner by corner, snapped to module corners, inside one hall, clear of the other sectors'
// zones, over booths the solver then keeps for the sector's exhibitors. Judged live while it is
// drawn. No GL, no ImGui.
#pragma once

#include "layout/model/model.h"

#include <string>
#include <vector>

namespace bp::win
{

struct ZoneVerdict
{
    HallId hall;          // invalid outside every hall
    Polygon shape;        // venue metres, counter-clockwise
    double holds_m2 = 0;  // bookable module area whose centres lie inside
    bool rectangle = true; // drawn between two corners (else corner by corner)
    std::string reason;   // why it cannot be the zone; empty when it can
    bool fits() const { return hall.valid() && reason.empty(); }
    // "Food: 14 × 12 m, 108 m² of booths"; "Food: 6 corners, 250 m², 216 m² of booths"
    std::string text(const std::string& sector) const;
};

// The zone with corners `a` and `b` (snapped to the nearest module corners unless `snap` is off).
ZoneVerdict judge_zone(const Project& project, SectorId sector, Vec2 a, Vec2 b, bool snap);

// A corner as the planner clicks it: on the nearest module corner within reach unless `snap` is off.
Vec2 zone_corner(const Project& project, Vec2 p, bool snap);
// The zone with these corners in turn (as clicked, already snapped; either turning sense): it needs
// three, in one hall, and its sides may not cross.
ZoneVerdict judge_zone_outline(const Project& project, SectorId sector, const std::vector<Vec2>& corners);
// Whether a click at `p` closes the outline: on its first corner, or on its last again (a double
// click), within `reach_m`, once it has three corners.
bool closes_outline(const std::vector<Vec2>& corners, Vec2 p, double reach_m);

} // namespace bp::win
