// Generated fairs with a planted answer: the venue, the grid, the planted booths, then the
// exhibitor list they answer (generated.h).
#include "generated_detail.h"

#include "layout/edit/edit.h"
#include "layout/grid/booth_grid.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace bp
{

namespace samples
{

namespace
{

constexpr std::array<const char*, kSectorCount> kSectorNames = {
    "equipment manufacturing",   "electronics and IT",   "new materials",        "automotive parts",
    "chemicals and plastics",    "food and agriculture", "textiles and apparel", "healthcare",
    "consumer goods and crafts", "renewable energy"};

// What the solver scores about a booth, computed the same way: open sides, main aisle, an entrance
// within 20 m of a module's centre (19 m here, to stay clear of rounding).
struct BoothFacts
{
    int open = 0;
    bool main = false, entrance = false;
    int quality() const { return std::min(4, open + (main ? 1 : 0) + (entrance ? 1 : 0)); }
};

BoothFacts facts_of(const Project& p, const BoothCells& c)
{
    const Block& b = p.block(c.block);
    BoothFacts f;
    f.open = open_sides(b, c);
    f.main = (c.row == 0 && b.main_aisle_side[0]) || (c.row + c.rows == b.rows && b.main_aisle_side[1]) ||
             (c.col == 0 && b.main_aisle_side[2]) || (c.col + c.cols == b.modules && b.main_aisle_side[3]);
    for (int r = c.row; r < c.row + c.rows; ++r)
        for (int k = c.col; k < c.col + c.cols; ++k)
        {
            Vec2 ctr = centroid(footprint(b, {c.block, r, 1, k, 1}));
            for (const Door& d : p.hall(b.hall).doors)
                f.entrance |= d.kind == DoorKind::Entrance && distance_to_segment(ctr, d.span) <= 19.0;
        }
    return f;
}

// Distance between two booths' bounding boxes (the solver measures competitors the same way).
double gap(const Project& p, const BoothCells& a, const BoothCells& b)
{
    if (p.block(a.block).hall != p.block(b.block).hall)
        return 1e9;
    Box A = bounds(footprint(p.block(a.block), a)), B = bounds(footprint(p.block(b.block), b));
    double dx = std::max(0.0, std::max(A.min.x, B.min.x) - std::min(A.max.x, B.max.x));
    double dy = std::max(0.0, std::max(A.min.y, B.min.y) - std::min(A.max.y, B.max.y));
    return std::sqrt(dx * dx + dy * dy);
}

Exhibitor exhibitor_of(Random& rng, const Project& p, const PlantedFair& fair, size_t i)
{
    const PlantedBooth& pb = fair.booths[i];
    Exhibitor e;
    char code[32];
    std::snprintf(code, sizeof code, "G%05zu", i + 1);
    e.code = code;
    const int modules = pb.cells.rows * pb.cells.cols;
    // Sales lists carry odd figures: any request that rounds up to the planted booth's modules.
    double odd = rng.chance(0.1) ? rng.between(1, 8) : 0;
    e.booth_kind = pb.raw ? BoothKind::Raw : BoothKind::Shell;
    e.area_m2 = std::max(pb.raw ? 36.0 : 1.0, modules * 9.0 - odd);
    e.sector = SectorId(pb.sector);
    e.country = pb.pavilion >= 0 ? fair.pavilions[size_t(pb.pavilion)].country : "CN";
    e.name = "Generated " + std::string(kSectorNames[size_t(pb.sector) % kSectorNames.size()]) + " Co. " + code;
    // Preferences and priorities the planted booth meets.
    const BoothFacts f = facts_of(p, pb.cells);
    if (rng.chance(0.15))
    {
        std::vector<Preference> met;
        if (f.open >= 2)
            met.push_back({PreferenceKind::Corner, {}});
        if (f.open == 4)
            met.push_back({PreferenceKind::Island, {}});
        if (f.main)
            met.push_back({PreferenceKind::MainAisle, {}});
        if (f.entrance)
            met.push_back({PreferenceKind::Entrance, {}});
        met.push_back({PreferenceKind::Hall, p.hall(p.block(pb.cells.block).hall).code});
        e.prefer.push_back(met[size_t(rng.below(int(met.size())))]);
    }
    if (f.quality() >= 3 && rng.chance(0.1))
        e.priority = rng.between(1, 3);
    // Pins on booths whose number names them (a run along a row or down a column).
    if ((pb.cells.rows == 1 || pb.cells.cols == 1) && rng.chance(0.02))
        e.locked_booth = booth_number(p.block(pb.cells.block), pb.cells);
    return e;
}

// Pairs of same-sector rivals at least 10.5 m apart in the planted answer: some inside one
// pavilion, the others across pavilions and single exhibitors.
void competitor_pairs(Random& rng, Project& p, const std::vector<BoothCells>& planted, GeneratedFairFacts& facts)
{
    const int n = int(p.exhibitors.size());
    for (int i = 0; i < n; ++i)
    {
        if (!rng.chance(0.03))
            continue;
        Exhibitor& a = p.exhibitors[size_t(i)];
        const std::vector<ExhibitorId> mates = a.pavilion.valid() ? p.members(a.pavilion) : std::vector<ExhibitorId>{};
        bool inside = !mates.empty() && rng.chance(0.5);
        for (int tries = 0; tries < 30; ++tries)
        {
            int j = inside ? mates[size_t(rng.below(int(mates.size())))].value : rng.below(n);
            const Exhibitor& b = p.exhibitors[size_t(j)];
            if (j == i || b.sector != a.sector || gap(p, planted[size_t(i)], planted[size_t(j)]) < 10.5 ||
                std::find(a.competitors.begin(), a.competitors.end(), ExhibitorId(j)) != a.competitors.end() ||
                std::find(b.competitors.begin(), b.competitors.end(), ExhibitorId(i)) != b.competitors.end())
                continue;
            a.competitors.push_back(ExhibitorId(j));
            facts.competitor_pairs++;
            facts.pairs_inside_pavilions += a.pavilion.valid() && a.pavilion == b.pavilion;
            break;
        }
    }
}

// Some pavilions get a planner-placed region: the box around their planted booths, when it stays
// inside the hall and clear of every other region.
void pavilion_regions(Random& rng, Project& p, const std::vector<BoothCells>& planted)
{
    std::vector<Box> taken;
    for (size_t pv = 0; pv < p.pavilions.size(); ++pv)
    {
        if (!rng.chance(0.25))
            continue;
        const auto members = p.members(PavilionId(int32_t(pv)));
        if (members.empty())
            continue;
        Box box = bounds(footprint(p.block(planted[members[0].index()].block), planted[members[0].index()]));
        for (ExhibitorId m : members)
        {
            Box b = bounds(footprint(p.block(planted[m.index()].block), planted[m.index()]));
            box.min = {std::min(box.min.x, b.min.x), std::min(box.min.y, b.min.y)};
            box.max = {std::max(box.max.x, b.max.x), std::max(box.max.y, b.max.y)};
        }
        box.min = box.min - Vec2{0.2, 0.2};
        box.max = box.max + Vec2{0.2, 0.2};
        const HallId hall = p.block(planted[members[0].index()].block).hall;
        bool ok = true;
        for (Vec2 q : rectangle(box.min, box.max))
            ok &= contains(p.hall(hall).outline, q);
        for (const Box& t : taken)
            ok &= box.max.x < t.min.x || t.max.x < box.min.x || box.max.y < t.min.y || t.max.y < box.min.y;
        if (!ok)
            continue;
        taken.push_back(box);
        p.pavilions[pv].placed = Region{hall, rectangle(box.min, box.max)};
    }
}

} // namespace

void write_exhibitors(Random& rng, Project& project, const PlantedFair& fair, std::vector<BoothCells>& planted,
                      GeneratedFairFacts& facts)
{
    for (size_t s = 0; s < kSectorNames.size(); ++s)
        project.sectors.push_back({kSectorNames[s], 0x4e79a7u + uint32_t(s) * 0x131313u, std::nullopt});
    // Pavilions that kept members, in order; `index` maps the planted ones to them.
    std::vector<int> index(fair.pavilions.size(), -1);
    for (const PlantedBooth& b : fair.booths)
        if (b.pavilion >= 0)
            index[size_t(b.pavilion)] = 0;
    for (size_t k = 0; k < fair.pavilions.size(); ++k)
    {
        if (index[k] < 0)
            continue;
        const PlantedPavilion& pv = fair.pavilions[k];
        index[k] = int(project.pavilions.size());
        Pavilion v;
        v.name = pv.name;
        v.country = pv.country == "CN" ? "" : pv.country;
        v.region = pv.country == "CN" ? pv.name.substr(0, pv.name.find(' ')) : "";
        v.colour = 0x1f77b4u + uint32_t(project.pavilions.size()) * 0x2b1d07u % 0xffffffu;
        v.shared_space_share = pv.country == "CN" ? 0.0 : 0.3;
        project.pavilions.push_back(v);
    }
    // Shuffled, so that list order says nothing about the planted answer.
    std::vector<size_t> order(fair.booths.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    for (size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[static_cast<size_t>(rng.below(int(i)))]);
    planted.clear();
    for (size_t k = 0; k < order.size(); ++k)
    {
        Exhibitor e = exhibitor_of(rng, project, fair, order[k]);
        if (fair.booths[order[k]].pavilion >= 0)
            e.pavilion = PavilionId(index[size_t(fair.booths[order[k]].pavilion)]);
        char code[32];
        std::snprintf(code, sizeof code, "G%05zu", k + 1);
        e.code = code;
        project.exhibitors.push_back(e);
        planted.push_back(fair.booths[order[k]].cells);
        facts.locks += !e.locked_booth.empty();
        facts.raw_space += e.booth_kind == BoothKind::Raw;
        facts.hall_preferences += !e.prefer.empty() && e.prefer[0].kind == PreferenceKind::Hall;
        facts.planted_modules += planted.back().rows * planted.back().cols;
    }
    competitor_pairs(rng, project, planted, facts);
    pavilion_regions(rng, project, planted);
}

} // namespace samples

std::string GeneratedFairFacts::summary() const
{
    std::string shapes;
    for (const std::string& s : hall_shapes)
        shapes += (shapes.empty() ? "" : " ") + s;
    char buf[400];
    std::snprintf(
        buf, sizeof buf,
        "%zu halls (%s), %d with columns, %d stair cores, %d escape corridors; %d modules, planted %d (%.0f%%); "
        "%d pavilions (largest %.0f%% of its hall); %d competitor pairs (%d inside pavilions); %d pins, %d raw "
        "space, %d hall preferences",
        hall_shapes.size(), shapes.c_str(), halls_with_columns, stair_cores, escape_corridors, modules, planted_modules,
        modules > 0 ? 100.0 * planted_modules / modules : 0.0, pavilions, 100 * largest_pavilion_share,
        competitor_pairs, pairs_inside_pavilions, locks, raw_space, hall_preferences);
    return buf;
}

GeneratedFair make_generated_fair(const GeneratedFairOptions& options)
{
    samples::Random rng(options.seed ^ 0x47454E46u);
    const int halls =
        options.halls > 0 ? std::clamp(options.halls, 1, 8) : 1 + int(std::floor(8 * std::pow(rng.uniform(), 1.6)));
    const int modules = options.modules > 0 ? options.modules : int(500 * std::pow(60.0, rng.uniform()));
    const double fill = options.fill > 0 ? std::clamp(options.fill, 0.05, 1.0) : rng.between(0.5, 0.95);
    GeneratedFair out;
    out.project.venue = samples::generated_venue(rng, halls, modules, out.facts);
    apply_edit(out.project, generate_grid(out.project).edit); // the grid comes back as an edit
    for (const Block& b : out.project.blocks)
        out.facts.modules += int(std::count(b.cells.begin(), b.cells.end(), CellUse::Booth));
    samples::PlantedFair fair = samples::plant(rng, out.project, fill, samples::kSectorCount);
    samples::keep_pavilions_whole(out.project, fair);
    for (const samples::PlantedPavilion& pv : fair.pavilions)
    {
        int hall_modules = 0;
        for (const Block& b : out.project.blocks)
            if (b.hall == pv.hall)
                hall_modules += int(std::count(b.cells.begin(), b.cells.end(), CellUse::Booth));
        out.facts.pavilions += pv.modules > 0;
        out.facts.largest_pavilion_share =
            std::max(out.facts.largest_pavilion_share, double(pv.modules) / std::max(1, hall_modules));
    }
    samples::write_exhibitors(rng, out.project, fair, out.planted, out.facts);
    return out;
}

} // namespace bp
