// Door clearance zones and the escape-distance test (DESIGN §3).
#include "hall_zones.h"

#include "layout/geometry/shape_tests.h"

namespace bp
{

Vec2 door_inward_normal(const Hall& hall, const Door& door)
{
    Vec2 d = normalized(door.span.b - door.span.a);
    Vec2 n{-d.y, d.x};
    Vec2 probe = (door.span.a + door.span.b) * 0.5 + n * 0.05;
    bool walkable = contains(hall.outline, probe, kBoundaryUntested);
    for (const Polygon& b : hall.blocked)
        if (walkable && contains(b, probe, kBoundaryUntested))
            walkable = false;
    return walkable ? n : n * -1.0;
}

Polygon door_clearance(const Hall& hall, const Door& door, double depth)
{
    Vec2 n = door_inward_normal(hall, door);
    return counter_clockwise({door.span.a, door.span.b, door.span.b + n * depth, door.span.a + n * depth});
}

std::vector<Segment> escape_doors(const Hall& hall)
{
    std::vector<Segment> out;
    for (const Door& d : hall.doors)
        if (d.kind != DoorKind::Freight)
            out.push_back(d.span);
    return out;
}

bool within_escape(const Polygon& shape, const std::vector<Segment>& doors, std::optional<double> limit)
{
    if (!limit)
        return true;
    for (const Segment& door : doors)
    {
        bool all = true;
        for (Vec2 p : shape)
            if (distance_to_segment(p, door) > *limit + 1e-9)
            {
                all = false;
                break;
            }
        if (all)
            return true;
    }
    return false;
}

} // namespace bp
