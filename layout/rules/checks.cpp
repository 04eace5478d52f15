// Checks of DESIGN §3 over the grid and the booths. Work is done per block first (a block clear of
// every column, door zone, wall and neighbour has booths clear of them too) and only goes down to
// booths where a block is in doubt; the hall's CollisionIndex finds the neighbours.
#include "checks.h"

#include "collision_index.h"
#include "hall_zones.h"
#include "layout/geometry/shape_tests.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>

namespace bp
{

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

namespace
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

bool valid_cells(const Block& b, const BoothCells& c)
{
    return c.rows >= 1 && c.cols >= 1 && c.row >= 0 && c.col >= 0 && c.row + c.rows <= b.rows &&
           c.col + c.cols <= b.modules && b.cells.size() == static_cast<size_t>(b.rows * b.modules);
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

class HallCheck
{
public:
    HallCheck(const Project& p, HallId id, const std::vector<std::vector<int>>& booths_of_block, CheckReport& out)
        : p_(p), id_(id), hall_(p.hall(id)), rules_(p.rules(id)), booths_of_block_(booths_of_block), out_(out),
          index_(CollisionIndex::build(p, id, {false, true, true})), exits_(escape_doors(hall_))
    {
    }

    void run()
    {
        for (size_t b = 0; b < p_.blocks.size(); ++b)
            if (p_.blocks[b].hall == id_)
                check_block(static_cast<int>(b));
        check_rows();
        check_pavilions();
    }

private:
    void add(const char* rule_id, std::vector<std::string> booths, Vec2 at, std::string message)
    {
        out_.violations.push_back(
            {rule_id, rule_level(rule_id), hall_.code, std::move(booths), at, std::move(message)});
    }

    const std::vector<int>& booths_in(int block) const { return booths_of_block_[static_cast<size_t>(block)]; }
    Polygon booth_shape(int booth) const
    {
        const Booth& b = p_.booths[static_cast<size_t>(booth)];
        return footprint(p_.block(b.cells.block), b.cells);
    }
    const std::string& number(int booth) const { return p_.booths[static_cast<size_t>(booth)].number; }

    void check_block(int bi)
    {
        const Block& blk = p_.blocks[static_cast<size_t>(bi)];
        if (blk.rows <= 0 || blk.modules <= 0)
            return;
        const Polygon whole = footprint(blk, {BlockId(), 0, blk.rows, 0, blk.modules});

        // Two booths claiming one module of the same block.
        std::vector<int> owner(static_cast<size_t>(blk.rows * blk.modules), -1);
        for (int booth : booths_in(bi))
        {
            const BoothCells& c = p_.booths[static_cast<size_t>(booth)].cells;
            if (!valid_cells(blk, c))
            {
                add(rule::kBadBooth, {number(booth)}, blk.origin, "booth " + number(booth) + " lies outside its block");
                continue;
            }
            bool reported = false;
            for (int r = c.row; r < c.row + c.rows; ++r)
                for (int k = c.col; k < c.col + c.cols; ++k)
                {
                    int& o = owner[static_cast<size_t>(r * blk.modules + k)];
                    if (o >= 0 && !reported)
                    {
                        reported = true;
                        add(rule::kOverlap, {number(o), number(booth)}, middle(footprint(blk, {BlockId(), r, 1, k, 1})),
                            "booths " + number(o) + " and " + number(booth) + " share a module");
                    }
                    o = booth;
                }
        }

        // Walls: only blocks near one go down to their booths.
        if (!inside_with_margin(hall_.outline, whole, rules_.wall_gap_m))
            for (int booth : booths_in(bi))
            {
                if (!valid_cells(blk, p_.booths[static_cast<size_t>(booth)].cells))
                    continue;
                Polygon fp = booth_shape(booth);
                if (!inside_with_margin(hall_.outline, fp, 0))
                    add(rule::kOutsideHall, {number(booth)}, middle(fp),
                        "booth " + number(booth) + " is not inside hall " + hall_.code);
                else if (!inside_with_margin(hall_.outline, fp, rules_.wall_gap_m))
                    add(rule::kWallGap, {number(booth)}, middle(fp),
                        "booth " + number(booth) + " is closer than the " + metres(rules_.wall_gap_m) +
                            " service gap to a wall");
            }

        // Escape distance, per module of the booths of a block that is not wholly within reach.
        if (!within_escape(whole, exits_, rules_.max_exit_distance_m))
            for (int booth : booths_in(bi))
            {
                const BoothCells& c = p_.booths[static_cast<size_t>(booth)].cells;
                if (!valid_cells(blk, c))
                    continue;
                double worst = 0;
                Vec2 at;
                for (int r = c.row; r < c.row + c.rows; ++r)
                    for (int k = c.col; k < c.col + c.cols; ++k)
                    {
                        Polygon cell = footprint(blk, {BlockId(), r, 1, k, 1});
                        if (!within_escape(cell, exits_, rules_.max_exit_distance_m))
                        {
                            double d = escape_distance(cell, exits_);
                            if (d > worst)
                            {
                                worst = d;
                                at = middle(cell);
                            }
                        }
                    }
                if (worst > 0)
                    add(rule::kEscapeDistance, {number(booth)}, at,
                        "booth " + number(booth) + " is " +
                            (exits_.empty() ? std::string("without any exit")
                                            : metres(worst) + " from the nearest exit") +
                            " (limit " + metres(*rules_.max_exit_distance_m) + ")");
            }

        // Neighbours: obstacles over the block, other blocks overlapping or too close.
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
            if (!rule_id)
                continue;
            if (index_.depth(item, whole) <= kOverlapTolerance)
                continue;
            for (int booth : booths_in(bi))
            {
                if (!valid_cells(blk, p_.booths[static_cast<size_t>(booth)].cells))
                    continue;
                Polygon fp = booth_shape(booth);
                if (index_.depth(item, fp) > kOverlapTolerance)
                {
                    std::string what = ref.kind == ItemKind::Column ? "column " + std::to_string(ref.index + 1)
                                       : ref.kind == ItemKind::Blocked
                                           ? "blocked zone " + std::to_string(ref.index + 1)
                                           : "the clear zone of door " + std::to_string(ref.index + 1);
                    add(rule_id, {number(booth)}, middle(fp), "booth " + number(booth) + " stands in " + what);
                }
            }
        }
    }

    void check_block_pair(int a, int b)
    {
        const Block& ba = p_.blocks[static_cast<size_t>(a)];
        const Block& bb = p_.blocks[static_cast<size_t>(b)];
        Polygon wa = footprint(ba, {BlockId(), 0, ba.rows, 0, ba.modules});
        Polygon wb = footprint(bb, {BlockId(), 0, bb.rows, 0, bb.modules});
        const double depth = penetration(wa, wb);
        if (depth <= kOverlapTolerance && convex_distance(wa, wb) >= rules_.aisle_m - kOverlapTolerance)
            return;
        for (int x : booths_in(a))
        {
            if (!valid_cells(ba, p_.booths[static_cast<size_t>(x)].cells))
                continue;
            Polygon fx = booth_shape(x);
            for (int y : booths_in(b))
            {
                if (!valid_cells(bb, p_.booths[static_cast<size_t>(y)].cells))
                    continue;
                Polygon fy = booth_shape(y);
                double d = penetration(fx, fy);
                if (d > kOverlapTolerance)
                {
                    Box bx = bounds(fx), by = bounds(fy);
                    Vec2 at{(std::max(bx.min.x, by.min.x) + std::min(bx.max.x, by.max.x)) / 2,
                            (std::max(bx.min.y, by.min.y) + std::min(bx.max.y, by.max.y)) / 2};
                    add(rule::kOverlap, {number(x), number(y)}, at,
                        "booths " + number(x) + " and " + number(y) + " overlap by " + metres(d));
                    continue;
                }
                check_gap(ba, x, fx, y, fy);
            }
        }
    }

    // A gap narrower than an aisle between booths of different blocks, unless something fills it:
    // a column, a blocked zone, another block's modules, or the hall's boundary.
    void check_gap(const Block& frame, int x, const Polygon& fx, int y, const Polygon& fy)
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
        Box gb = bounds(gap);
        index_.candidates(gb,
                          [&](int item)
                          {
                              ItemRef ref = index_.ref(item);
                              if (ref.kind == ItemKind::Block || ref.kind == ItemKind::Column ||
                                  ref.kind == ItemKind::Blocked)
                                  filled = index_.depth(item, gap) > kOverlapTolerance;
                              return !filled;
                          });
        if (!filled)
            add(rule::kAisleWidth, {number(x), number(y)}, middle(gap),
                "the gap of " + metres(d) + " between booths " + number(x) + " and " + number(y) +
                    " is narrower than the " + metres(rules_.aisle_m) + " aisle");
    }

