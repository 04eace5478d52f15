// Changing a hall's drawing by hand (issue 11, part 5): a column or a blocked zone moved inside
// the hall, a door slid along its wall; the hall's grid is then generated again, keeping every
// booking that still fits, and those that do not are named. One edit (the drawing and the new grid
// together), so one undo step. No GL, no ImGui.
#pragma once

#include "layout/edit/edit.h"
#include "layout/grid/booth_grid.h"

#include <optional>
#include <string>
#include <vector>

namespace bp::win
{

enum class FixtureKind : uint8_t
{
    Column,
    Blocked,
    Door
};

// A column, blocked zone or door of a hall, by its index in the hall's list.
struct Fixture
{
    HallId hall;
    FixtureKind kind = FixtureKind::Column;
    size_t index = 0;
    friend bool operator==(const Fixture&, const Fixture&) = default;
};

// The fixture under a point (a door within `reach_m` of its span), nullopt when none is.
std::optional<Fixture> fixture_at(const Project& project, Vec2 p, double reach_m = 0.75);
// Its shape on the plan: the column or zone, or a thin band along the door's span.
Polygon fixture_shape(const Project& project, const Fixture& f);
// "column 3 of hall 1.1", in the interface language.
std::string fixture_name(const Project& project, const Fixture& f);

struct FixtureMove
{
    Polygon shape;            // where it would stand
    std::string refused;      // why it cannot go there; empty when it can
    std::optional<Edit> edit; // with the grid: the new drawing and the hall's grid as one edit
    GridReport grid;          // the regenerated hall: bookings kept and dropped
    double moved_m = 0;       // how far it moved (a door: along its wall)
};

// The fixture moved by `offset` (a door by the offset's part along its span). With `regrid` off
// only the shape and whether it may go there (while dragging); with it, the edit and the grid.
FixtureMove move_fixture(const Project& project, const Fixture& f, Vec2 offset, bool regrid);

} // namespace bp::win
