// A sector's zone judged while it is drawn (app/window/tools/sector_zone.h).
#include "sector_zone.h"

#include "app/window/i18n.h"
#include "layout/rules/collision_index.h"
#include "measure.h"
#include "pavilion_footprint.h"
#include "solver/solver.h"

#include <algorithm>
#include <cmath>

namespace bp::win
{

namespace
{

// The first reason the rectangle cannot be the sector's zone, or empty.
std::string obstacle(const Project& project, SectorId sector, const ZoneVerdict& v)
{
    const Box b = bounds(v.shape);
    if (b.width() < 1 || b.height() < 1)
        return tr(S::ZoneTooSmall);
    const CollisionIndex idx = CollisionIndex::build(project, v.hall, {false, false, false}); // its walls
    if (!idx.overlaps(v.shape, kind_bit(ItemKind::Wall)).empty())
        return trf(S::FootprintLeavesHallX, {project.hall(v.hall).code});
    for (size_t s = 0; s < project.sectors.size(); ++s)
    {
        const Sector& other = project.sectors[s];
        if (static_cast<int32_t>(s) == sector.value || !other.zone || other.zone->hall != v.hall)
            continue;
        const double shared = overlap_area(other.zone->polygon, v.shape);
        if (shared > 0.5)
            return trf(S::ZoneOverlapsXY, {other.name, wording_figure(shared)});
    }
    return {};
}

// The verdict on a shape whose hall is known: what stands in its way and what it holds.
void judge(const Project& project, SectorId sector, ZoneVerdict& v)
{
    if (!v.hall.valid())
    {
        v.reason = tr(S::FootprintOutside);
        return;
    }
    v.reason = obstacle(project, sector, v);
    v.holds_m2 = bookable_m2_inside(project, v.hall, v.shape);
    if (v.reason.empty() && v.holds_m2 <= 0)
        v.reason = tr(S::ZoneNoBooths);
}

} // namespace

std::string ZoneVerdict::text(const std::string& sector) const
{
    if (!rectangle)
        return trf(S::ZoneOutlineXYZW, {sector, std::to_string(shape.size()), wording_figure(area(shape)),
                                        wording_figure(holds_m2)});
    const Box b = bounds(shape);
    return trf(S::ZoneSizeXYZW,
               {sector, wording_figure(b.width(), 1), wording_figure(b.height(), 1), wording_figure(holds_m2)});
}

Vec2 zone_corner(const Project& project, Vec2 p, bool snap)
{
    if (snap)
        if (std::optional<Vec2> s = snap_to_modules(project, p, 1.5))
            return *s;
    return p;
}

ZoneVerdict judge_zone(const Project& project, SectorId sector, Vec2 a, Vec2 b, bool snap)
{
    a = zone_corner(project, a, snap);
    b = zone_corner(project, b, snap);
    ZoneVerdict v;
    v.shape = rectangle({std::min(a.x, b.x), std::min(a.y, b.y)}, {std::max(a.x, b.x), std::max(a.y, b.y)});
    v.hall = hall_at(project, a);
    if (!v.hall.valid())
        v.hall = hall_at(project, b);
    judge(project, sector, v);
    return v;
}

ZoneVerdict judge_zone_outline(const Project& project, SectorId sector, const std::vector<Vec2>& corners)
{
    ZoneVerdict v;
    v.rectangle = false;
    // A corner clicked twice in a row is one corner.
    for (Vec2 c : corners)
        if (v.shape.empty() || distance(v.shape.back(), c) > 1e-6)
            v.shape.push_back(c);
    while (v.shape.size() > 1 && distance(v.shape.front(), v.shape.back()) <= 1e-6)
        v.shape.pop_back();
    v.hall = corners.empty() ? HallId{} : hall_at(project, corners.front());
    // Corners on one line are no zone yet; a bow tie (its area cancels out too) has crossing sides.
    bool on_one_line = true;
    for (size_t i = 2; i < v.shape.size(); ++i)
        on_one_line = on_one_line && std::abs(cross(v.shape[1] - v.shape[0], v.shape[i] - v.shape[0])) < 1e-6;
    if (on_one_line)
    {
        v.reason = tr(S::ZoneNeedsCorners);
        return v;
    }
    if (simple_polygon_problem(v.shape))
    {
        v.reason = tr(S::ZoneSidesCross);
        return v;
    }
    v.shape = counter_clockwise(std::move(v.shape));
    judge(project, sector, v);
    return v;
}

bool closes_outline(const std::vector<Vec2>& corners, Vec2 p, double reach_m)
{
    return corners.size() >= 3 && (distance(corners.front(), p) <= reach_m || distance(corners.back(), p) <= reach_m);
}

} // namespace bp::win
