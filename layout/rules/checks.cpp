// Checks of DESIGN §3 over the grid and the booths: the report, and the checks of a hall's blocks,
// their neighbours, its exits and its pavilions (rows and walkways: check_rows.cpp).
#include "checks.h"

#include "hall_check.h"
#include "hall_zones.h"
#include "layout/geometry/shape_tests.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace bp
{

// [SECTION] Report ----------------------------------------------------------------------------

int CheckReport::hard() const
{
    return static_cast<int>(std::count_if(violations.begin(), violations.end(),
                                          [](const Violation& v) { return v.level == ViolationLevel::Hard; }));
}

int CheckReport::soft() const
{
    return static_cast<int>(violations.size()) - hard();
}

const char* to_string(ViolationLevel level)
{
    return level == ViolationLevel::Hard ? "hard" : "soft";
}

ViolationLevel rule_level(const std::string& id)
{
    // The service gap and the row length are layout conventions; the rest is safety or physics.
    if (id == rule::kWallGap || id == rule::kRowLength)
        return ViolationLevel::Soft;
    return ViolationLevel::Hard;
}

std::string hall_code(const Project& p, const Violation& v)
{
    return v.subjects.halls.empty() ? std::string() : p.hall(v.subjects.halls.front()).code;
}

std::vector<std::string> subject_names(const Project& p, const Violation& v)
{
    std::vector<std::string> out;
    for (BoothId b : v.subjects.booths)
        out.push_back(p.booth(b).number);
    for (PavilionId x : v.subjects.pavilions)
        out.push_back("pavilion:" + p.pavilion(x).name);
    return out;
}

namespace checks
{

std::string metres(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f m", v);
    return buf;
}

Vec2 middle(const Polygon& p)
{
    Box b = bounds(p);
    return (b.min + b.max) * 0.5;
}

namespace
{

bool valid_cells(const Block& b, const BoothCells& c)
{
    return c.rows >= 1 && c.cols >= 1 && c.row >= 0 && c.col >= 0 && c.row + c.rows <= b.rows &&
           c.col + c.cols <= b.modules && b.cells.size() == b.cell_count();
}

// Worst straight-line distance to the nearest exit over the module's corners, as the generator
// measures it: the smallest over doors of the farthest corner.
double escape_distance(const Polygon& cell, const std::vector<Segment>& doors)
{
    double best = 1e300;
    for (const Segment& d : doors)
    {
        double far = 0;
        for (Vec2 p : cell)
            far = std::max(far, distance_to_segment(p, d));
        best = std::min(best, far);
    }
    return best;
}

} // namespace

// [SECTION] HallCheck ---------------------------------------------------------------------------

HallCheck::HallCheck(const Project& p, HallId id, const std::vector<std::vector<int>>& booths_of_block,
                     CheckReport& out)
    : p_(p), id_(id), hall_(p.hall(id)), rules_(p.rules(id)), booths_of_block_(booths_of_block), out_(out),
      index_(CollisionIndex::build(p, id, {false, true, true})), exits_(escape_doors(hall_))
{
}

void HallCheck::run()
{
    for (size_t b = 0; b < p_.blocks.size(); ++b)
        if (p_.blocks[b].hall == id_)
            check_block(static_cast<int>(b));
    check_rows();
    check_pavilions();
    check_exits();
}

void HallCheck::add(const char* rule_id, const std::vector<int>& booths, Vec2 at, std::string message)
{
    Violation v{rule_id, rule_level(rule_id), {}, at, std::move(message)};
    v.subjects.halls = {id_};
    for (int b : booths)
        v.subjects.booths.emplace_back(b);
    out_.violations.push_back(std::move(v));
}

void HallCheck::add_pavilions(const char* rule_id, std::vector<PavilionId> pavilions, Vec2 at, std::string message)
{
    Violation v{rule_id, rule_level(rule_id), {}, at, std::move(message)};
    v.subjects.halls = {id_};
    v.subjects.pavilions = std::move(pavilions);
    out_.violations.push_back(std::move(v));
}

std::vector<int> HallCheck::valid_booths_in(int bi) const
{
    std::vector<int> out;
    for (int b : booths_in(bi))
        if (valid_cells(block(bi), booth(b).cells))
            out.push_back(b);
    return out;
}

void HallCheck::check_block(int bi)
{
    const Block& blk = block(bi);
    if (blk.rows <= 0 || blk.modules <= 0)
        return;
    const Polygon whole = footprint(blk, whole_block(blk));
    check_shared_modules(bi);
    check_walls(bi, whole);
    check_escape(bi, whole);
    check_neighbours(bi, whole);
    check_walkways(bi);
}

// Two booths claiming one module of the same block, or a booth beyond its block's cells.
void HallCheck::check_shared_modules(int bi)
{
    const Block& blk = block(bi);
    std::vector<int> owner(blk.cell_count(), -1);
    for (int b : booths_in(bi))
    {
        const BoothCells& c = booth(b).cells;
        if (!valid_cells(blk, c))
        {
            add(rule::kBadBooth, {b}, blk.origin, "booth " + number(b) + " lies outside its block");
            continue;
        }
        bool reported = false;
        for_each_module(c,
                        [&](int r, int k)
                        {
                            int& o = owner[blk.index(r, k)];
                            if (o >= 0 && !reported)
                            {
                                reported = true;
                                add(rule::kOverlap, {o, b}, middle(module_footprint(blk, r, k)),
                                    "booths " + number(o) + " and " + number(b) + " share a module");
                            }
                            o = b;
                        });
    }
}

// Walls: only blocks near one go down to their booths.
void HallCheck::check_walls(int bi, const Polygon& whole)
{
    if (inside_with_margin(hall_.outline, whole, rules_.wall_gap_m))
        return;
    for (int b : valid_booths_in(bi))
    {
        Polygon fp = booth_shape(b);
        if (!inside_with_margin(hall_.outline, fp, 0))
            add(rule::kOutsideHall, {b}, middle(fp), "booth " + number(b) + " is not inside hall " + hall_.code);
        else if (!inside_with_margin(hall_.outline, fp, rules_.wall_gap_m))
            add(rule::kWallGap, {b}, middle(fp),
                "booth " + number(b) + " is closer than the " + metres(rules_.wall_gap_m) + " service gap to a wall");
    }
}

// Escape distance, per module of the booths of a block that is not wholly within reach.
void HallCheck::check_escape(int bi, const Polygon& whole)
{
    if (within_escape(whole, exits_, rules_.max_exit_distance_m))
        return;
    const Block& blk = block(bi);
    for (int b : valid_booths_in(bi))
    {
        double worst = 0;
        Vec2 at;
        for_each_module(booth(b).cells,
                        [&](int r, int k)
                        {
                            Polygon cell = module_footprint(blk, r, k);
                            if (within_escape(cell, exits_, rules_.max_exit_distance_m))
                                return;
                            if (double d = escape_distance(cell, exits_); d > worst)
                            {
                                worst = d;
                                at = middle(cell);
                            }
                        });
        if (worst > 0)
            add(rule::kEscapeDistance, {b}, at,
                "booth " + number(b) + " is " +
                    (exits_.empty() ? std::string("without any exit") : metres(worst) + " from the nearest exit") +
                    " (limit " + metres(*rules_.max_exit_distance_m) + ")");
    }
}

// Neighbours: obstacles over the block, other blocks overlapping or too close.
void HallCheck::check_neighbours(int bi, const Polygon& whole)
{
    const double reach = std::max(rules_.aisle_m, rules_.wall_gap_m);
    Box around = bounds(whole);
    around.min = around.min - Vec2{reach, reach};
    around.max = around.max + Vec2{reach, reach};
    std::vector<int> near;
    index_.candidates(around,
                      [&](int item)
                      {
                          near.push_back(item);
                          return true;
                      });
    std::sort(near.begin(), near.end());
    for (int item : near)
    {
        ItemRef ref = index_.ref(item);
        if (ref.kind == ItemKind::Block)
        {
            if (ref.index > bi)
                check_block_pair(bi, ref.index);
            continue;
        }
        const char* rule_id = ref.kind == ItemKind::Column          ? rule::kOverColumn
                              : ref.kind == ItemKind::Blocked       ? rule::kOverBlocked
                              : ref.kind == ItemKind::DoorClearance ? rule::kDoorClearance
                                                                    : nullptr;
        if (!rule_id || index_.depth(item, whole) <= kOverlapTolerance)
            continue;
        const std::string what = ref.kind == ItemKind::Column ? "column " + std::to_string(ref.index + 1)
                                 : ref.kind == ItemKind::Blocked
                                     ? "blocked zone " + std::to_string(ref.index + 1)
                                     : "the clear zone of door " + std::to_string(ref.index + 1);
        for (int b : valid_booths_in(bi))
        {
            Polygon fp = booth_shape(b);
            if (index_.depth(item, fp) > kOverlapTolerance)
                add(rule_id, {b}, middle(fp), "booth " + number(b) + " stands in " + what);
        }
    }
}

void HallCheck::check_block_pair(int a, int b)
{
    const Block& ba = block(a);
    const Block& bb = block(b);
    Polygon wa = footprint(ba, whole_block(ba));
    Polygon wb = footprint(bb, whole_block(bb));
    const double depth = penetration(wa, wb);
    if (depth <= kOverlapTolerance && convex_distance(wa, wb) >= rules_.aisle_m - kOverlapTolerance)
        return;
    const std::vector<int> in_b = valid_booths_in(b);
    for (int x : valid_booths_in(a))
    {
        Polygon fx = booth_shape(x);
        for (int y : in_b)
        {
            Polygon fy = booth_shape(y);
            double d = penetration(fx, fy);
            if (d > kOverlapTolerance)
            {
                Box bx = bounds(fx), by = bounds(fy);
                Vec2 at{(std::max(bx.min.x, by.min.x) + std::min(bx.max.x, by.max.x)) / 2,
                        (std::max(bx.min.y, by.min.y) + std::min(bx.max.y, by.max.y)) / 2};
                add(rule::kOverlap, {x, y}, at,
                    "booths " + number(x) + " and " + number(y) + " overlap by " + metres(d));
                continue;
            }
            check_gap(ba, x, fx, y, fy);
        }
    }
}

// A gap narrower than an aisle between booths of different blocks, unless something fills it:
// a column, a blocked zone, another block's modules, or the hall's boundary.
void HallCheck::check_gap(const Block& frame, int x, const Polygon& fx, int y, const Polygon& fy)
{
    const double d = convex_distance(fx, fy);
    if (d <= kOverlapTolerance || d >= rules_.aisle_m - kOverlapTolerance)
        return;
    const Vec2 axes[2] = {frame.along, frame.across};
    double gap_lo[2], gap_hi[2];
    bool facing[2];
    for (int k = 0; k < 2; ++k)
    {
        double a0 = 1e300, a1 = -1e300, b0 = 1e300, b1 = -1e300;
        for (Vec2 p : fx)
        {
            a0 = std::min(a0, dot(p, axes[k]));
            a1 = std::max(a1, dot(p, axes[k]));
        }
        for (Vec2 p : fy)
        {
            b0 = std::min(b0, dot(p, axes[k]));
            b1 = std::max(b1, dot(p, axes[k]));
        }
        // Overlapping projections give the shared stretch; separated ones the stretch between.
        facing[k] = std::max(a0, b0) < std::min(a1, b1);
        gap_lo[k] = std::max(a0, b0) <= std::min(a1, b1) ? std::max(a0, b0) : std::min(a1, b1);
        gap_hi[k] = std::max(a0, b0) <= std::min(a1, b1) ? std::min(a1, b1) : std::max(a0, b0);
    }
    // Only booths facing each other across the gap count; diagonal neighbours meet at an aisle
    // crossing, and booths meeting at a corner line leave no walkable gap.
    if (gap_hi[0] - gap_lo[0] <= kOverlapTolerance || gap_hi[1] - gap_lo[1] <= kOverlapTolerance ||
        !facing[0] == !facing[1])
        return;
    auto at = [&](double u, double v) { return axes[0] * u + axes[1] * v; };
    Polygon gap = {at(gap_lo[0], gap_lo[1]), at(gap_hi[0], gap_lo[1]), at(gap_hi[0], gap_hi[1]),
                   at(gap_lo[0], gap_hi[1])};
    if (!inside_with_margin(hall_.outline, gap, 0))
        return;
    bool filled = false;
    index_.candidates(bounds(gap),
                      [&](int item)
                      {
                          ItemRef ref = index_.ref(item);
                          if (ref.kind == ItemKind::Block || ref.kind == ItemKind::Column ||
                              ref.kind == ItemKind::Blocked)
                              filled = index_.depth(item, gap) > kOverlapTolerance;
                          return !filled;
                      });
    if (!filled)
        add(rule::kAisleWidth, {x, y}, middle(gap),
            "the gap of " + metres(d) + " between booths " + number(x) + " and " + number(y) +
                " is narrower than the " + metres(rules_.aisle_m) + " aisle");
}

// A hall nobody can leave is unsafe, and with an escape-distance rule it holds no booth at all.
void HallCheck::check_exits()
{
    if (!exits_.empty())
        return;
    add(rule::kNoExit, {}, centroid(hall_.outline),
        "hall " + hall_.code + " has no exit or entrance" +
            (rules_.max_exit_distance_m ? ", so every cell is beyond the escape distance" : ""));
}

void HallCheck::check_pavilions()
{
    for (const Contact& c : index_.all_overlaps(kind_bit(ItemKind::Pavilion), kind_bit(ItemKind::Pavilion)))
    {
        const Pavilion& a = p_.pavilions[static_cast<size_t>(c.ref_a.index)];
        const Pavilion& b = p_.pavilions[static_cast<size_t>(c.ref_b.index)];
        add_pavilions(rule::kPavilionOverlap, {PavilionId(c.ref_a.index), PavilionId(c.ref_b.index)}, c.at,
                      "the regions of " + a.name + " and " + b.name + " overlap");
    }
    for (size_t i = 0; i < p_.pavilions.size(); ++i)
    {
        const auto& placed = p_.pavilions[i].placed;
        if (placed && placed->hall == id_ && placed->polygon.size() >= 3 && !index_.inside_hall(placed->polygon))
            add_pavilions(rule::kPavilionOutside, {PavilionId(static_cast<int32_t>(i))}, centroid(placed->polygon),
                          "the region of pavilion " + p_.pavilions[i].name + " leaves hall " + hall_.code);
    }
}

} // namespace checks

// [SECTION] Public ------------------------------------------------------------------------------

namespace
{

std::vector<std::vector<int>> group_booths(const Project& p)
{
    std::vector<std::vector<int>> by_block(p.blocks.size());
    for (size_t i = 0; i < p.booths.size(); ++i)
    {
        const Booth& b = p.booths[i];
        if (b.cells.block.valid() && b.cells.block.index() < p.blocks.size())
            by_block[b.cells.block.index()].push_back(static_cast<int>(i));
    }
    return by_block;
}

} // namespace

void check_hall(const Project& project, HallId hall, CheckReport& out)
{
    auto groups = group_booths(project);
    checks::HallCheck(project, hall, groups, out).run();
}

CheckReport check_project(const Project& project)
{
    CheckReport report;
    auto groups = group_booths(project);
    for (size_t h = 0; h < project.venue.halls.size(); ++h)
        if (project.venue.halls[h].outline.size() >= 3)
            checks::HallCheck(project, HallId(static_cast<int32_t>(h)), groups, report).run();
    for (size_t i = 0; i < project.booths.size(); ++i)
    {
        const Booth& b = project.booths[i];
        if (!b.cells.block.valid() || b.cells.block.index() >= project.blocks.size())
        {
            Violation v{rule::kBadBooth, ViolationLevel::Hard, {}, {}, "booth " + b.number + " has no block"};
            v.subjects.booths = {BoothId(static_cast<int32_t>(i))};
            report.violations.push_back(std::move(v));
        }
    }
    return report;
}

} // namespace bp
