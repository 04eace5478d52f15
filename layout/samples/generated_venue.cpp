// Venues of generated fairs: 1-8 halls drawn as rectangles, L- and T-shapes or with one slanted
// wall; column grids of several spacings; stair cores and escape corridors in deep halls; exits
// along every wall and on the cores so most of the floor is within the escape distance.
#include "generated_detail.h"

#include <algorithm>
#include <cmath>

namespace bp::samples
{

namespace
{

double snap(double v)
{
    return std::round(v);
} // whole metres keep the drawings readable

// The outline of one hall of about `area` m², its lower left corner at `at`.
Polygon outline_of(Random& rng, const std::string& shape, double area, Vec2 at, double& width)
{
    double aspect = rng.between(1.1, 1.9);
    double W = std::sqrt(area * aspect), D = area / W;
    std::vector<Vec2> local;
    if (shape == "L")
    {
        double cw = rng.between(0.35, 0.5), cd = rng.between(0.35, 0.5);
        double grow = std::sqrt(1 / (1 - cw * cd));
        W = snap(W * grow), D = snap(D * grow);
        double x = snap(W * (1 - cw)), y = snap(D * (1 - cd));
        local = {{0, 0}, {W, 0}, {W, y}, {x, y}, {x, D}, {0, D}};
    }
    else if (shape == "T")
    {
        double bar = rng.between(0.35, 0.5), stem = rng.between(0.4, 0.6);
        double grow = std::sqrt(1 / (bar + (1 - bar) * stem));
        W = snap(W * grow), D = snap(D * grow);
        double y = snap(D * (1 - bar)), x0 = snap(W * (1 - stem) / 2), x1 = snap(W - (W * (1 - stem) / 2));
        local = {{x0, 0}, {x1, 0}, {x1, y}, {W, y}, {W, D}, {0, D}, {0, y}, {x0, y}};
    }
    else if (shape == "slanted")
    {
        double cut_y = rng.between(0.3, 0.6), cut_x = rng.between(0.2, 0.45);
        double grow = std::sqrt(1 / (1 - cut_x * cut_y / 2));
        W = snap(W * grow), D = snap(D * grow);
        local = {{0, 0}, {W, 0}, {W, snap(D * (1 - cut_y))}, {snap(W * (1 - cut_x)), D}, {0, D}};
    }
    else
    {
        W = snap(W), D = snap(D);
        local = {{0, 0}, {W, 0}, {W, D}, {0, D}};
    }
    width = W;
    Polygon out;
    for (Vec2 p : local)
        out.push_back(at + p);
    return out;
}

bool inside_with_margin(const Polygon& outline, Vec2 lo, Vec2 hi, double margin)
{
    for (Vec2 q : {lo, Vec2{hi.x, lo.y}, hi, Vec2{lo.x, hi.y}})
        for (Vec2 d : {Vec2{-margin, -margin}, Vec2{margin, -margin}, Vec2{margin, margin}, Vec2{-margin, margin}})
            if (!contains(outline, q + d))
                return false;
    return true;
}

// Doors along the walls: an entrance on the first long wall, exits about every 35-45 m of wall,
// a freight door now and then.
void wall_doors(Random& rng, Hall& h)
{
    bool entrance = false;
    const size_t n = h.outline.size();
    for (size_t i = 0; i < n; ++i)
    {
        Vec2 a = h.outline[i], b = h.outline[(i + 1) % n];
        double len = distance(a, b);
        if (len < 12)
            continue;
        int doors = std::max(1, int(len / rng.between(35.0, 45.0)));
        for (int k = 0; k < doors; ++k)
        {
            double mid = (k + 0.5) / doors, half = rng.between(2.0, 3.0) / len;
            DoorKind kind = DoorKind::Exit;
            if (!entrance || (k == 0 && rng.chance(0.25)))
                kind = DoorKind::Entrance;
            else if (rng.chance(0.08))
                kind = DoorKind::Freight;
            entrance = true;
            h.doors.push_back({kind, {a + (b - a) * (mid - half), a + (b - a) * (mid + half)}});
        }
    }
}

// Stair cores (6 m x 6 m, an exit on one face) on a lattice about 55 m apart in halls deeper than
// 50 m, where the walls alone leave the middle beyond the escape distance.
int stair_cores(Random& rng, Hall& h)
{
    Box box = bounds(h.outline);
    double W = box.max.x - box.min.x, D = box.max.y - box.min.y;
    if (std::min(W, D) < 50)
        return 0;
    const double step = rng.between(50.0, 60.0);
    int nx = std::max(1, int(W / step)), ny = std::max(1, int(D / step)), made = 0;
    for (int i = 0; i < nx; ++i)
        for (int j = 0; j < ny; ++j)
        {
            Vec2 c{snap(box.min.x + W * (i + 0.5) / nx), snap(box.min.y + D * (j + 0.5) / ny)};
            Vec2 lo = c - Vec2{3, 3}, hi = c + Vec2{3, 3};
            if (!inside_with_margin(h.outline, lo, hi, 8))
                continue;
            h.blocked.push_back(rectangle(lo, hi));
            int face = rng.below(4);
            Vec2 corners[4] = {lo, {hi.x, lo.y}, hi, {lo.x, hi.y}};
            Vec2 a = corners[face], b = corners[(face + 1) % 4];
            h.doors.push_back({DoorKind::Exit, {a + (b - a) * (1.0 / 6), a + (b - a) * (5.0 / 6)}});
            ++made;
        }
    return made;
}

// An escape corridor: a 3 m strip across a rectangular hall wider than 80 m, exits on its sides.
int escape_corridor(Random& rng, Hall& h, const std::string& shape)
{
    Box box = bounds(h.outline);
    double W = box.max.x - box.min.x, D = box.max.y - box.min.y;
    if (shape != "rectangle" || W < 80 || !rng.chance(0.35))
        return 0;
    double x = snap(box.min.x + W * rng.between(0.35, 0.65));
    Vec2 lo{x, box.min.y + 0.5}, hi{x + 3, box.max.y - 0.5};
    h.blocked.push_back(rectangle(lo, hi));
    int doors = std::max(1, int(D / 30));
    for (int k = 0; k < doors; ++k)
    {
        double y0 = lo.y + (hi.y - lo.y) * (k + 0.5) / doors;
        h.doors.push_back({DoorKind::Exit, {{x, y0 + 2}, {x, y0 - 2}}});
        h.doors.push_back({DoorKind::Exit, {{x + 3, y0 - 2}, {x + 3, y0 + 2}}});
    }
    return 1;
}

bool inside_blocked(const Hall& h, Vec2 p, double margin)
{
    for (const Polygon& b : h.blocked)
    {
        Box bb = bounds(b);
        if (p.x > bb.min.x - margin && p.x < bb.max.x + margin && p.y > bb.min.y - margin && p.y < bb.max.y + margin)
            return true;
    }
    return false;
}

// A column grid of one of several spacings.
bool column_grid(Random& rng, Hall& h)
{
    if (!rng.chance(0.5))
        return false;
    static constexpr std::array<double, 4> kAlong = {9, 12, 18, 24};
    static constexpr std::array<double, 4> kAcross = {12, 18, 21, 24};
    const double sx = rng.pick(kAlong), sy = rng.pick(kAcross), half = sx < 10 ? 0.4 : 0.5;
    Box box = bounds(h.outline);
    for (double x = box.min.x + sx; x < box.max.x - 1; x += sx)
        for (double y = box.min.y + sy; y < box.max.y - 1; y += sy)
        {
            Vec2 lo{x - half, y - half}, hi{x + half, y + half};
            if (inside_with_margin(h.outline, lo, hi, 1) && !inside_blocked(h, {x, y}, 1))
                h.columns.push_back(rectangle(lo, hi));
        }
    return true;
}

HallRuleOverrides hall_rules(Random& rng)
{
    HallRuleOverrides o;
    if (rng.chance(0.3))
        o.aisle_m = 3;
    if (rng.chance(0.3))
        o.main_aisle_m = 8;
    if (rng.chance(0.3))
        o.max_row_m = rng.chance(0.5) ? 18.0 : 30.0;
    if (rng.chance(0.15))
        o.max_exit_distance_m = std::optional<double>(30.0); // not sprinklered
    return o;
}

} // namespace

Venue generated_venue(Random& rng, int halls, int modules, GeneratedFairFacts& facts)
{
    static constexpr std::array<const char*, 4> kShapes = {"rectangle", "L", "T", "slanted"};
    Venue v;
    v.name = "Generated fair";
    std::vector<double> weight(static_cast<size_t>(halls));
    double total = 0;
    for (double& w : weight)
        total += (w = rng.between(0.5, 1.5));
    double x = 0;
    for (int i = 0; i < halls; ++i)
    {
        Hall h;
        h.code = std::to_string(i / 2 + 1) + "." + std::to_string(i % 2 + 1);
        h.name = "Hall " + h.code;
        h.level = i % 2 + 1;
        h.height_m = h.level == 1 ? 12 : 9;
        std::string shape = i == 0 ? "rectangle" : rng.pick(kShapes);
        // A hall holds about 40 % of its floor as booths under the default rules.
        double area = std::max(900.0, modules * weight[static_cast<size_t>(i)] / total * 9 / 0.40);
        double width = 0;
        h.outline = outline_of(rng, shape, area, {x, 0}, width);
        x += width + 30;
        wall_doors(rng, h);
        facts.stair_cores += stair_cores(rng, h);
        facts.escape_corridors += escape_corridor(rng, h, shape);
        facts.halls_with_columns += column_grid(rng, h);
        h.rules = hall_rules(rng);
        facts.hall_shapes.push_back(shape);
        v.halls.push_back(std::move(h));
    }
    return v;
}

} // namespace bp::samples