    // Continuous rows: module rows of blocks that meet end to end are one row.
    void check_rows()
    {
        struct RowRef
        {
            int block, row;
        };
        auto key = [](Vec2 p, Vec2 dir)
        {
            return std::array<long long, 4>{std::llround(p.x * 100), std::llround(p.y * 100),
                                            std::llround(dir.x * 1000), std::llround(dir.y * 1000)};
        };
        std::map<std::array<long long, 4>, RowRef> starts;
        std::vector<RowRef> rows;
        for (size_t b = 0; b < p_.blocks.size(); ++b)
        {
            const Block& blk = p_.blocks[b];
            if (blk.hall != id_ || blk.cells.size() != static_cast<size_t>(blk.rows * blk.modules))
                continue;
            for (int r = 0; r < blk.rows; ++r)
            {
                Vec2 s = blk.origin + blk.across * (r * blk.row_depth_m);
                starts[key(s, blk.along)] = {static_cast<int>(b), r};
                rows.push_back({static_cast<int>(b), r});
            }
        }
        std::map<std::array<long long, 4>, bool> continued; // row starts that follow another row
        for (const RowRef& rr : rows)
        {
            const Block& blk = p_.blocks[static_cast<size_t>(rr.block)];
            Vec2 e = blk.origin + blk.across * (rr.row * blk.row_depth_m) + blk.along * (blk.modules * blk.module_m);
            if (starts.count(key(e, blk.along)))
                continued[key(e, blk.along)] = true;
        }
        for (const RowRef& first : rows)
        {
            const Block& fb = p_.blocks[static_cast<size_t>(first.block)];
            if (continued.count(key(fb.origin + fb.across * (first.row * fb.row_depth_m), fb.along)))
                continue;
            // Walk the chain, counting unbroken runs of bookable modules.
            double run = 0;
            std::vector<std::pair<int, int>> run_cells; // (block, cell)
            auto flush = [&]()
            {
                if (run > p_.rules(id_).max_row_m + kOverlapTolerance)
                {
                    std::vector<std::string> names;
                    for (auto [b, cell] : run_cells)
                        for (int booth : booths_in(b))
                        {
                            const Booth& bo = p_.booths[static_cast<size_t>(booth)];
                            const Block& blk = p_.blocks[static_cast<size_t>(b)];
                            int r = cell / blk.modules, c = cell % blk.modules;
                            if (r >= bo.cells.row && r < bo.cells.row + bo.cells.rows && c >= bo.cells.col &&
                                c < bo.cells.col + bo.cells.cols &&
                                std::find(names.begin(), names.end(), bo.number) == names.end())
                                names.push_back(bo.number);
                        }
                    auto [b0, c0] = run_cells.front();
                    const Block& blk = p_.blocks[static_cast<size_t>(b0)];
                    add(rule::kRowLength, names,
                        middle(footprint(blk, {BlockId(), c0 / blk.modules, 1, c0 % blk.modules, 1})),
                        "a row of " + metres(run) + " without a cross aisle (limit " + metres(rules_.max_row_m) + ")");
                }
                run = 0;
                run_cells.clear();
            };
            RowRef cur = first;
            for (int guard = 0; guard < 100000; ++guard)
            {
                const Block& blk = p_.blocks[static_cast<size_t>(cur.block)];
                for (int c = 0; c < blk.modules; ++c)
                {
                    if (blk.cell(cur.row, c) == CellUse::Booth)
                    {
                        run += blk.module_m;
                        run_cells.push_back({cur.block, cur.row * blk.modules + c});
                    }
                    else
                        flush();
                }
                Vec2 e =
                    blk.origin + blk.across * (cur.row * blk.row_depth_m) + blk.along * (blk.modules * blk.module_m);
                auto it = starts.find(key(e, blk.along));
                if (it == starts.end())
                    break;
                cur = it->second;
            }
            flush();
        }
    }

