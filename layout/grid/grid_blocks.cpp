// One hall's booth grid: choose the frame with the most bookable modules (or the previous one
// when it costs little), cut its cells into blocks and number them along the aisles.
#include "grid_layout.h"

#include "layout/geometry/shape_tests.h"
#include "layout/rules/hall_zones.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdio>

namespace bp::grid
{

CellKey key_of(Vec2 venue_centre)
{
    return {std::llround(venue_centre.x * 100), std::llround(venue_centre.y * 100)};
}

namespace
{

// [SECTION] Blocks and numbers

std::string two_digits(int n)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d", n);
    return buf;
}

// Which lines of a band hold a cell at each column of a run, as a bit mask (bit r: line r).
struct RunMask
{
    const CellGrid& g;
    const Run& run;
    const std::vector<size_t>& lines;
    int operator()(int c) const
    {
        if (c < 0 || c >= run.modules)
            return 0;
        int m = 0;
        for (size_t r = 0; r < lines.size(); ++r)
            if (g.at(lines[r], run.slot0 + c) >= 0)
                m |= 1 << r;
        return m;
    }
};

// Which sides of the block (columns [c0, c1) of the run, on the lines of `m`, from v0 across) face
// an aisle, and which of those a main aisle.
void set_sides(const LocalHall& h, const Pattern& p, const Band& band, const Run& run, const RunMask& mask, int c0,
               int c1, int m, double v0, Block& blk)
{
    const bool has_low = m & 1, has_high = band.rows == 1 || (m & 2);
    blk.open_side[0] = band.kind == BandKind::Double ? has_low : band.kind != BandKind::LowWall;
    blk.open_side[1] = band.kind == BandKind::Double ? has_high : band.kind != BandKind::HighWall;
    // An end is open when an aisle (not a wall, not more cells) lies beyond it.
    const double u0 = run.lo + c0 * h.module, u1 = run.lo + c1 * h.module;
    const double v1 = v0 + blk.rows * h.row;
    blk.open_side[2] = mask(c0 - 1) == 0 && inside_with_margin(h.outline, local_rect(u0 - h.aisle, v0, u0, v1), 0);
    blk.open_side[3] = mask(c1) == 0 && inside_with_margin(h.outline, local_rect(u1, v0, u1 + h.aisle, v1), 0);
    auto main_aisle = [&](int idx) { return idx >= 0 && p.aisles[static_cast<size_t>(idx)].main; };
    blk.main_aisle_side[0] = blk.open_side[0] && main_aisle(band.aisle_below);
    blk.main_aisle_side[1] = blk.open_side[1] && main_aisle(band.aisle_above);
    blk.main_aisle_side[2] = blk.open_side[2] && c0 == 0 && run.main_before;
    blk.main_aisle_side[3] = blk.open_side[3] && c1 == run.modules && run.main_after;
}

// The block of columns [c0, c1) of a run, on the lines of `m`, with its cells and numbers.
Block make_block(const LocalHall& h, const CellGrid& g, const std::vector<size_t>& lines, const Run& run, int c0,
                 int c1, int m, HallId hall, const std::string& code)
{
    std::vector<size_t> rows;
    for (size_t r = 0; r < lines.size(); ++r)
        if (m & (1 << r))
            rows.push_back(r);
    Block blk;
    blk.hall = hall;
    blk.along = h.along;
    blk.across = h.across;
    blk.module_m = h.module;
    blk.row_depth_m = h.row;
    blk.rows = static_cast<int>(rows.size());
    blk.modules = c1 - c0;
    blk.origin = to_venue(h, {run.lo + c0 * h.module, g.lines[lines[rows.front()]].v0});
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
    return blk;
}

// A block for every stretch of columns of a run that holds cells on the same lines of a band.
void build_blocks(const LocalHall& h, const CellGrid& g, HallId hall, const std::string& code, std::vector<Block>& out)
{
    const Pattern& p = g.pattern;
    std::vector<std::vector<size_t>> band_lines(p.bands.size()); // lines of each band, in row order
    for (size_t li = 0; li < g.lines.size(); ++li)
        band_lines[static_cast<size_t>(g.lines[li].band)].push_back(li);
    for (size_t b = 0; b < p.bands.size(); ++b)
        for (const Run& run : p.runs)
        {
            const RunMask mask{g, run, band_lines[b]};
            for (int c0 = 0; c0 < run.modules;)
            {
                const int m = mask(c0);
                if (m == 0)
                {
                    ++c0;
                    continue;
                }
                int c1 = c0;
                while (c1 < run.modules && mask(c1) == m)
                    ++c1;
                Block blk = make_block(h, g, band_lines[b], run, c0, c1, m, hall, code);
                const int first_row = std::countr_zero(static_cast<unsigned>(m));
                const double v0 = g.lines[band_lines[b][static_cast<size_t>(first_row)]].v0;
                set_sides(h, p, p.bands[b], run, mask, c0, c1, m, v0, blk);
                out.push_back(std::move(blk));
                c0 = c1;
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

// How much of the previous grid the frame's cells reproduce, cell for cell: the smaller of the
// previous grid's share found again and the new grid's share that was there before.
double match_with_previous(const LocalHall& h, const CellGrid& g, const std::set<CellKey>& previous)
{
    int same = 0, cells = 0;
    for (size_t li = 0; li < g.lines.size(); ++li)
        for (const Run& r : g.pattern.runs)
            for (int s = r.slot0; s < r.slot0 + r.modules; ++s)
                if (g.at(li, s) >= 0)
                {
                    ++cells;
                    const double u = r.lo + (s - r.slot0 + 0.5) * h.module;
                    same += previous.count(key_of(to_venue(h, {u, g.lines[li].v0 + h.row / 2}))) > 0;
                }
    return std::min(static_cast<double>(same) / static_cast<double>(previous.size()),
                    cells ? static_cast<double>(same) / cells : 0.0);
}

Choice choose_frame(const std::set<CellKey>& previous, double keep_loss, const std::vector<LocalHall>& local)
{
    Choice best, keep;
    double keep_match = 0;
    const int max_modules = local[0].max_modules;
    for (int o = 0; o < static_cast<int>(local.size()); ++o)
    {
        const LocalHall& h = local[static_cast<size_t>(o)];
        const double span_v = std::min(2 * h.row, std::max(0.0, h.box.height() - 2 * h.gap));
        for (int run = max_modules; run >= std::max(1, max_modules - 1); --run)
            for (double ta = 0; ta < h.row * 2 - kEps && ta <= span_v; ta += 0.5)
                for (double tu = 0; tu < h.module - kEps; tu += 0.5)
                {
                    Frame f{o, ta, tu, run};
                    CellGrid g = lay_cells(h, f);
                    if (g.booths > best.booths)
                        best = {f, g.booths, false};
                    if (previous.empty())
                        continue;
                    if (double match = match_with_previous(h, g, previous); match > keep_match)
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
    auto poly = [&](const Polygon& p)
    {
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
    for (const HallRuleField& f : hall_rule_fields())
        num(rule_value(rules, f).value_or(-1));
    return k;
}

// Counts of the hall's cells by use, and the booth area they give.
void summarise(const std::vector<Block>& blocks, const HallRules& rules, HallGridSummary& sum)
{
    sum.blocks = static_cast<int>(blocks.size());
    for (const Block& b : blocks)
        for (CellUse u : b.cells)
        {
            sum.modules += u == CellUse::Booth;
            sum.column_cells += u == CellUse::Column;
            sum.blocked_cells += u == CellUse::Blocked;
            sum.door_cells += u == CellUse::DoorClearance;
            sum.escape_cells += u == CellUse::EscapeDistance;
        }
    sum.booth_area_m2 = sum.modules * rules.module_m * (rules.block_depth_m / 2);
}

} // namespace

// [SECTION] One hall

HallGrid grid_hall(const Project& project, HallId id, const std::set<CellKey>& previous, const GridOptions& options,
                   FrameCache& searched)
{
    const Hall& hall = project.hall(id);
    const HallRules rules = project.rules(id);
    HallGrid out;
    out.summary.hall = id;
    out.summary.code = hall.code;
    out.summary.hall_area_m2 = area(hall.outline);
    if (hall.outline.size() < 3 || rules.module_m <= 0 || rules.block_depth_m <= 0)
        return out;
    std::vector<LocalHall> local;
    for (Vec2 d : row_directions(hall))
        local.push_back(make_local(hall, rules, d));
    Choice choice;
    const std::string key = previous.empty() ? shape_key(hall, rules) : std::string();
    if (auto it = searched.find(key); !key.empty() && it != searched.end())
        choice.frame = it->second;
    else
    {
        choice = choose_frame(previous, options.keep_frame_loss, local);
        if (!key.empty())
            searched[key] = choice.frame;
    }
    const LocalHall& h = local[static_cast<size_t>(choice.frame.orientation)];
    const CellGrid cells = lay_cells(h, choice.frame);
    build_blocks(h, cells, id, hall.code, out.blocks);
    out.summary.walkways_widened = cells.walkways_widened;
    out.summary.orientation_deg =
        static_cast<int>(std::lround(std::atan2(h.along.y, h.along.x) * 180 / std::acos(-1.0)));
    out.summary.frame_kept = choice.kept;
    summarise(out.blocks, rules, out.summary);
    if (escape_doors(hall).empty() && rules.max_exit_distance_m)
        out.summary.note = "no exit or entrance, so every cell is beyond the escape distance";
    return out;
}

} // namespace bp::grid
