// Booth grid generation: per hall, try both row orientations and a range of offsets, lay out a
// pattern of blocks and aisles, keep the frame with the most bookable modules, number the cells
// along the aisles and carry allocations over from the previous grid.
#include "booth_grid.h"

#include "hall_zones.h"
#include "shape_tests.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

namespace bp
{

namespace
{

constexpr double kEps = 1e-9;

// [SECTION] Frame and pattern

struct Interval
{
    double lo, hi;
};

struct Aisle
{
    double lo, hi;
    bool main;
};

enum class BandKind
{
    LowWall,  // one row, back to the low wall, facing +across
    Double,   // two rows back to back
    Middle,   // one row between two aisles, numbered on the aisle below
    HighWall, // one row, back to the high wall, facing -across
};

struct Band
{
    BandKind kind;
    double lo;
    int rows;
    int aisle_below, aisle_above; // index into Pattern::aisles; -1 for a wall
};

struct Run
{
    double lo;
    int modules;
    int slot0; // along index of the run's first module, for numbering
    bool main_before = false, main_after = false;
};

struct Pattern
{
    std::vector<Aisle> aisles;
    std::vector<Band> bands;
    std::vector<Run> runs;
    int slots = 0;
};

struct Frame
{
    int orientation = 0; // 0 or 90 degrees
    double t_across = 0, t_along = 0;
    int max_run = 8;
};

// The hall seen from one frame: u runs along the rows, v across them.
struct LocalHall
{
    Vec2 along, across;
    Polygon outline;
    Box box;
    std::vector<Polygon> columns;
    std::vector<Box> column_boxes;
    std::vector<std::vector<Polygon>> blocked;
    std::vector<Box> blocked_boxes;
    std::vector<Polygon> clearances;
    std::vector<Box> clearance_boxes;
    std::vector<Segment> exits;
    std::optional<double> exit_limit;
    std::vector<Interval> forced_u, forced_v; // main aisles that must cross these coordinates
    double module = 3, row = 3, aisle = 4, gap = 1;
    int max_modules = 8;
};

Vec2 to_local(const LocalHall& h, Vec2 p) { return {dot(p, h.along), dot(p, h.across)}; }
Vec2 to_venue(const LocalHall& h, Vec2 l) { return h.along * l.x + h.across * l.y; }

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

LocalHall make_local(const Hall& hall, const HallRules& rules, int orientation)
{
    LocalHall h;
    h.along = orientation == 0 ? Vec2{1, 0} : Vec2{0, 1};
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

// Runs along: at most max_run modules, cross aisles between them. Between two main aisles the
// modules that fit are shared evenly over the runs, so no run is left with a single module.
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
        for (int i = 0; i < k; ++i)
        {
            const int n = total / k + (i < total % k ? 1 : 0);
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

// [SECTION] Cells

// One row of cells across the hall: a band row.
struct Line
{
    int band, row;
    double v0;
    int front; // +1: faces +across, -1: faces -across
    int aisle; // the aisle it is numbered on
};

struct CellGrid
{
    Pattern pattern;
    std::vector<Line> lines;
    std::vector<int8_t> use; // lines x slots; -1: no cell, else a CellUse
    int booths = 0;
    int8_t& at(size_t line, int slot) { return use[line * static_cast<size_t>(pattern.slots) + static_cast<size_t>(slot)]; }
    int8_t at(size_t line, int slot) const { return use[line * static_cast<size_t>(pattern.slots) + static_cast<size_t>(slot)]; }
};

Polygon local_rect(double u0, double v0, double u1, double v1) { return {{u0, v0}, {u1, v0}, {u1, v1}, {u0, v1}}; }

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
                Polygon front = line.front > 0 ? local_rect(u0, v1, u1, v1 + h.aisle) : local_rect(u0, v0 - h.aisle, u1, v0);
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
    return g;
}

// [SECTION] Blocks and numbers

struct CellKey
{
    long long x, y;
    auto operator<=>(const CellKey&) const = default;
};

CellKey key_of(Vec2 venue_centre) { return {std::llround(venue_centre.x * 100), std::llround(venue_centre.y * 100)}; }

std::string two_digits(int n)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d", n);
    return buf;
}

void build_blocks(const LocalHall& h, const CellGrid& g, HallId hall_id, const std::string& code,
                  std::vector<Block>& out)
{
    const Pattern& p = g.pattern;
    // Lines of each band, in row order.
    std::vector<std::vector<size_t>> band_lines(p.bands.size());
    for (size_t li = 0; li < g.lines.size(); ++li)
        band_lines[static_cast<size_t>(g.lines[li].band)].push_back(li);

    for (size_t b = 0; b < p.bands.size(); ++b)
    {
        const Band& band = p.bands[b];
        const auto& lines = band_lines[b];
        for (const Run& run : p.runs)
        {
            auto mask = [&](int c) {
                if (c < 0 || c >= run.modules)
                    return 0;
                int m = 0;
                for (size_t r = 0; r < lines.size(); ++r)
                    if (g.at(lines[r], run.slot0 + c) >= 0)
                        m |= 1 << r;
                return m;
            };
            for (int c0 = 0; c0 < run.modules;)
            {
                int m = mask(c0);
                if (m == 0)
                {
                    ++c0;
                    continue;
                }
                int c1 = c0;
                while (c1 < run.modules && mask(c1) == m)
                    ++c1;
                std::vector<size_t> rows;
                for (size_t r = 0; r < lines.size(); ++r)
                    if (m & (1 << r))
                        rows.push_back(r);

                Block blk;
                blk.hall = hall_id;
                blk.along = h.along;
                blk.across = h.across;
                blk.module_m = h.module;
                blk.row_depth_m = h.row;
                blk.rows = static_cast<int>(rows.size());
                blk.modules = c1 - c0;
                const double u0 = run.lo + c0 * h.module, u1 = run.lo + c1 * h.module;
                const double v0 = g.lines[lines[rows.front()]].v0, v1 = v0 + blk.rows * h.row;
                blk.origin = to_venue(h, {u0, v0});
                for (size_t r : rows)
                {
                    const Line& line = g.lines[lines[r]];
                    for (int c = c0; c < c1; ++c)
                    {
                        const int slot = run.slot0 + c;
                        blk.cells.push_back(static_cast<CellUse>(g.at(lines[r], slot)));
                        int n = line.front > 0 ? 2 * slot + 1 : 2 * slot + 2; // odd below the aisle, even above
                        blk.numbers.push_back(code + aisle_letter(std::max(0, line.aisle)) + two_digits(n));
                    }
                }
                const bool has_low = m & 1, has_high = band.rows == 1 || (m & 2);
                switch (band.kind)
                {
                case BandKind::LowWall:
                    blk.open_side[0] = false;
                    blk.open_side[1] = true;
                    break;
                case BandKind::HighWall:
                    blk.open_side[0] = true;
                    blk.open_side[1] = false;
                    break;
                case BandKind::Middle:
                    blk.open_side[0] = blk.open_side[1] = true;
                    break;
                case BandKind::Double:
                    blk.open_side[0] = has_low;
                    blk.open_side[1] = has_high;
                    break;
                }
                // An end is open when an aisle (not a wall, not more cells) lies beyond it.
                blk.open_side[2] = mask(c0 - 1) == 0 && inside_with_margin(h.outline, local_rect(u0 - h.aisle, v0, u0, v1), 0);
                blk.open_side[3] = mask(c1) == 0 && inside_with_margin(h.outline, local_rect(u1, v0, u1 + h.aisle, v1), 0);
                auto main_aisle = [&](int idx) { return idx >= 0 && p.aisles[static_cast<size_t>(idx)].main; };
                blk.main_aisle_side[0] = blk.open_side[0] && main_aisle(band.aisle_below);
                blk.main_aisle_side[1] = blk.open_side[1] && main_aisle(band.aisle_above);
                blk.main_aisle_side[2] = blk.open_side[2] && c0 == 0 && run.main_before;
                blk.main_aisle_side[3] = blk.open_side[3] && c1 == run.modules && run.main_after;
                out.push_back(std::move(blk));
                c0 = c1;
            }
        }
    }
}

// [SECTION] Choosing a frame

struct Choice
{
    Frame frame;
    int booths = -1;
    bool kept = false;
};

Choice choose_frame(const std::set<CellKey>& previous, double keep_loss, const LocalHall local[2])
{
    Choice best, keep;
    double keep_match = 0;
    const int max_modules = local[0].max_modules;
    for (int o = 0; o < 2; ++o)
    {
        const LocalHall& h = local[o];
        const double span_v = std::min(2 * h.row, std::max(0.0, h.box.height() - 2 * h.gap));
        for (int run = max_modules; run >= std::max(1, max_modules - 1); --run)
            for (double ta = 0; ta < h.row * 2 - kEps && ta <= span_v; ta += 0.5)
                for (double tu = 0; tu < h.module - kEps; tu += 0.5)
                {
                    Frame f{o * 90, ta, tu, run};
                    CellGrid g = lay_cells(h, f);
                    if (g.booths > best.booths)
                        best = {f, g.booths, false};
                    if (previous.empty())
                        continue;
                    // How much of the previous grid this frame reproduces, cell for cell.
                    int same = 0, cells = 0;
                    for (size_t li = 0; li < g.lines.size(); ++li)
                        for (int s = 0; s < g.pattern.slots; ++s)
                            if (g.at(li, s) >= 0)
                            {
                                ++cells;
                                const Line& line = g.lines[li];
                                double u = 0;
                                for (const Run& r : g.pattern.runs)
                                    if (s >= r.slot0 && s < r.slot0 + r.modules)
                                        u = r.lo + (s - r.slot0 + 0.5) * h.module;
                                if (previous.count(key_of(to_venue(h, {u, line.v0 + h.row / 2}))))
                                    ++same;
                            }
                    double match = std::min(static_cast<double>(same) / static_cast<double>(previous.size()),
                                            cells ? static_cast<double>(same) / cells : 0.0);
                    if (match > keep_match)
                    {
                        keep_match = match;
                        keep = {f, g.booths, true};
                    }
                }
    }
    if (keep_loss >= 0 && keep_match >= 0.9 && keep.booths >= best.booths * (1 - keep_loss))
        return keep;
    return best;
}

// Halls of one building type differ only by where they stand; their best frame is the same, so
// a fresh grid searches once per shape. The key is the hall relative to its bounds, to the mm.
std::string shape_key(const Hall& hall, const HallRules& rules)
{
    const Vec2 o = bounds(hall.outline).min;
    std::string k;
    auto num = [&](double v) { k += std::to_string(std::llround(v * 1000)) + ","; };
    auto poly = [&](const Polygon& p) {
        for (Vec2 q : p)
        {
            num(q.x - o.x);
            num(q.y - o.y);
        }
        k += ";";
    };
    poly(hall.outline);
    for (const Polygon& c : hall.columns)
        poly(c);
    k += "|";
    for (const Polygon& b : hall.blocked)
        poly(b);
    k += "|";
    for (const Door& d : hall.doors)
    {
        k += to_string(d.kind);
        poly({d.span.a, d.span.b});
    }
    for (double v : {rules.module_m, rules.block_depth_m, rules.max_row_m, rules.main_aisle_m, rules.aisle_m, rules.wall_gap_m,
                     rules.exit_clearance_m, rules.max_exit_distance_m.value_or(-1)})
        num(v);
    return k;
}

} // namespace

// [SECTION] Public

std::string aisle_letter(int n)
{
    std::string s;
    do
    {
        s.insert(s.begin(), static_cast<char>('A' + n % 26));
        n = n / 26 - 1;
    } while (n >= 0);
    return s;
}

int GridReport::modules() const
{
    int n = 0;
    for (const HallGridSummary& h : halls)
        n += h.modules;
    return n;
}

double GridReport::booth_area_m2() const
{
    double a = 0;
    for (const HallGridSummary& h : halls)
        a += h.booth_area_m2;
    return a;
}

namespace
{

struct KeptBooth
{
    Booth booth;                 // the old booth (number, status, exhibitor)
    std::vector<CellKey> cells;  // centres of its modules
};

std::vector<Vec2> module_centres(const Block& b, const BoothCells& c)
{
    std::vector<Vec2> out;
    for (int r = c.row; r < c.row + c.rows; ++r)
        for (int k = c.col; k < c.col + c.cols; ++k)
            out.push_back(b.origin + b.along * ((k + 0.5) * b.module_m) + b.across * ((r + 0.5) * b.row_depth_m));
    return out;
}

} // namespace

GridReport generate_grid(Project& project, const GridOptions& options)
{
    GridReport report;

    // What the previous grid held: its cells per hall (to recognise the frame) and the booths
    // worth keeping (allocated or not plainly available).
    std::vector<std::set<CellKey>> previous(project.venue.halls.size());
    for (const Block& b : project.blocks)
        if (b.hall.valid() && b.hall.index() < previous.size())
            for (int r = 0; r < b.rows; ++r)
                for (int c = 0; c < b.modules; ++c)
                    previous[b.hall.index()].insert(key_of(module_centres(b, {BlockId(), r, 1, c, 1})[0]));
    std::vector<KeptBooth> wanted;
    for (const Booth& booth : project.booths)
    {
        if (!booth.exhibitor.valid() && booth.status == BoothStatus::Available)
            continue;
        if (!booth.cells.block.valid() || booth.cells.block.index() >= project.blocks.size())
            continue;
        KeptBooth k{booth, {}};
        for (Vec2 c : module_centres(project.block(booth.cells.block), booth.cells))
            k.cells.push_back(key_of(c));
        wanted.push_back(std::move(k));
    }

    std::vector<Block> blocks;
    std::map<std::string, Frame> searched; // best frame per hall shape
    for (size_t hi = 0; hi < project.venue.halls.size(); ++hi)
    {
        const Hall& hall = project.venue.halls[hi];
        const HallId id(static_cast<int32_t>(hi));
        const HallRules rules = project.rules(id);
        HallGridSummary sum;
        sum.hall = id;
        sum.code = hall.code;
        sum.hall_area_m2 = area(hall.outline);
        if (hall.outline.size() >= 3 && rules.module_m > 0 && rules.block_depth_m > 0)
        {
            LocalHall local[2] = {make_local(hall, rules, 0), make_local(hall, rules, 90)};
            Choice choice;
            const std::string key = previous[hi].empty() ? shape_key(hall, rules) : std::string();
            if (auto it = searched.find(key); !key.empty() && it != searched.end())
                choice.frame = it->second;
            else
            {
                choice = choose_frame(previous[hi], options.keep_frame_loss, local);
                if (!key.empty())
                    searched[key] = choice.frame;
            }
            const LocalHall& h = local[choice.frame.orientation == 0 ? 0 : 1];
            CellGrid g = lay_cells(h, choice.frame);
            size_t first = blocks.size();
            build_blocks(h, g, id, hall.code, blocks);
            sum.orientation_deg = choice.frame.orientation;
            sum.frame_kept = choice.kept;
            sum.blocks = static_cast<int>(blocks.size() - first);
            for (size_t b = first; b < blocks.size(); ++b)
                for (CellUse u : blocks[b].cells)
                {
                    sum.modules += u == CellUse::Booth;
                    sum.column_cells += u == CellUse::Column;
                    sum.blocked_cells += u == CellUse::Blocked;
                    sum.door_cells += u == CellUse::DoorClearance;
                    sum.escape_cells += u == CellUse::EscapeDistance;
                }
            sum.booth_area_m2 = sum.modules * rules.module_m * (rules.block_depth_m / 2);
        }
        report.halls.push_back(sum);
    }

    // Where each new bookable cell is.
    struct Place
    {
        int block, row, col;
    };
    std::map<CellKey, Place> where;
    for (size_t b = 0; b < blocks.size(); ++b)
        for (int r = 0; r < blocks[b].rows; ++r)
            for (int c = 0; c < blocks[b].modules; ++c)
                if (blocks[b].cell(r, c) == CellUse::Booth)
                    where[key_of(module_centres(blocks[b], {BlockId(), r, 1, c, 1})[0])] = {static_cast<int>(b), r, c};

    // Carry over booths whose cells all still exist as one rectangle of one block.
    std::map<std::pair<int, int>, std::vector<int>> taken; // block -> per cell: kept booth index or -1
    std::vector<Booth> kept;
    for (const KeptBooth& k : wanted)
    {
        bool ok = !k.cells.empty();
        int block = -1, r0 = 1 << 30, c0 = 1 << 30, r1 = -1, c1 = -1;
        for (const CellKey& key : k.cells)
        {
            auto it = where.find(key);
            if (it == where.end() || (block >= 0 && it->second.block != block))
            {
                ok = false;
                break;
            }
            block = it->second.block;
            r0 = std::min(r0, it->second.row);
            r1 = std::max(r1, it->second.row);
            c0 = std::min(c0, it->second.col);
            c1 = std::max(c1, it->second.col);
        }
        BoothCells cells{BlockId(block), r0, r1 - r0 + 1, c0, c1 - c0 + 1};
        if (ok && static_cast<size_t>(cells.rows * cells.cols) != k.cells.size())
            ok = false;
        if (ok)
        {
            auto& occ = taken[{block, 0}];
            const Block& blk = blocks[static_cast<size_t>(block)];
            occ.resize(blk.cells.size(), -1);
            for (int r = r0; r <= r1 && ok; ++r)
                for (int c = c0; c <= c1 && ok; ++c)
                    if (occ[static_cast<size_t>(r * blk.modules + c)] >= 0)
                        ok = false;
            if (ok)
            {
                for (int r = r0; r <= r1; ++r)
                    for (int c = c0; c <= c1; ++c)
                        occ[static_cast<size_t>(r * blk.modules + c)] = static_cast<int>(kept.size());
                Booth nb = k.booth;
                nb.cells = cells;
                nb.hall = blk.hall;
                nb.number = booth_number(blk, cells);
                kept.push_back(nb);
            }
        }
        if (!ok && k.booth.exhibitor.valid())
            report.dropped.push_back({k.booth.exhibitor, k.booth.number, "its modules are no longer bookable in one block"});
    }
    report.kept_allocations = static_cast<int>(kept.size());

    std::vector<Booth> booths;
    for (size_t b = 0; b < blocks.size(); ++b)
    {
        const Block& blk = blocks[b];
        auto occ_it = taken.find({static_cast<int>(b), 0});
        for (int r = 0; r < blk.rows; ++r)
            for (int c = 0; c < blk.modules; ++c)
            {
                if (blk.cell(r, c) != CellUse::Booth)
                    continue;
                int k = occ_it == taken.end() ? -1 : occ_it->second[static_cast<size_t>(r * blk.modules + c)];
                if (k >= 0)
                {
                    const Booth& kb = kept[static_cast<size_t>(k)];
                    if (kb.cells.row == r && kb.cells.col == c)
                        booths.push_back(kb);
                    continue;
                }
                Booth nb;
                nb.hall = blk.hall;
                nb.cells = {BlockId(static_cast<int32_t>(b)), r, 1, c, 1};
                nb.number = blk.number(r, c);
                booths.push_back(std::move(nb));
            }
    }
    project.blocks = std::move(blocks);
    project.booths = std::move(booths);
    return report;
}

} // namespace bp
