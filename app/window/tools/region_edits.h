// A pavilion's placed region moved by whole modules, turned a quarter, or taken off the hall
// (issue 11: placed regions can be moved, rotated and removed; arrow keys nudge, R turns, Del
// removes). Each is one PlacePavilion edit; a region that would not fit where it goes is refused
// with the footprint's reason and nothing changes. No GL, no ImGui.
#pragma once

#include "pavilion_footprint.h"

#include "layout/edit/edit.h"

#include <optional>
#include <string>

namespace bp::win
{

struct RegionChange
{
    std::optional<Edit> edit; // nullopt: refused
    std::string refused;      // why, when refused
    FootprintVerdict verdict; // where the region would stand
};

// Moved `dx` modules east and `dy` north (the module of the block nearest its centre).
RegionChange nudge_region(const Project& project, PavilionId pavilion, int dx, int dy);
// Turned by 90° about the centre of its bounds.
RegionChange turn_region(const Project& project, PavilionId pavilion);
// Taken off the hall: its members are free to stand anywhere again.
RegionChange remove_region(const Project& project, PavilionId pavilion);

} // namespace bp::win
