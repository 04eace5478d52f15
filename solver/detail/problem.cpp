// Builds the solver's flat problem from a project: cells with their neighbours across walls and
// aisles, serpentine block order per hall, pinned booths, pavilion regions and sector zones.
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

struct CellBox
{
    double minx, miny, maxx, maxy;
};

CellBox box_of(const Polygon& poly)
{
    Box b = bounds(poly);
    return {b.min.x, b.min.y, b.max.x, b.max.y};
}

// Walks each hall's blocks in bands across the hall, alternating direction, so that consecutive
// blocks face each other across an aisle: zones laid along this order stay connected.
void serpentine(const Project& project, Problem& P)
{
    P.hall_blocks.assign(static_cast<size_t>(P.halls), {});
    for (size_t b = 0; b < project.blocks.size(); ++b)
        P.hall_blocks[static_cast<size_t>(P.blocks[b].hall)].push_back(static_cast<int32_t>(b));
    for (auto& list : P.hall_blocks)
    {
        if (list.empty())
            continue;
        int horizontal = 0;
        for (int32_t b : list)
            horizontal += std::abs(project.blocks[b].along.x) >= std::abs(project.blocks[b].along.y) ? 1 : -1;
        auto centre = [&](int32_t b) { return centroid(footprint(project.blocks[b], {BlockId(b), 0, project.blocks[b].rows, 0, project.blocks[b].modules})); };
        auto band_coord = [&](int32_t b) { return horizontal >= 0 ? centre(b).y : centre(b).x; };
        auto run_coord = [&](int32_t b) { return horizontal >= 0 ? centre(b).x : centre(b).y; };
        std::stable_sort(list.begin(), list.end(), [&](int32_t a, int32_t b) { return band_coord(a) < band_coord(b); });
        std::vector<int32_t> out;
        size_t i = 0;
        int band = 0;
        while (i < list.size())
        {
            size_t j = i;
            double start = band_coord(list[i]);
            while (j < list.size() && band_coord(list[j]) - start < 2.0)
                ++j;
            std::vector<int32_t> run(list.begin() + static_cast<long>(i), list.begin() + static_cast<long>(j));
            std::stable_sort(run.begin(), run.end(), [&](int32_t a, int32_t b) { return run_coord(a) < run_coord(b); });
            bool forward = band % 2 == 0;
            if (!forward)
                std::reverse(run.begin(), run.end());
            for (int32_t b : run)
            {
                Vec2 along = project.blocks[b].along;
                double d = horizontal >= 0 ? along.x : along.y;
                P.blocks[b].dir = (d >= 0) == forward ? 1 : -1;
                P.blocks[b].seq = static_cast<int32_t>(out.size());
                out.push_back(b);
            }
            i = j;
            ++band;
        }
        list = out;
    }
}

