// Distances on the plan (the measure tool's arithmetic): between two points, each snapped to the
// nearest module corner of a block. No GL, no ImGui.
#pragma once

#include "layout/model/model.h"

#include <optional>
#include <string>

namespace bp::win
{

struct Measurement
{
    Vec2 a, b; // venue metres, after snapping
    bool a_snapped = false, b_snapped = false;
    HallId hall; // the hall the line starts in (or ends in); invalid outside every hall
    double length_m() const { return distance(a, b); }
    // "20.0 m (16.0 m east, 12.0 m north)"
    std::string text() const;
};

// The nearest module corner of a block of the hall under `p` when one lies within `reach_m`.
std::optional<Vec2> snap_to_modules(const Project& project, Vec2 p, double reach_m = 1.0);
Measurement measure_between(const Project& project, Vec2 a, Vec2 b, bool snap);

} // namespace bp::win