    void check_pavilions()
    {
        for (const Contact& c : index_.all_overlaps(kind_bit(ItemKind::Pavilion), kind_bit(ItemKind::Pavilion)))
        {
            const std::string a = "pavilion:" + p_.pavilions[static_cast<size_t>(c.ref_a.index)].name;
            const std::string b = "pavilion:" + p_.pavilions[static_cast<size_t>(c.ref_b.index)].name;
            add(rule::kPavilionOverlap, {a, b}, c.at,
                "the regions of " + a.substr(9) + " and " + b.substr(9) + " overlap");
        }
        for (size_t i = 0; i < p_.pavilions.size(); ++i)
        {
            const auto& placed = p_.pavilions[i].placed;
            if (placed && placed->hall == id_ && placed->polygon.size() >= 3 && !index_.inside_hall(placed->polygon))
                add(rule::kPavilionOutside, {"pavilion:" + p_.pavilions[i].name}, centroid(placed->polygon),
                    "the region of pavilion " + p_.pavilions[i].name + " leaves hall " + hall_.code);
        }
    }

    const Project& p_;
    HallId id_;
    const Hall& hall_;
    HallRules rules_;
    const std::vector<std::vector<int>>& booths_of_block_;
    CheckReport& out_;
    CollisionIndex index_;
    std::vector<Segment> exits_;
};

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
    HallCheck(project, hall, groups, out).run();
}

CheckReport check_project(const Project& project)
{
    CheckReport report;
    auto groups = group_booths(project);
    for (size_t h = 0; h < project.venue.halls.size(); ++h)
        if (project.venue.halls[h].outline.size() >= 3)
            HallCheck(project, HallId(static_cast<int32_t>(h)), groups, report).run();
    for (size_t i = 0; i < project.booths.size(); ++i)
    {
        const Booth& b = project.booths[i];
        if (!b.cells.block.valid() || b.cells.block.index() >= project.blocks.size())
            report.violations.push_back(
                {rule::kBadBooth, ViolationLevel::Hard, "", {b.number}, {}, "booth " + b.number + " has no block"});
    }
    return report;
}

} // namespace bp
