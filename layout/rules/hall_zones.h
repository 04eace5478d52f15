// Safety zones of a hall shared by the grid generator and the checks: door clearance areas and
// the escape-distance test, so both decide with exactly the same geometry.
#pragma once

#include "layout/model/model.h"

#include <optional>
#include <vector>

namespace bp
{

// Unit normal of a door pointing into the walkable hall floor (away from the wall or the blocked
// zone the door sits on).
Vec2 door_inward_normal(const Hall& hall, const Door& door);

// The rectangle kept clear in front of a door: the door's span, `depth` metres into the hall.
Polygon door_clearance(const Hall& hall, const Door& door, double depth);

// Exits and entrances of a hall (freight doors do not count for escape).
std::vector<Segment> escape_doors(const Hall& hall);

// True when one exit or entrance is within `limit` metres in a straight line of every point of
// the convex shape (checked at its corners: distance to a segment is convex). No limit: true.
bool within_escape(const Polygon& shape, const std::vector<Segment>& doors, std::optional<double> limit);

} // namespace bp