// Neighbours: inside a block by shared walls; between blocks when edge cells touch (a wall) or
// face each other across an aisle no wider than the hall's widest aisle.
void neighbours(const Project& project, Problem& P)
{
    const int32_t n = P.cells();
    std::vector<std::vector<std::pair<int32_t, uint8_t>>> adj(static_cast<size_t>(n));
    std::vector<CellBox> boxes(static_cast<size_t>(n));
    for (size_t b = 0; b < project.blocks.size(); ++b)
    {
        const Block& blk = project.blocks[b];
        for (int r = 0; r < blk.rows; ++r)
            for (int c = 0; c < blk.modules; ++c)
            {
                int32_t u = P.cell(static_cast<int32_t>(b), r, c);
                boxes[static_cast<size_t>(u)] = box_of(footprint(blk, {BlockId(static_cast<int32_t>(b)), r, 1, c, 1}));
                if (c + 1 < blk.modules)
                {
                    adj[u].push_back({u + 1, 1});
                    adj[u + 1].push_back({u, 1});
                }
                if (r + 1 < blk.rows)
                {
                    int32_t v = P.cell(static_cast<int32_t>(b), r + 1, c);
                    adj[u].push_back({v, 1});
                    adj[v].push_back({u, 1});
                }
            }
    }
    // Outward direction of each block side: 0 -across, 1 +across, 2 -along, 3 +along.
    // A cell faces out of its block on side d when it is on that edge, or when only unbookable
    // cells (a door's clear zone, a column) lie between it and the end of its row; `extra` is
    // then their length, which the aisle allowance grows by.
    auto on_side = [&](int32_t u, Vec2 d, double& extra) {
        const PBlock& pb = P.blocks[P.cell_block[u]];
        const Block& blk = project.blocks[P.cell_block[u]];
        int local = u - pb.base, r = local / pb.modules, c = local % pb.modules;
        Vec2 out[4] = {blk.across * -1.0, blk.across, blk.along * -1.0, blk.along};
        int before = 0, after = 0;
        while (before < c && !P.cell_free[u - before - 1])
            ++before;
        while (c + after < pb.modules - 1 && !P.cell_free[u + after + 1])
            ++after;
        bool side[4] = {r == 0, r == pb.rows - 1, c - before == 0, c + after == pb.modules - 1};
        double skipped[4] = {0, 0, before * blk.module_m, after * blk.module_m};
        for (int s = 0; s < 4; ++s)
            if (side[s] && dot(out[s], d) > 0.7)
            {
                extra += skipped[s];
                return true;
            }
        return false;
    };
    for (int32_t h = 0; h < P.halls; ++h)
    {
        HallRules rules = project.rules(HallId(h));
        double thr = std::max(rules.main_aisle_m, rules.aisle_m) + 0.1;
        const auto& list = P.hall_blocks[static_cast<size_t>(h)];
        std::vector<CellBox> bb;
        for (int32_t b : list)
            bb.push_back(box_of(footprint(project.blocks[b], {BlockId(b), 0, project.blocks[b].rows, 0, project.blocks[b].modules})));
        for (size_t i = 0; i < list.size(); ++i)
            for (size_t j = i + 1; j < list.size(); ++j)
            {
                const CellBox &A = bb[i], &B = bb[j];
                double gx = std::max(A.minx, B.minx) - std::min(A.maxx, B.maxx);
                double gy = std::max(A.miny, B.miny) - std::min(A.maxy, B.maxy);
                if (gx > thr + 12 || gy > thr + 12) // 12 m: unbookable cells at block ends
                    continue;
                const PBlock &pa = P.blocks[list[i]], &pb = P.blocks[list[j]];
                for (int32_t u = pa.base; u < pa.base + pa.rows * pa.modules; ++u)
                    for (int32_t v = pb.base; v < pb.base + pb.rows * pb.modules; ++v)
                    {
                        const CellBox &U = boxes[u], &V = boxes[v];
                        double ox = std::min(U.maxx, V.maxx) - std::max(U.minx, V.minx);
                        double oy = std::min(U.maxy, V.maxy) - std::max(U.miny, V.miny);
                        Vec2 d;
                        double gap;
                        if (ox > 0.5 && oy <= 0.01)
                        {
                            gap = -oy;
                            d = {0, V.miny >= U.maxy - 0.01 ? 1.0 : -1.0};
                        }
                        else if (oy > 0.5 && ox <= 0.01)
                        {
                            gap = -ox;
                            d = {V.minx >= U.maxx - 0.01 ? 1.0 : -1.0, 0};
                        }
                        else
                            continue;
                        double extra = 0;
                        if (!on_side(u, d, extra) || !on_side(v, d * -1.0, extra) || gap > thr + extra)
                            continue;
                        uint8_t wall = gap < 0.05 ? 1 : 0;
                        adj[u].push_back({v, wall});
                        adj[v].push_back({u, wall});
                    }
            }
    }
    // Along a row, bookable cells on either side of columns or a door's clear zone face each other
    // the way booths face across an aisle.
    for (size_t b = 0; b < project.blocks.size(); ++b)
    {
        const PBlock& pb = P.blocks[b];
        for (int r = 0; r < pb.rows; ++r)
        {
            int last = -1;
            for (int c = 0; c < pb.modules; ++c)
            {
                int32_t u = P.cell(static_cast<int32_t>(b), r, c);
                if (!P.cell_free[u])
                    continue;
                if (last >= 0 && last < c - 1)
                {
                    int32_t v = P.cell(static_cast<int32_t>(b), r, last);
                    adj[u].push_back({v, 0});
                    adj[v].push_back({u, 0});
                }
                last = c;
            }
        }
    }
    P.nb_start.assign(static_cast<size_t>(n) + 1, 0);
    for (int32_t u = 0; u < n; ++u)
    {
        std::sort(adj[u].begin(), adj[u].end());
        P.nb_start[u + 1] = P.nb_start[u] + static_cast<int32_t>(adj[u].size());
        for (auto [v, w] : adj[u])
        {
            P.nb.push_back(v);
            P.nb_wall.push_back(w);
        }
    }
}

