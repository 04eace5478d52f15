// The grid generator's pattern: main aisles from the doors, bands of rows across the hall, runs
// of modules along it, and the use of every cell (booth, column, blocked, door zone, escape).
#include "grid_layout.h"

#include "layout/geometry/shape_tests.h"
#include "layout/rules/hall_zones.h"

#include <algorithm>
#include <cmath>

namespace bp::grid
{

namespace
{

Polygon to_local(const LocalHall& h, const Polygon& poly)
{
    Polygon out;
    out.reserve(poly.size());
    for (Vec2 p : poly)
        out.push_back(to_local(h, p));
    return out;
}

std::vector<Interval> merged(std::vector<Interval> v)
{
    std::sort(v.begin(), v.end(), [](const Interval& a, const Interval& b) { return a.lo < b.lo; });
    std::vector<Interval> out;
    for (const Interval& i : v)
        if (!out.empty() && i.lo <= out.back().hi + kEps)
            out.back().hi = std::max(out.back().hi, i.hi);
        else
            out.push_back(i);
    return out;
}

} // namespace

std::vector<Vec2> row_directions(const Hall& hall)
{
    std::vector<Vec2> dirs{{1, 0}, {0, 1}};
    Vec2 longest;
    double best = 0;
    for (size_t i = 0, n = hall.outline.size(); i < n; ++i)
    {
        Vec2 e = hall.outline[(i + 1) % n] - hall.outline[i];
        if (length(e) > best + 1e-9)
        {
            best = length(e);
            longest = e;
        }
    }
    if (best > 0)
    {
        // Fold into [0°, 90°): the four directions of a wall's axes are one frame pair.
        double a = std::atan2(longest.y, longest.x);
        const double quarter = std::acos(-1.0) / 2;
        a = std::fmod(std::fmod(a, quarter) + quarter, quarter);
        if (a > 0.5 * std::acos(-1.0) / 180 && a < quarter - 0.5 * std::acos(-1.0) / 180)
        {
            Vec2 d{std::cos(a), std::sin(a)};
            dirs.push_back(d);
            dirs.push_back({-d.y, d.x});
        }
    }
    return dirs;
}

LocalHall make_local(const Hall& hall, const HallRules& rules, Vec2 along)
{
    LocalHall h;
    h.along = along;
    h.across = {-h.along.y, h.along.x};
    h.module = rules.module_m;
    h.row = rules.block_depth_m / 2;
    h.aisle = rules.aisle_m;
    h.gap = rules.wall_gap_m;
    h.max_modules = std::max(1, static_cast<int>(std::floor(rules.max_row_m / rules.module_m + kEps)));
    h.outline = to_local(h, counter_clockwise(hall.outline));
    h.box = bounds(h.outline);
    for (const Polygon& c : hall.columns)
    {
        h.columns.push_back(to_local(h, counter_clockwise(c)));
        h.column_boxes.push_back(bounds(h.columns.back()));
    }
    for (const Polygon& b : hall.blocked)
    {
        h.blocked.push_back(convex_pieces(to_local(h, b)));
        h.blocked_boxes.push_back(bounds(to_local(h, b)));
    }
    for (const Door& d : hall.doors)
    {
        h.clearances.push_back(to_local(h, door_clearance(hall, d, rules.exit_clearance_m)));
        h.clearance_boxes.push_back(bounds(h.clearances.back()));
    }
    for (const Segment& s : escape_doors(hall))
        h.exits.push_back({to_local(h, s.a), to_local(h, s.b)});
    h.exit_limit = rules.max_exit_distance_m;

    // Main aisles carry the visitors: each entrance on the outline gets one running from it into
    // the hall, centred on it (exits only when a hall has no entrance). Exits, freight doors and
    // stair-core doors open onto the ordinary aisle network through their clear zones, which keeps
    // a 126 m x 84 m hall at the 40-45 % booth share of DESIGN §5.
    bool has_entrance = false;
    for (const Door& d : hall.doors)
        has_entrance = has_entrance || (d.kind == DoorKind::Entrance && segment_on_boundary(hall.outline, d.span));
    for (const Door& d : hall.doors)
    {
        const DoorKind wanted = has_entrance ? DoorKind::Entrance : DoorKind::Exit;
        if (d.kind != wanted || !segment_on_boundary(hall.outline, d.span))
            continue;
        Vec2 n = to_local(h, door_inward_normal(hall, d));
        Vec2 a = to_local(h, d.span.a), b = to_local(h, d.span.b);
        bool faces_across = std::abs(n.y) >= std::abs(n.x);
        double c = faces_across ? (a.x + b.x) / 2 : (a.y + b.y) / 2;
        double w = std::max(rules.main_aisle_m, faces_across ? std::abs(a.x - b.x) : std::abs(a.y - b.y));
        (faces_across ? h.forced_u : h.forced_v).push_back({c - w / 2, c + w / 2});
    }
    h.forced_u = merged(h.forced_u);
    h.forced_v = merged(h.forced_v);
    // Several main aisles in one direction only would not meet: add a spine across them.
    if (h.forced_u.size() >= 2 && h.forced_v.empty())
    {
        double c = (h.box.min.y + h.box.max.y) / 2;
        h.forced_v.push_back({c - rules.main_aisle_m / 2, c + rules.main_aisle_m / 2});
    }
    else if (h.forced_v.size() >= 2 && h.forced_u.empty())
    {
        double c = (h.box.min.x + h.box.max.x) / 2;
        h.forced_u.push_back({c - rules.main_aisle_m / 2, c + rules.main_aisle_m / 2});
    }
    h.forced_u = merged(h.forced_u);
    h.forced_v = merged(h.forced_v);
    return h;
}

namespace
{

// Grows the aisle [a, e) over every main-aisle interval that starts before a block could fit.
bool absorb(const std::vector<Interval>& forced, double a, double& e, double min_block)
{
    bool main = false;
    for (bool grown = true; grown;)
    {
        grown = false;
        for (const Interval& f : forced)
            if (f.lo < e + min_block - kEps && f.hi > a + kEps)
            {
                main = true;
                if (f.hi > e + kEps)
                {
                    e = f.hi;
                    grown = true;
                }
            }
    }
    return main;
}

double next_forced(const std::vector<Interval>& forced, double from)
{
    double best = 1e300;
    for (const Interval& f : forced)
        if (f.lo >= from - kEps)
            best = std::min(best, f.lo);
    return best;
}

// Bands across: a single row on each long wall, double blocks between, aisles between them.
void lay_bands(const LocalHall& h, double t, Pattern& p)
{
    const double R = h.row, D = 2 * h.row, A = h.aisle;
    const double end = h.box.max.y - h.gap;
    double v = h.box.min.y + h.gap;
    bool at_wall = true;
    for (int guard = 0; guard < 100000; ++guard)
    {
        if (!at_wall)
        {
            // The offset t widens the first aisle, moving the pattern against columns and doors.
            double e = v + A + (p.aisles.empty() ? t : 0);
            bool main = absorb(h.forced_v, v, e, R);
            p.aisles.push_back({v, e, main});
            v = e;
        }
        else
        {
            double e = v;
            if (absorb(h.forced_v, v, e, R))
            {
                p.aisles.push_back({v, e, true});
                v = e;
                at_wall = false;
            }
        }
        const double r = end - v;
        if (r < R - kEps)
            break;
        const double nf = next_forced(h.forced_v, v);
        const double room = std::min(end, nf) - v;
        const int below = static_cast<int>(p.aisles.size()) - 1, next = static_cast<int>(p.aisles.size());
        if (at_wall)
        {
            p.bands.push_back({BandKind::LowWall, v, 1, -1, next});
            v += R;
            at_wall = false;
            continue;
        }
        if (nf >= end && r < D + A + R - kEps)
        {
            // Finish with a single row backing onto the high wall.
            if (r >= R + A + R - kEps)
            {
                p.bands.push_back({BandKind::Middle, v, 1, below, next});
                p.aisles.push_back({v + R, end - R, false});
            }
            else
                p.aisles.back().hi = end - R;
            p.bands.push_back({BandKind::HighWall, end - R, 1, static_cast<int>(p.aisles.size()) - 1, -1});
            break;
        }
        if (room >= D - kEps)
        {
            p.bands.push_back({BandKind::Double, v, 2, below, next});
            v += D;
        }
        else if (room >= R - kEps)
        {
            p.bands.push_back({BandKind::Middle, v, 1, below, next});
            v += R;
        }
        else
            v = nf;
    }
}

// Runs along: at most max_run modules, cross aisles between them. Between two main aisles as many
// runs as possible are full length; the rest share the remaining modules, none shorter than 3.
void lay_runs(const LocalHall& h, double t, int max_run, Pattern& p)
{
    const double M = h.module, A = h.aisle;
    const double end = h.box.max.x - h.gap;
    double u = h.box.min.x + h.gap + t;
    double e0 = u;
    bool main_before = absorb(h.forced_u, u, e0, M);
    u = e0;
    for (int guard = 0; guard < 100000 && end - u >= M - kEps; ++guard)
    {
        const double seg_end = std::min(end, next_forced(h.forced_u, u));
        int k = 0, total = 0;
        for (double room = seg_end - u; room >= M - kEps;)
        {
            int n = std::min(max_run, static_cast<int>(std::floor(room / M + kEps)));
            total += n;
            ++k;
            room -= n * M + A;
        }
        if (k == 0)
        {
            u = seg_end;
            continue;
        }
        // As many full-length runs as leave the others at least kMinRun modules: full blocks hold
        // the largest raw-space stands (2 x 8 modules = 144 m²); the rest share what remains evenly.
        constexpr int kMinRun = 3;
        int full = 0;
        while (full < k - 1 && (total - (full + 1) * max_run) >= kMinRun * (k - full - 1))
            ++full;
        for (int i = 0; i < k; ++i)
        {
            const int rest = total - full * max_run, others = k - full;
            const int j = i - full;
            const int n = i < full ? max_run : rest / others + (j < rest % others ? 1 : 0);
            p.runs.push_back({u, n, p.slots, main_before, false});
            p.slots += n;
            u += n * M;
            double e = u + A;
            bool main = absorb(h.forced_u, u, e, M);
            p.runs.back().main_after = main;
            main_before = main;
            u = e;
        }
    }
}

bool boxes_apart(const Box& a, const Box& b)
{
    return a.min.x >= b.max.x - kOverlapTolerance || b.min.x >= a.max.x - kOverlapTolerance ||
           a.min.y >= b.max.y - kOverlapTolerance || b.min.y >= a.max.y - kOverlapTolerance;
}

CellUse classify(const LocalHall& h, const Polygon& rect)
{
    Box rb = bounds(rect);
    for (size_t i = 0; i < h.columns.size(); ++i)
        if (!boxes_apart(rb, h.column_boxes[i]) && penetration(h.columns[i], rect) > kOverlapTolerance)
            return CellUse::Column;
    for (size_t i = 0; i < h.blocked.size(); ++i)
        if (!boxes_apart(rb, h.blocked_boxes[i]) && penetration(h.blocked[i], {rect}) > kOverlapTolerance)
            return CellUse::Blocked;
    for (size_t i = 0; i < h.clearances.size(); ++i)
        if (!boxes_apart(rb, h.clearance_boxes[i]) && penetration(h.clearances[i], rect) > kOverlapTolerance)
            return CellUse::DoorClearance;
    if (!within_escape(rect, h.exits, h.exit_limit))
        return CellUse::EscapeDistance;
    return CellUse::Booth;
}

// [SECTION] Walkways through blocks

// A column of a band's run, seen across the band: whether it holds a bookable module, or only
// floor visitors may walk over (a door's clear zone, modules beyond escape distance), or neither.
enum class Across
{
    Booth,
    Walkway,
    Other
};

Across across_of(const CellGrid& g, const std::vector<size_t>& lines, int slot)
{
    bool booth = false, walkable = true;
    for (size_t li : lines)
    {
        const int8_t u = g.at(li, slot);
        if (u < 0)
            return Across::Other; // a hole in the band: the block ends here
        booth = booth || u == static_cast<int8_t>(CellUse::Booth);
        walkable = walkable && (u == static_cast<int8_t>(CellUse::DoorClearance) ||
                                u == static_cast<int8_t>(CellUse::EscapeDistance));
    }
    return booth ? Across::Booth : walkable ? Across::Walkway : Across::Other;
}

// Takes columns [lo, hi) of the run out of the band.
void remove_columns(CellGrid& g, const std::vector<size_t>& lines, const Run& run, int lo, int hi)
{
    for (int c = lo; c < hi; ++c)
        for (size_t li : lines)
        {
            int8_t& u = g.at(li, run.slot0 + c);
            g.booths -= u == static_cast<int8_t>(CellUse::Booth);
            u = -1;
        }
}

// Walkway columns [a, b) between booths, narrower than an aisle: widen them to an aisle by taking
// out the fewest bookable modules beside them, so the block becomes two with an aisle between.
void widen_walkway(CellGrid& g, const std::vector<size_t>& lines, const Run& run, int a, int b, int need)
{
    const int extra = need - (b - a);
    int best_left = 0, best_cost = 1 << 30;
    for (int left = 0; left <= extra; ++left)
    {
        const int lo = std::max(0, a - left), hi = std::min(run.modules, b + extra - left);
        int cost = 0;
        for (int c = lo; c < hi; ++c)
            for (size_t li : lines)
                cost += g.at(li, run.slot0 + c) == static_cast<int8_t>(CellUse::Booth);
        if (cost < best_cost)
        {
            best_cost = cost;
            best_left = left;
        }
    }
    remove_columns(g, lines, run, std::max(0, a - best_left), std::min(run.modules, b + extra - best_left));
    ++g.walkways_widened;
}

// Rows with an aisle on both long sides (a double block, a middle row) must not be crossed by a
// passage narrower than an aisle: visitors would take it as one. A pocket open on one side only
// (a wall row) is fine.
void widen_walkways(const LocalHall& h, CellGrid& g)
{
    const int need = static_cast<int>(std::ceil((h.aisle - kOverlapTolerance) / h.module));
    const Pattern& p = g.pattern;
    for (size_t b = 0; b < p.bands.size(); ++b)
    {
        if (p.bands[b].kind != BandKind::Double && p.bands[b].kind != BandKind::Middle)
            continue;
        std::vector<size_t> lines;
        for (size_t li = 0; li < g.lines.size(); ++li)
            if (g.lines[li].band == static_cast<int>(b))
                lines.push_back(li);
        for (const Run& run : p.runs)
            for (int a = 1; a < run.modules; ++a)
            {
                if (across_of(g, lines, run.slot0 + a) != Across::Walkway ||
                    across_of(g, lines, run.slot0 + a - 1) != Across::Booth)
                    continue;
                int e = a;
                while (e < run.modules && across_of(g, lines, run.slot0 + e) == Across::Walkway)
                    ++e;
                if (e < run.modules && across_of(g, lines, run.slot0 + e) == Across::Booth && e - a < need)
                    widen_walkway(g, lines, run, a, e, need);
                a = e;
            }
    }
}

} // namespace

CellGrid lay_cells(const LocalHall& h, const Frame& f)
{
    CellGrid g;
    lay_bands(h, f.t_across, g.pattern);
    lay_runs(h, f.t_along, f.max_run, g.pattern);
    const Pattern& p = g.pattern;
    for (size_t b = 0; b < p.bands.size(); ++b)
    {
        const Band& band = p.bands[b];
        for (int r = 0; r < band.rows; ++r)
        {
            Line line{static_cast<int>(b), r, band.lo + r * h.row, -1, band.aisle_below};
            if (band.kind == BandKind::LowWall || (band.kind == BandKind::Double && r == 1))
            {
                line.front = +1;
                line.aisle = band.aisle_above;
            }
            g.lines.push_back(line);
        }
    }
    g.use.assign(g.lines.size() * static_cast<size_t>(p.slots), -1);
    std::vector<char> ok;
    for (size_t li = 0; li < g.lines.size(); ++li)
    {
        const Line& line = g.lines[li];
        const double v0 = line.v0, v1 = v0 + h.row;
        for (const Run& run : p.runs)
        {
            ok.assign(static_cast<size_t>(run.modules), 0);
            for (int c = 0; c < run.modules; ++c)
            {
                double u0 = run.lo + c * h.module, u1 = u0 + h.module;
                Polygon rect = local_rect(u0, v0, u1, v1);
                if (!inside_with_margin(h.outline, rect, h.gap))
                    continue;
                // Visitors reach the stand from the aisle in front of it.
                Polygon front =
                    line.front > 0 ? local_rect(u0, v1, u1, v1 + h.aisle) : local_rect(u0, v0 - h.aisle, u1, v0);
                if (!inside_with_margin(h.outline, front, 0))
                    continue;
                ok[static_cast<size_t>(c)] = 1;
            }
            // Keep the longest unbroken stretch so a row never has a narrow gap in it.
            int best_lo = 0, best_len = 0;
            for (int c = 0; c < run.modules;)
            {
                if (!ok[static_cast<size_t>(c)])
                {
                    ++c;
                    continue;
                }
                int s = c;
                while (c < run.modules && ok[static_cast<size_t>(c)])
                    ++c;
                if (c - s > best_len)
                {
                    best_lo = s;
                    best_len = c - s;
                }
            }
            for (int c = best_lo; c < best_lo + best_len; ++c)
            {
                double u0 = run.lo + c * h.module;
                CellUse use = classify(h, local_rect(u0, v0, u0 + h.module, v1));
                g.at(li, run.slot0 + c) = static_cast<int8_t>(use);
                if (use == CellUse::Booth)
                    ++g.booths;
            }
        }
    }
    widen_walkways(h, g);
    return g;
}

} // namespace bp::grid
