// Where a dragged pavilion's footprint lies and whether it fits (issue 11, part 1): a rectangle or
// an L of whole block bands and modules that holds the members' area plus shared space, snapped to the
// hall's module grid and block edges, tested against the hall's collision index. No GL, no ImGui.
#pragma once

#include "layout/model/model.h"
#include "layout/rules/collision_index.h"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace bp::win
{

// The area a pavilion asks for: its members' requests plus its shared space.
double pavilion_need_m2(const Project& project, PavilionId pavilion);

// What a footprint at one place is: where it lies, what its blocks hold, and why it does not fit.
struct FootprintVerdict
{
    HallId hall;   // invalid: the cursor is outside every hall
    Polygon shape; // venue metres, counter-clockwise; empty outside every hall
    bool snapped = false;
    double need_m2 = 0;
    double holds_m2 = 0;   // bookable module area whose centres lie inside
    bool obstacle = false; // over a column or a blocked zone in an aisle, a wall or a pavilion
    std::string reason;    // why it does not fit; empty when it fits
    bool fits() const { return hall.valid() && reason.empty(); }
};

// What a drop does with a verdict.
struct FootprintDrop
{
    FootprintVerdict verdict; // where it lands (fits() when placed)
    bool settled = false;     // moved away from the drop point to the nearest place that fits
    double moved_m = 0;       // how far
};

// What a pavilion region must stay clear of: the hall's walls, other pavilions, and the columns and
// blocked zones that stand in an aisle. One that stands inside a block only costs the cells it
// stands on (the grid leaves them out of the bookable ones), so the footprint's index leaves it
// out. A door's clear zone costs capacity only: the grid keeps booths out of it, and the pavilion
// puts no booth where the grid has none.
constexpr uint32_t kFootprintObstacles = kind_bit(ItemKind::Pavilion) | kind_bit(ItemKind::Blocked) |
                                         kind_bit(ItemKind::Wall) | kind_bit(ItemKind::Column);

// The hall whose outline holds the point; invalid outside every hall.
HallId hall_at(const Project& project, Vec2 p);

// Bookable module area of the hall's blocks whose module centres lie inside the shape.
double bookable_m2_inside(const Project& project, HallId hall, const Polygon& shape);

// Whether an obstacle's (a column's, a blocked zone's) centre lies inside one of the hall's blocks.
bool stands_in_block(const Project& project, HallId hall, const Polygon& obstacle);

class PavilionFootprint
{
public:
    PavilionFootprint(const Project& project, PavilionId pavilion);

    // The footprint centred at the cursor: snapped to the nearest block's modules along and to
    // block edges across (off: a free rectangle of the same size), tested against the hall.
    FootprintVerdict at(Vec2 cursor, bool snap) const;
    // A drop at the cursor: the footprint there when it fits; over an obstacle, the nearest place
    // that fits (snapped when one of the snapped places near it is free); nullopt when refused
    // (the verdict's reason says why).
    std::optional<FootprintDrop> drop(Vec2 cursor, bool snap) const;

    // The verdict on a given shape in a hall (a placed region moved or turned).
    FootprintVerdict check(HallId hall, const Polygon& shape) const;
    // The module length of the block nearest `at` (3 m where the hall has no blocks).
    double module_m(HallId hall, Vec2 at) const;

    // How many block bands the footprint spans across, relative to the squarest choice ([ and ]).
    int bands_delta = 0;
    // A size typed by the planner (metres east-west, north-south): the footprint is that rectangle,
    // its position still snapped; nullopt: sized from the area and the bands.
    std::optional<Vec2> size_m;
    // 0: a rectangle; 1-4: an L of whole bands and modules, with one corner of the rectangle cut
    // out (1 the far end's far side in the blocks' axes, then counter-clockwise). Halls with a
    // single band of blocks get the rectangle.
    int l_corner = 0;
    PavilionId pavilion() const { return pavilion_; }
    double need_m2() const { return need_m2_; }

private:
    const Project& project_;
    PavilionId pavilion_;
    double need_m2_ = 0;
    mutable std::map<int32_t, CollisionIndex> indexes_; // per hall, built on first use
    mutable std::map<int32_t, std::vector<std::pair<const Block*, Box>>> blocks_; // per hall, with bounds
    const CollisionIndex& index(HallId hall) const;
    // Bookable module area of the hall whose module centres lie inside the shape.
    double holds_m2(HallId hall, const Polygon& shape) const;
    void judge(FootprintVerdict& v) const;
};

// Area of a polygon's part inside another (any simple polygons: the clip is cut into convex pieces).
double overlap_area(const Polygon& subject, const Polygon& clip);

} // namespace bp::win
