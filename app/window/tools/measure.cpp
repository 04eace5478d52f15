// Distances on the plan (app/window/tools/measure.h).
#include "measure.h"

#include "app/window/i18n.h"
#include "pavilion_footprint.h"
#include "solver/solver.h"

#include <algorithm>
#include <cmath>

namespace bp::win
{

namespace
{

// One decimal, and never "-0.0" for a run that goes nowhere.
std::string metres(double v)
{
    return wording_figure(std::abs(v) < 0.05 ? 0.0 : v, 1);
}

} // namespace

std::string Measurement::text() const
{
    const Vec2 d = b - a;
    return trf(S::MeasuredXYZ, {metres(length_m()), metres(std::abs(d.x)),
                                d.x >= 0 ? tr(S::DirectionEast) : tr(S::DirectionWest), metres(std::abs(d.y)),
                                d.y >= 0 ? tr(S::DirectionNorth) : tr(S::DirectionSouth)});
}

std::optional<Vec2> snap_to_modules(const Project& project, Vec2 p, double reach_m)
{
    const HallId hall = hall_at(project, p);
    std::optional<Vec2> best;
    double best_d = reach_m;
    for (const Block& b : project.blocks)
    {
        if (b.hall != hall || b.modules == 0)
            continue;
        // The block's module grid, its corners from (0, 0) to (modules, rows).
        const Vec2 local = p - b.origin;
        const double u = std::clamp(std::round(dot(local, b.along) / b.module_m), 0.0, double(b.modules));
        const double v = std::clamp(std::round(dot(local, b.across) / b.row_depth_m), 0.0, double(b.rows));
        const Vec2 corner = b.origin + b.along * (u * b.module_m) + b.across * (v * b.row_depth_m);
        const double d = distance(corner, p);
        if (d <= best_d)
        {
            best_d = d;
            best = corner;
        }
    }
    return best;
}

Measurement measure_between(const Project& project, Vec2 a, Vec2 b, bool snap)
{
    Measurement m{a, b};
    if (snap)
    {
        if (std::optional<Vec2> s = snap_to_modules(project, a))
        {
            m.a = *s;
            m.a_snapped = true;
        }
        if (std::optional<Vec2> s = snap_to_modules(project, b))
        {
            m.b = *s;
            m.b_snapped = true;
        }
    }
    m.hall = hall_at(project, m.a);
    if (!m.hall.valid())
        m.hall = hall_at(project, m.b);
    return m;
}

} // namespace bp::win
