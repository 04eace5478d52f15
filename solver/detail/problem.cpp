// Builds the solver's flat problem from a project: cells and their facts, the planner's holds,
// pinned booths, pavilion regions, sector zones and exhibitors' requests; and the small questions
// every part of the solver asks of it (shapes, fits, booth numbers).
#include "problem.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>
#include <unordered_map>

namespace bp::detail
{

namespace
{

std::vector<uint8_t> mask_of(const AllocationProblem& P, const Project& project, const Region& region)
{
    std::vector<uint8_t> m(static_cast<size_t>(P.cells()), 0);
    for (size_t b = 0; b < project.blocks.size(); ++b)
    {
        const Block& blk = project.blocks[b];
        if (blk.hall != region.hall)
            continue;
        for (int r = 0; r < blk.rows; ++r)
            for (int c = 0; c < blk.modules; ++c)
            {
                Polygon f = footprint(blk, {BlockId(static_cast<int32_t>(b)), r, 1, c, 1});
                Vec2 ctr = centroid(f);
                bool in = true;
                for (Vec2 q : f) // corners pulled 5 cm inwards: a cell on the region's edge is inside
                    in = in && contains(region.polygon, q + (ctr - q) * (0.05 / std::max(1e-9, distance(ctr, q))));
                m[static_cast<size_t>(P.cell(static_cast<int32_t>(b), r, c))] = in ? 1 : 0;
            }
    }
    return m;
}

GridBlock grid_block(const Block& blk, int32_t halls, int32_t first_cell)
{
    GridBlock gb;
    gb.hall = std::clamp(blk.hall.value, 0, std::max(0, halls - 1));
    gb.rows = blk.rows;
    gb.modules = blk.modules;
    gb.first_cell = first_cell;
    gb.module_area = blk.module_m * blk.row_depth_m;
    gb.module_area_x100 = std::llround(gb.module_area * 100);
    gb.cell_half_x =
        static_cast<float>((std::abs(blk.along.x) * blk.module_m + std::abs(blk.across.x) * blk.row_depth_m) / 2);
    gb.cell_half_y =
        static_cast<float>((std::abs(blk.along.y) * blk.module_m + std::abs(blk.across.y) * blk.row_depth_m) / 2);
    for (int s = 0; s < 4; ++s)
    {
        gb.open_side[s] = blk.open_side[s];
        gb.main_aisle_side[s] = blk.main_aisle_side[s];
    }
    return gb;
}

// Blocks and their cells: bookable or not, centre, distance to the nearest entrance; `cell_of`
// maps every module number to its cell.
void add_cells(const Project& project, AllocationProblem& P, std::unordered_map<std::string, int32_t>& cell_of)
{
    int32_t first = 0;
    for (size_t b = 0; b < project.blocks.size(); ++b)
    {
        const Block& blk = project.blocks[b];
        P.blocks.push_back(grid_block(blk, P.halls, first));
        const Hall* hall =
            blk.hall.valid() && blk.hall.index() < project.venue.halls.size() ? &project.hall(blk.hall) : nullptr;
        for (int r = 0; r < blk.rows; ++r)
            for (int c = 0; c < blk.modules; ++c)
            {
                const size_t k = blk.index(r, c);
                P.cell_block.push_back(static_cast<int32_t>(b));
                P.cell_bookable.push_back(k < blk.cells.size() && blk.cells[k] == CellUse::Booth ? 1 : 0);
                Vec2 ctr = centroid(footprint(blk, {BlockId(static_cast<int32_t>(b)), r, 1, c, 1}));
                P.cell_x.push_back(static_cast<float>(ctr.x));
                P.cell_y.push_back(static_cast<float>(ctr.y));
                double near = 1e9;
                if (hall)
                    for (const Door& d : hall->doors)
                        if (d.kind == DoorKind::Entrance)
                            near = std::min(near, distance_to_segment(ctr, d.span));
                P.cell_entrance_m.push_back(static_cast<float>(near));
                if (k < blk.numbers.size() && !blk.numbers[k].empty())
                    cell_of.emplace(blk.numbers[k], first + static_cast<int32_t>(k));
            }
        first += blk.rows * blk.modules;
    }
}

// The planner's held and blocked booths without an exhibitor are not for the solver.
void remove_held_cells(const Project& project, AllocationProblem& P)
{
    for (const Booth& bo : project.booths)
        if (!bo.exhibitor.valid() && (bo.status == BoothStatus::Held || bo.status == BoothStatus::Blocked) &&
            bo.cells.block.valid() && bo.cells.block.index() < P.blocks.size())
        {
            const GridBlock& gb = P.blocks[bo.cells.block.index()];
            for (int r = bo.cells.row; r < bo.cells.row + bo.cells.rows && r < gb.rows; ++r)
                for (int c = bo.cells.col; c < bo.cells.col + bo.cells.cols && c < gb.modules; ++c)
                    P.cell_bookable[static_cast<size_t>(P.cell(bo.cells.block.value, r, c))] = 0;
        }
}

void add_block_kinds(AllocationProblem& P)
{
    std::map<std::tuple<int, int, int64_t>, int32_t> kinds;
    for (int32_t b = 0; b < int32_t(P.blocks.size()); ++b)
        kinds.emplace(std::make_tuple(P.blocks[b].rows, P.blocks[b].modules, P.blocks[b].module_area_x100), b);
    for (auto& [k, b] : kinds)
        P.block_kinds.push_back(b);
}

void add_regions_and_zones(const Project& project, AllocationProblem& P)
{
    for (const Pavilion& pv : project.pavilions)
    {
        PavilionGroup g;
        g.name = pv.name;
        g.shared_share = std::max(0.0, pv.shared_space_share);
        if (pv.placed && pv.placed->hall.valid())
        {
            g.region = static_cast<int32_t>(P.masks.size());
            g.region_hall = pv.placed->hall.value;
            P.masks.push_back(mask_of(P, project, *pv.placed));
        }
        P.pavilions.push_back(std::move(g));
    }
    for (const Sector& s : project.sectors)
    {
        SectorGroup g;
        g.name = s.name;
        if (s.zone && s.zone->hall.valid())
        {
            g.zone = static_cast<int32_t>(P.masks.size());
            g.zone_hall = s.zone->hall.value;
            P.masks.push_back(mask_of(P, project, *s.zone));
        }
        P.sectors.push_back(std::move(g));
    }
}

// A run of modules "2.1C07-09" (or "2.1C07-C08" down a column) starting at cell `first`.
Place run_of(const Project& project, const AllocationProblem& P,
             const std::unordered_map<std::string, int32_t>& cell_of, Place first, const std::string& tail)
{
    auto it = cell_of.find(tail);
    if (it != cell_of.end())
    {
        Place q = P.cell_place(it->second);
        if (q.block == first.block && q.col == first.col && q.row > first.row)
            return {first.block, first.row, static_cast<int16_t>(q.row - first.row + 1), first.col, 1};
    }
    const Block& blk = project.blocks[first.block];
    for (int c = first.col + 1; c < blk.modules; ++c)
    {
        const std::string& s = blk.number(first.row, c);
        if (s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0)
            return {first.block, first.row, 1, first.col, static_cast<int16_t>(c - first.col + 1)};
    }
    return {};
}

// Finds the cells of a booth number: an existing booth, one module, or a run "2.1C07-09".
Place find_booth_cells(const Project& project, const AllocationProblem& P,
                       const std::unordered_map<std::string, int32_t>& cell_of, const std::string& number)
{
    if (auto id = project.find_booth(number))
    {
        Place p = P.to_place(project.booth(*id).cells);
        if (p.block >= 0 && p.block < static_cast<int32_t>(P.blocks.size()))
            return p;
    }
    auto one = [&](const std::string& s) -> Place
    {
        auto it = cell_of.find(s);
        return it == cell_of.end() ? Place{} : P.cell_place(it->second);
    };
    Place p = one(number);
    if (p.assigned())
        return p;
    size_t dash = number.rfind('-');
    if (dash == std::string::npos)
        return {};
    p = one(number.substr(0, dash));
    if (!p.assigned())
        return {};
    return run_of(project, P, cell_of, p, number.substr(dash + 1));
}

ExhibitorRequest request_of(const Project& project, size_t i, int32_t pavilions, int32_t sectors)
{
    const Exhibitor& x = project.exhibitors[i];
    ExhibitorRequest e;
    e.code = x.code;
    e.area_m2 = x.area_m2;
    e.raw = x.booth_kind == BoothKind::Raw;
    e.need_m2 = e.raw ? std::max(36.0, x.area_m2) : x.area_m2;
    e.priority = x.priority;
    e.pavilion = x.pavilion.valid() && x.pavilion.value < pavilions ? x.pavilion.value : -1;
    e.sector = x.sector.valid() && x.sector.value < sectors ? x.sector.value : -1;
    e.prefer = x.prefer;
    for (const Preference& pr : x.prefer)
    {
        int32_t h = -1;
        if (pr.kind == PreferenceKind::Hall)
            if (auto id = project.find_hall(pr.hall))
                h = id->value;
        e.prefer_hall.push_back(h);
    }
    for (ExhibitorId c : x.competitors)
        if (c.valid() && c.index() < project.exhibitors.size() && c.index() != i)
            e.competitors.push_back(c.value);
    return e;
}

void add_exhibitors(const Project& project, AllocationProblem& P,
                    const std::unordered_map<std::string, int32_t>& cell_of)
{
    std::vector<Place> previous(project.exhibitors.size());
    for (const Booth& bo : project.booths)
        if (bo.exhibitor.valid() && bo.exhibitor.index() < previous.size() && bo.cells.block.valid() &&
            bo.cells.block.index() < P.blocks.size())
            previous[bo.exhibitor.index()] = P.to_place(bo.cells);
    for (size_t i = 0; i < project.exhibitors.size(); ++i)
    {
        ExhibitorRequest e = request_of(project, i, int32_t(P.pavilions.size()), int32_t(P.sectors.size()));
        e.previous = previous[i];
        const Exhibitor& x = project.exhibitors[i];
        if (!x.locked_booth.empty())
        {
            e.locked = true;
            e.lock_number = x.locked_booth;
            e.lock = find_booth_cells(project, P, cell_of, x.locked_booth);
        }
        if (e.pavilion >= 0)
            P.pavilions[static_cast<size_t>(e.pavilion)].members.push_back(static_cast<int32_t>(i));
        P.exhibitors.push_back(std::move(e));
    }
    // Competition is mutual even when the list names it on one side only.
    for (size_t i = 0; i < P.exhibitors.size(); ++i)
        for (int32_t c : P.exhibitors[i].competitors)
        {
            auto& other = P.exhibitors[static_cast<size_t>(c)].competitors;
            if (std::find(other.begin(), other.end(), static_cast<int32_t>(i)) == other.end())
                other.push_back(static_cast<int32_t>(i));
        }
    for (auto& e : P.exhibitors)
    {
        std::sort(e.competitors.begin(), e.competitors.end());
        e.competitors.erase(std::unique(e.competitors.begin(), e.competitors.end()), e.competitors.end());
    }
}

} // namespace

AllocationProblem build_problem(const Project& project)
{
    AllocationProblem P;
    P.halls = static_cast<int32_t>(project.venue.halls.size());
    for (const Hall& h : project.venue.halls)
        P.hall_code.push_back(h.code);
    P.hall_open.assign(static_cast<size_t>(P.halls), 1);
    P.competitors_facing = project.venue.rules.competitors_facing;
    std::unordered_map<std::string, int32_t> cell_of;
    add_cells(project, P, cell_of);
    remove_held_cells(project, P);
    order_serpentine(project, P);
    find_neighbours(project, P);
    add_block_kinds(P);
    add_regions_and_zones(project, P);
    add_exhibitors(project, P, cell_of);
    P.grid = project.blocks;
    P.booths_before = project.booths;
    return P;
}

int AllocationProblem::shapes(int32_t e, int32_t b, Shape out[4]) const
{
    const ExhibitorRequest& x = exhibitors[e];
    const GridBlock& blk = blocks[b];
    int n = 0;
    int lo = static_cast<int>(std::ceil(x.need_m2 / blk.module_area - 1e-9));
    for (int k = std::max(1, lo); k * blk.module_area < x.need_m2 + 9 - 1e-9 && n < 3; ++k)
    {
        if (k <= blk.modules)
            out[n++] = {1, static_cast<int16_t>(k)};
        if (blk.rows == 2 && k % 2 == 0 && k / 2 <= blk.modules && n < 4)
            out[n++] = {2, static_cast<int16_t>(k / 2)};
    }
    // Raw space is self-built on a rectangle: when no rectangle of the block lands within 9 m² of
    // the request (60 m² = 7 modules in a 2 x 6 block), the smallest rectangle above it will do.
    for (int k = std::max(1, lo); n == 0 && x.raw && k <= blk.rows * blk.modules; ++k)
    {
        if (k <= blk.modules)
            out[n++] = {1, static_cast<int16_t>(k)};
        if (blk.rows == 2 && k % 2 == 0 && k / 2 <= blk.modules)
            out[n++] = {2, static_cast<int16_t>(k / 2)};
    }
    return n;
}

bool AllocationProblem::shape_ok(int32_t e, const Place& p) const
{
    Shape s[4];
    for (int k = 0, n = shapes(e, p.block, s); k < n; ++k)
        if (s[k].rows == p.rows && s[k].cols == p.cols)
            return true;
    return false;
}

bool AllocationProblem::fits(int32_t e, const Place& p, const std::vector<int32_t>& occupant) const
{
    if (p.block < 0 || p.block >= static_cast<int32_t>(blocks.size()))
        return false;
    const GridBlock& blk = blocks[p.block];
    if (p.row < 0 || p.col < 0 || p.rows < 1 || p.cols < 1 || p.row + p.rows > blk.rows || p.col + p.cols > blk.modules)
        return false;
    for (int r = p.row; r < p.row + p.rows; ++r)
        for (int c = p.col; c < p.col + p.cols; ++c)
        {
            int32_t u = cell(p.block, r, c);
            if (!cell_bookable[u] || (occupant[u] >= 0 && occupant[u] != e) || !allowed(e, u))
                return false;
        }
    return true;
}

bool AllocationProblem::touches_competitor(int32_t e, const Place& p, const std::vector<int32_t>& occupant) const
{
    const auto& comp = exhibitors[e].competitors;
    if (comp.empty())
        return false;
    const bool forbid_facing = competitors_facing == CompetitorsFacing::Forbid;
    for (int r = p.row; r < p.row + p.rows; ++r)
        for (int c = p.col; c < p.col + p.cols; ++c)
        {
            int32_t u = cell(p.block, r, c);
            for (int32_t k = neighbour_start[u]; k < neighbour_start[u + 1]; ++k)
                if ((neighbour_wall[k] || (neighbour_facing[k] && forbid_facing)) && occupant[neighbour[k]] >= 0 &&
                    std::binary_search(comp.begin(), comp.end(), occupant[neighbour[k]]))
                    return true;
        }
    return false;
}

BoothCells AllocationProblem::to_cells(const Place& p) const
{
    return {BlockId(p.block), p.row, p.rows, p.col, p.cols};
}

Place AllocationProblem::to_place(const BoothCells& c) const
{
    return {c.block.value, static_cast<int16_t>(c.row), static_cast<int16_t>(c.rows), static_cast<int16_t>(c.col),
            static_cast<int16_t>(c.cols)};
}

std::string AllocationProblem::booth_number(const Place& p) const
{
    return bp::booth_number(grid[p.block], to_cells(p));
}

std::string AllocationProblem::module_number(int32_t u) const
{
    const Place p = cell_place(u);
    return grid[p.block].number(p.row, p.col);
}

int min_modules(const AllocationProblem& P, int32_t e)
{
    int best = 1 << 30;
    Shape s[4];
    for (int32_t b : P.block_kinds) // shapes depend only on a block's kind
        for (int i = 0, n = P.shapes(e, b, s); i < n; ++i)
            best = std::min(best, s[i].rows * s[i].cols);
    return best;
}

Allocation to_allocation(const AllocationProblem& P, const std::vector<Place>& places)
{
    Allocation a;
    a.exhibitors.resize(places.size());
    for (size_t i = 0; i < places.size(); ++i)
        if (places[i].assigned())
            a.exhibitors[i].booth = P.to_cells(places[i]);
    return a;
}

std::vector<Place> to_places(const AllocationProblem& P, const Allocation& a)
{
    std::vector<Place> out(P.exhibitors.size());
    for (size_t i = 0; i < out.size() && i < a.exhibitors.size(); ++i)
        if (a.exhibitors[i].booth)
            out[i] = P.to_place(*a.exhibitors[i].booth);
    return out;
}

} // namespace bp::detail
