// Booth grid generation: per hall, try both row orientations and a range of offsets, lay out a
// pattern of blocks and aisles, keep the frame with the most bookable modules, number the cells
// along the aisles and carry allocations over from the previous grid.
#include "booth_grid.h"

#include "grid_layout.h"
#include "layout/rules/hall_zones.h"
#include "layout/geometry/shape_tests.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

namespace bp
{

namespace
{

using namespace grid;

// [SECTION] Blocks and numbers

struct CellKey
{
    long long x, y;
    auto operator<=>(const CellKey&) const = default;
};

CellKey key_of(Vec2 venue_centre)
{
    return {std::llround(venue_centre.x * 100), std::llround(venue_centre.y * 100)};
}

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
            auto mask = [&](int c)
            {
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
                blk.open_side[2] =
                    mask(c0 - 1) == 0 && inside_with_margin(h.outline, local_rect(u0 - h.aisle, v0, u0, v1), 0);
                blk.open_side[3] =
                    mask(c1) == 0 && inside_with_margin(h.outline, local_rect(u1, v0, u1 + h.aisle, v1), 0);
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

Choice choose_frame(const std::set<CellKey>& previous, double keep_loss, const std::vector<LocalHall>& local)
{
    Choice best, keep;
    double keep_match = 0;
    const int max_modules = local[0].max_modules;
    for (int o = 0; o < static_cast<int>(local.size()); ++o)
    {
        const LocalHall& h = local[o];
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
    for (double v : {rules.module_m, rules.block_depth_m, rules.max_row_m, rules.main_aisle_m, rules.aisle_m,
                     rules.wall_gap_m, rules.exit_clearance_m, rules.max_exit_distance_m.value_or(-1)})
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
    Booth booth;                // the old booth (number, status, exhibitor)
    std::vector<CellKey> cells; // centres of its modules
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
            std::vector<LocalHall> local;
            for (Vec2 d : row_directions(hall))
                local.push_back(make_local(hall, rules, d));
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
            const LocalHall& h = local[static_cast<size_t>(choice.frame.orientation)];
            CellGrid g = lay_cells(h, choice.frame);
            size_t first = blocks.size();
            build_blocks(h, g, id, hall.code, blocks);
            sum.orientation_deg = static_cast<int>(std::lround(std::atan2(h.along.y, h.along.x) * 180 / std::acos(-1.0)));
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
    std::map<int, std::vector<int>> taken; // block -> per cell: kept booth index or -1
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
            auto& occ = taken[block];
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
            report.dropped.push_back(
                {k.booth.exhibitor, k.booth.number, "its modules are no longer bookable in one block"});
    }
    report.kept_allocations = static_cast<int>(kept.size());

    std::vector<Booth> booths;
    for (size_t b = 0; b < blocks.size(); ++b)
    {
        const Block& blk = blocks[b];
        auto occ_it = taken.find(static_cast<int>(b));
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
