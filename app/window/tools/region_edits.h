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

// A copy of one pavilion's region given to another, beside it (Ctrl+D): the copy east, west, north
// or south of the original, touching it or one or two modules further (an aisle between), the
// first of those that fits the other pavilion, checked as its drop would be. `direction` says
// where it went ("east"...), in the planner's language.
struct RegionCopy
{
    RegionChange change;
    std::string direction;
};
RegionCopy duplicate_region(const Project& project, PavilionId from, PavilionId to);

// A rectangular region in its own axes: u along its first edge, v across it (counter-clockwise).
struct RegionFrame
{
    Vec2 origin, u, v;
    double u0 = 0, u1 = 0, v0 = 0, v1 = 0;
    Vec2 at(double a, double b) const { return origin + u * a + v * b; }
    Polygon shape() const;
};
// nullopt when the polygon is not a rectangle (four corners, right angles).
std::optional<RegionFrame> region_frame(const Polygon& polygon);

// The sides a resize handle moves: its corners move two, the middles of its sides one.
enum RegionSide : uint8_t
{
    kSideU0 = 1,
    kSideU1 = 2,
    kSideV0 = 4,
    kSideV1 = 8
};
struct RegionHandle
{
    uint8_t sides = 0;
    Vec2 at;
};
// Eight handles of a rectangular region: four corners, then the middles of its sides.
std::vector<RegionHandle> region_handles(const Polygon& polygon);

// The region with the given sides moved to the point `to` (venue metres): snapped, in whole
// modules of the nearest block from where they were; free, to the point itself (never under a
// metre across). Checked as a drop would be.
RegionChange resize_region(const Project& project, PavilionId pavilion, uint8_t sides, Vec2 to, bool snap);

} // namespace bp::win
