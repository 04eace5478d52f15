// A sector's zone drawn on a hall (issue 11, part 3): a rectangle between two corners snapped to
// module corners, inside one hall, clear of the other sectors' zones, over booths the solver then
// keeps for the sector's exhibitors. Judged live while it is drawn. No GL, no ImGui.
#pragma once

#include "layout/model/model.h"

#include <string>

namespace bp::win
{

struct ZoneVerdict
{
    HallId hall;          // invalid outside every hall
    Polygon shape;        // venue metres, counter-clockwise
    double holds_m2 = 0;  // bookable module area whose centres lie inside
    std::string reason;   // why it cannot be the zone; empty when it can
    bool fits() const { return hall.valid() && reason.empty(); }
    // "Food: 14 × 12 m, 108 m² of booths"
    std::string text(const std::string& sector) const;
};

// The zone with corners `a` and `b` (snapped to the nearest module corners unless `snap` is off).
ZoneVerdict judge_zone(const Project& project, SectorId sector, Vec2 a, Vec2 b, bool snap);

} // namespace bp::win
