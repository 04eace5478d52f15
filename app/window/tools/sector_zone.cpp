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

} // namespace

std::string ZoneVerdict::text(const std::string& sector) const
{
    const Box b = bounds(shape);
    return trf(S::ZoneSizeXYZW,
               {sector, wording_figure(b.width(), 1), wording_figure(b.height(), 1), wording_figure(holds_m2)});
}

ZoneVerdict judge_zone(const Project& project, SectorId sector, Vec2 a, Vec2 b, bool snap)
{
    if (snap)
    {
        if (std::optional<Vec2> s = snap_to_modules(project, a, 1.5))
            a = *s;
        if (std::optional<Vec2> s = snap_to_modules(project, b, 1.5))
            b = *s;
    }
    ZoneVerdict v;
    v.shape = rectangle({std::min(a.x, b.x), std::min(a.y, b.y)}, {std::max(a.x, b.x), std::max(a.y, b.y)});
    v.hall = hall_at(project, a);
    if (!v.hall.valid())
        v.hall = hall_at(project, b);
    if (!v.hall.valid())
    {
        v.reason = tr(S::FootprintOutside);
        return v;
    }
    v.reason = obstacle(project, sector, v);
    v.holds_m2 = bookable_m2_inside(project, v.hall, v.shape);
    if (v.reason.empty() && v.holds_m2 <= 0)
        v.reason = tr(S::ZoneNoBooths);
    return v;
}

} // namespace bp::win