std::vector<uint8_t> mask_of(const Problem& P, const Project& project, const Region& region)
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

} // namespace

int Problem::shapes(int32_t e, int32_t b, Shape out[4]) const
{
    const PExhibitor& x = ex[e];
    const PBlock& blk = blocks[b];
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

bool Problem::fits(int32_t e, const Place& p, const std::vector<int32_t>& occ) const
{
    if (p.block < 0 || p.block >= static_cast<int32_t>(blocks.size()))
        return false;
    const PBlock& blk = blocks[p.block];
    if (p.row < 0 || p.col < 0 || p.rows < 1 || p.cols < 1 || p.row + p.rows > blk.rows || p.col + p.cols > blk.modules)
        return false;
    for (int r = p.row; r < p.row + p.rows; ++r)
        for (int c = p.col; c < p.col + p.cols; ++c)
        {
            int32_t u = cell(p.block, r, c);
            if (!cell_free[u] || (occ[u] >= 0 && occ[u] != e) || !allowed(e, u))
                return false;
        }
    return true;
}

bool Problem::touches_competitor(int32_t e, const Place& p, const std::vector<int32_t>& occ) const
{
    const auto& comp = ex[e].competitors;
    if (comp.empty())
        return false;
    for (int r = p.row; r < p.row + p.rows; ++r)
        for (int c = p.col; c < p.col + p.cols; ++c)
        {
            int32_t u = cell(p.block, r, c);
            for (int32_t k = nb_start[u]; k < nb_start[u + 1]; ++k)
                if (nb_wall[k] && occ[nb[k]] >= 0 && std::binary_search(comp.begin(), comp.end(), occ[nb[k]]))
                    return true;
        }
    return false;
}

BoothCells Problem::to_cells(const Place& p) const { return {BlockId(p.block), p.row, p.rows, p.col, p.cols}; }

Place Problem::to_place(const BoothCells& c) const
{
    return {c.block.value, static_cast<int16_t>(c.row), static_cast<int16_t>(c.rows), static_cast<int16_t>(c.col),
            static_cast<int16_t>(c.cols)};
}

std::string Problem::booth_number(const Place& p) const
{
    return bp::booth_number(project->blocks[p.block], to_cells(p));
}

int min_modules(const Problem& P, int32_t e)
{
    int best = 1 << 30;
    Shape s[4];
    for (int32_t b = 0; b < static_cast<int32_t>(P.blocks.size()); ++b)
        for (int i = 0, n = P.shapes(e, b, s); i < n; ++i)
            best = std::min(best, s[i].rows * s[i].cols);
    return best;
}

// Finds the cells of a booth number: an existing booth, one module, or a run "2.1C07-09".
static Place find_booth_cells(const Project& project, const Problem& P,
                              const std::unordered_map<std::string, int32_t>& cell_of, const std::string& number)
{
    if (auto id = project.find_booth(number))
    {
        Place p = P.to_place(project.booth(*id).cells);
        if (p.block >= 0 && p.block < static_cast<int32_t>(P.blocks.size()))
            return p;
    }
    auto one = [&](const std::string& s) -> Place {
        auto it = cell_of.find(s);
        if (it == cell_of.end())
            return {};
        int32_t u = it->second, b = P.cell_block[u], local = u - P.blocks[b].base;
        return {b, static_cast<int16_t>(local / P.blocks[b].modules), 1, static_cast<int16_t>(local % P.blocks[b].modules), 1};
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
    std::string tail = number.substr(dash + 1);
    Place q = one(tail);
    if (q.assigned() && q.block == p.block && q.col == p.col && q.row > p.row)
        return {p.block, p.row, static_cast<int16_t>(q.row - p.row + 1), p.col, 1};
    const Block& blk = project.blocks[p.block];
    for (int c = p.col + 1; c < blk.modules; ++c)
    {
        const std::string& s = blk.number(p.row, c);
        if (s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0)
            return {p.block, p.row, 1, p.col, static_cast<int16_t>(c - p.col + 1)};
    }
    return {};
}

Problem build_problem(const Project& project)
{
    Problem P;
    P.project = &project;
    P.halls = static_cast<int32_t>(project.venue.halls.size());
    for (const Hall& h : project.venue.halls)
        P.hall_code.push_back(h.code);
    std::unordered_map<std::string, int32_t> cell_of;
    int32_t base = 0;
    for (size_t b = 0; b < project.blocks.size(); ++b)
    {
        const Block& blk = project.blocks[b];
        PBlock pb;
        pb.hall = std::clamp(blk.hall.value, 0, std::max(0, P.halls - 1));
        pb.rows = blk.rows;
        pb.modules = blk.modules;
        pb.base = base;
        pb.module_area = blk.module_m * blk.row_depth_m;
        pb.area_x100 = std::llround(pb.module_area * 100);
        pb.hx = static_cast<float>((std::abs(blk.along.x) * blk.module_m + std::abs(blk.across.x) * blk.row_depth_m) / 2);
        pb.hy = static_cast<float>((std::abs(blk.along.y) * blk.module_m + std::abs(blk.across.y) * blk.row_depth_m) / 2);
        for (int s = 0; s < 4; ++s)
        {
            pb.open[s] = blk.open_side[s];
            pb.main[s] = blk.main_aisle_side[s];
        }
        P.blocks.push_back(pb);
        const Hall* hall = blk.hall.valid() && blk.hall.index() < project.venue.halls.size() ? &project.hall(blk.hall) : nullptr;
        for (int r = 0; r < blk.rows; ++r)
            for (int c = 0; c < blk.modules; ++c)
            {
                size_t k = static_cast<size_t>(r * blk.modules + c);
                P.cell_block.push_back(static_cast<int32_t>(b));
                P.cell_free.push_back(k < blk.cells.size() && blk.cells[k] == CellUse::Booth ? 1 : 0);
                Vec2 ctr = centroid(footprint(blk, {BlockId(static_cast<int32_t>(b)), r, 1, c, 1}));
                P.cell_cx.push_back(static_cast<float>(ctr.x));
                P.cell_cy.push_back(static_cast<float>(ctr.y));
                double near = 1e9;
                if (hall)
                    for (const Door& d : hall->doors)
                        if (d.kind == DoorKind::Entrance)
                            near = std::min(near, distance_to_segment(ctr, d.span));
                P.cell_entrance_m.push_back(static_cast<float>(near));
                if (k < blk.numbers.size() && !blk.numbers[k].empty())
                    cell_of.emplace(blk.numbers[k], base + static_cast<int32_t>(k));
            }
        base += blk.rows * blk.modules;
    }
    // The planner's held and blocked booths without an exhibitor are not for the solver.
    for (const Booth& bo : project.booths)
        if (!bo.exhibitor.valid() && (bo.status == BoothStatus::Held || bo.status == BoothStatus::Blocked) &&
            bo.cells.block.valid() && bo.cells.block.index() < P.blocks.size())
        {
            const PBlock& pb = P.blocks[bo.cells.block.index()];
            for (int r = bo.cells.row; r < bo.cells.row + bo.cells.rows && r < pb.rows; ++r)
                for (int c = bo.cells.col; c < bo.cells.col + bo.cells.cols && c < pb.modules; ++c)
                    P.cell_free[static_cast<size_t>(P.cell(bo.cells.block.value, r, c))] = 0;
        }
    serpentine(project, P);
    neighbours(project, P);
    std::map<std::tuple<int, int, int64_t>, int32_t> kinds;
    for (int32_t b = 0; b < int32_t(P.blocks.size()); ++b)
        kinds.emplace(std::make_tuple(P.blocks[b].rows, P.blocks[b].modules, P.blocks[b].area_x100), b);
    for (auto& [k, b] : kinds)
        P.block_kinds.push_back(b);

    for (const Pavilion& pv : project.pavilions)
    {
        PPavilion p;
        p.name = pv.name;
        if (pv.placed && pv.placed->hall.valid())
        {
            p.region = static_cast<int32_t>(P.masks.size());
            p.region_hall = pv.placed->hall.value;
            P.masks.push_back(mask_of(P, project, *pv.placed));
        }
        P.pavilions.push_back(std::move(p));
    }
    for (const Sector& s : project.sectors)
    {
        PSector p;
        p.name = s.name;
        if (s.zone && s.zone->hall.valid())
        {
            p.zone = static_cast<int32_t>(P.masks.size());
            p.zone_hall = s.zone->hall.value;
            P.masks.push_back(mask_of(P, project, *s.zone));
        }
        P.sectors.push_back(std::move(p));
    }
    std::vector<Place> previous(project.exhibitors.size());
    for (const Booth& bo : project.booths)
        if (bo.exhibitor.valid() && bo.exhibitor.index() < previous.size() && bo.cells.block.valid() &&
            bo.cells.block.index() < P.blocks.size())
            previous[bo.exhibitor.index()] = P.to_place(bo.cells);
    for (size_t i = 0; i < project.exhibitors.size(); ++i)
    {
        const Exhibitor& x = project.exhibitors[i];
        PExhibitor e;
        e.code = x.code;
        e.area_m2 = x.area_m2;
        e.raw = x.booth_kind == BoothKind::Raw;
        e.need_m2 = e.raw ? std::max(36.0, x.area_m2) : x.area_m2;
        e.priority = x.priority;
        e.pavilion = x.pavilion.valid() && x.pavilion.index() < P.pavilions.size() ? x.pavilion.value : -1;
        e.sector = x.sector.valid() && x.sector.index() < P.sectors.size() ? x.sector.value : -1;
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
        e.previous = previous[i];
        if (!x.locked_booth.empty())
        {
            e.locked = true;
            e.lock_number = x.locked_booth;
            e.lock = find_booth_cells(project, P, cell_of, x.locked_booth);
        }
        if (e.pavilion >= 0)
            P.pavilions[static_cast<size_t>(e.pavilion)].members.push_back(static_cast<int32_t>(i));
        P.ex.push_back(std::move(e));
    }
    // Competition is mutual even when the list names it on one side only.
    for (size_t i = 0; i < P.ex.size(); ++i)
        for (int32_t c : P.ex[i].competitors)
        {
            auto& other = P.ex[static_cast<size_t>(c)].competitors;
            if (std::find(other.begin(), other.end(), static_cast<int32_t>(i)) == other.end())
                other.push_back(static_cast<int32_t>(i));
        }
    for (auto& e : P.ex)
    {
        std::sort(e.competitors.begin(), e.competitors.end());
        e.competitors.erase(std::unique(e.competitors.begin(), e.competitors.end()), e.competitors.end());
    }
    return P;
}

Allocation to_allocation(const Problem& P, const std::vector<Place>& places)
{
    Allocation a;
    a.exhibitors.resize(places.size());
    for (size_t i = 0; i < places.size(); ++i)
        if (places[i].assigned())
            a.exhibitors[i].booth = P.to_cells(places[i]);
    return a;
}

std::vector<Place> to_places(const Problem& P, const Allocation& a)
{
    std::vector<Place> out(P.ex.size());
    for (size_t i = 0; i < out.size() && i < a.exhibitors.size(); ++i)
        if (a.exhibitors[i].booth)
            out[i] = P.to_place(*a.exhibitors[i].booth);
    return out;
}

} // namespace bp::detail
