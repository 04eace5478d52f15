// First allocation: halls take whole sectors and pavilions in turn up to an even fill, each hall
// lays its groups along the serpentine block order (first fit decreasing inside a group), and
// whatever is left takes any hole that fits.
#include "construct.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <numeric>
#include <tuple>

namespace bp::detail
{

namespace
{

void occupy(const Problem& P, std::vector<int32_t>& occ, int32_t e, const Place& p)
{
    for (int r = p.row; r < p.row + p.rows; ++r)
        for (int c = p.col; c < p.col + p.cols; ++c)
            occ[P.cell(p.block, r, c)] = e;
}

// Modules e needs in the venue's most common module size (for hall loads only).
int demand(const Problem& P, int32_t e, double module_area)
{
    return std::max(1, static_cast<int>(std::ceil(P.ex[e].need_m2 / module_area - 1e-9)));
}

std::string area_text(double m2)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f m²", m2);
    return buf;
}

// Places locked exhibitors on their booths; returns false for those whose booth cannot be kept.
void place_locks(const Problem& P, std::vector<int32_t>& occ, std::vector<Place>& places, std::vector<std::string>& reasons)
{
    for (size_t i = 0; i < P.ex.size(); ++i)
    {
        const PExhibitor& x = P.ex[i];
        if (!x.locked)
            continue;
        if (!x.lock.assigned())
            reasons[i] = x.code + ": pinned booth " + x.lock_number + " does not exist";
        else if (!P.fits(int32_t(i), x.lock, occ))
            reasons[i] = x.code + ": pinned booth " + x.lock_number + " is taken, not bookable or outside its pavilion's region";
        else
        {
            places[i] = x.lock;
            occupy(P, occ, int32_t(i), x.lock);
        }
    }
}

} // namespace

bool place_in_block(const Problem& P, int32_t e, int32_t b, int from, const std::vector<int32_t>& occ, Place& out)
{
    const PBlock& blk = P.blocks[b];
    Shape shapes[4];
    int n = P.shapes(e, b, shapes);
    int best_end = 1 << 30;
    bool found = false;
    for (int s = 0; s < n; ++s)
    {
        const Shape sh = shapes[s];
        for (int r = 0; r + sh.rows <= blk.rows; ++r)
            for (int t = std::max(0, from); t + sh.cols <= blk.modules && t + sh.cols < best_end; ++t)
            {
                int c = blk.dir > 0 ? t : blk.modules - t - sh.cols;
                Place p{b, int16_t(r), sh.rows, int16_t(c), sh.cols};
                if (P.fits(e, p, occ) && !P.touches_competitor(e, p, occ))
                {
                    // Ending earliest keeps a group's booths packed; ties go to one-row shapes.
                    if (t + sh.cols < best_end)
                    {
                        best_end = t + sh.cols;
                        out = p;
                        found = true;
                    }
                    break;
                }
            }
    }
    return found;
}

std::string static_reason(const Problem& P, int32_t e)
{
    const PExhibitor& x = P.ex[e];
    Shape s[4];
    for (int32_t b : P.block_kinds) // blocks come in few kinds; one of each tells
        if (P.shapes(e, b, s) > 0)
            return "";
    return x.code + ": " + area_text(x.area_m2) + (x.raw ? " of raw space" : " booth") + ": no block can hold it";
}

std::vector<Place> construct(const Problem& P, std::vector<std::string>& reasons, const std::atomic<bool>* cancel)
{
    const int32_t E = int32_t(P.ex.size());
    std::vector<Place> places(P.ex.size());
    reasons.assign(P.ex.size(), "");
    std::vector<int32_t> occ(static_cast<size_t>(P.cells()), -1);
    place_locks(P, occ, places, reasons);
    if (P.blocks.empty())
    {
        for (int32_t e = 0; e < E; ++e)
            if (!places[e].assigned() && reasons[e].empty())
                reasons[e] = P.ex[e].code + ": the venue has no booth blocks";
        return places;
    }
    std::vector<uint8_t> todo(P.ex.size(), 0);
    for (int32_t e = 0; e < E; ++e)
        if (!P.ex[e].locked)
        {
            reasons[e] = static_reason(P, e);
            todo[e] = reasons[e].empty();
        }
    // Re-solving after an edit: whoever still fits on their previous booth keeps it, so the plan
    // changes only where it must; the search moves them only for a clear gain.
    for (int32_t e = 0; e < E; ++e)
    {
        const Place& prev = P.ex[e].previous;
        if (!todo[e] || !prev.assigned() || !P.fits(e, prev, occ))
            continue;
        Shape shapes[4];
        bool ok = false;
        for (int k = 0, n = P.shapes(e, prev.block, shapes); k < n; ++k)
            ok |= shapes[k].rows == prev.rows && shapes[k].cols == prev.cols;
        if (!ok)
            continue;
        places[e] = prev;
        occupy(P, occ, e, prev);
        todo[e] = 0;
    }
    double module_area = P.blocks[P.blocks.size() / 2].module_area;
    auto by_size = [&](int32_t a, int32_t b) { return demand(P, a, module_area) > demand(P, b, module_area); };
    // Lays one group along the hall's serpentine order from block index `k`, first fit decreasing.
    auto pack_group = [&](std::vector<int32_t> group, int32_t hall, size_t& k) {
        const auto& list = P.hall_blocks[static_cast<size_t>(hall)];
        std::stable_sort(group.begin(), group.end(), by_size);
        size_t start = k;
        for (int32_t e : group)
        {
            bool done = false;
            for (size_t j = start; j < list.size() && !done; ++j)
                if (place_in_block(P, e, list[j], 0, occ, places[e]))
                {
                    done = true;
                    // A big booth that only fits far ahead must not drag the group's front there,
                    // or the blocks skipped would be left to stragglers of later groups.
                    k = std::max(k, std::min(j, k + 1));
                }
            for (size_t j = 0; j < start && !done; ++j) // holes earlier in the hall
                done = place_in_block(P, e, list[j], 0, occ, places[e]);
            if (done)
            {
                occupy(P, occ, e, places[e]);
                todo[e] = 0;
            }
        }
    };

    // Planner-placed pavilions first, inside their regions.
    for (const PPavilion& pv : P.pavilions)
        if (pv.region >= 0)
        {
            std::vector<int32_t> group;
            for (int32_t m : pv.members)
                if (todo[m])
                    group.push_back(m);
            size_t k = 0;
            pack_group(group, pv.region_hall, k);
            for (int32_t m : group)
                if (todo[m])
                {
                    todo[m] = 0;
                    reasons[m] = P.ex[m].code + ": no free room for " + area_text(P.ex[m].area_m2) + " inside the region of pavilion " + pv.name;
                }
        }

    // Units in order: per sector, its pavilions (largest first), then its other exhibitors.
    struct Unit
    {
        std::vector<int32_t> members;
        int load = 0;
        bool pavilion = false;
    };
    std::vector<int> votes(P.sectors.size() + 1);
    std::vector<std::vector<Unit>> by_sector(P.sectors.size() + 1);
    for (const PPavilion& pv : P.pavilions)
    {
        Unit u;
        u.pavilion = true;
        std::fill(votes.begin(), votes.end(), 0);
        for (int32_t m : pv.members)
            if (todo[m])
            {
                u.members.push_back(m);
                u.load += demand(P, m, module_area);
                votes[static_cast<size_t>(P.ex[m].sector + 1)] += 1;
            }
        if (!u.members.empty())
            by_sector[static_cast<size_t>(std::max_element(votes.begin(), votes.end()) - votes.begin())].push_back(std::move(u));
    }
    for (auto& list : by_sector)
        std::stable_sort(list.begin(), list.end(), [](const Unit& a, const Unit& b) { return a.load > b.load; });
    for (int32_t e = 0; e < E; ++e)
        if (todo[e] && P.ex[e].pavilion < 0)
            by_sector[static_cast<size_t>(P.ex[e].sector + 1)].push_back({{e}, demand(P, e, module_area), false});
    std::vector<Unit> units;
    for (size_t s = 1; s <= P.sectors.size(); ++s)
        for (Unit& u : by_sector[s])
            units.push_back(std::move(u));
    for (Unit& u : by_sector[0])
        units.push_back(std::move(u));

    // Halls take units in turn up to an even share of the demand.
    std::vector<int64_t> free_cells(static_cast<size_t>(P.halls), 0);
    for (int32_t u = 0; u < P.cells(); ++u)
        if (P.cell_free[u] && occ[u] < 0)
            free_cells[static_cast<size_t>(P.blocks[P.cell_block[u]].hall)]++;
    int64_t total_free = std::accumulate(free_cells.begin(), free_cells.end(), int64_t(0)), total_demand = 0;
    for (const Unit& u : units)
        total_demand += u.load;
    double ratio = total_free > 0 ? std::min(1.0, double(total_demand) / double(total_free) + 0.01) : 1.0;
    std::vector<double> target(free_cells.size()), load(free_cells.size(), 0);
    for (size_t h = 0; h < free_cells.size(); ++h)
        target[h] = double(free_cells[h]) * ratio;
    std::vector<std::vector<size_t>> hall_units(free_cells.size());
    size_t h = 0;
    auto next_hall = [&](size_t from) {
        size_t g = from + 1;
        while (g < target.size() && target[g] <= 0)
            ++g;
        return g;
    };
    while (h < target.size() && target[h] <= 0)
        ++h;
    for (size_t i = 0; i < units.size(); ++i)
    {
        const Unit& u = units[i];
        if (h < target.size() && load[h] + u.load > target[h])
        {
            size_t g = next_hall(h);
            while (u.pavilion && g < target.size() && load[g] + u.load > target[g]) // deferred ones fill halls too
                g = next_hall(g);
            if (u.pavilion && g < target.size() && load[h] < target[h] * 0.95)
            {
                // The pavilion opens the next hall; this hall keeps filling with the following singles.
                hall_units[g].push_back(i);
                load[g] += u.load;
                continue;
            }
            if (u.pavilion || load[h] + u.load > target[h] + 1) // a single may top a hall up by one module
                h = next_hall(h);
            while (u.pavilion && h < target.size() && load[h] + u.load > target[h])
                h = next_hall(h);
        }
        size_t dest = h;
        if (dest >= target.size()) // every hall at its share: the one with most room left
        {
            dest = 0;
            for (size_t g = 1; g < target.size(); ++g)
                if (target[g] - load[g] > target[dest] - load[dest])
                    dest = g;
        }
        hall_units[dest].push_back(i);
        load[dest] += u.load;
    }
    for (size_t hh = 0; hh < hall_units.size(); ++hh)
    {
        if (cancel && cancel->load(std::memory_order_relaxed))
            break;
        // Pavilions first: if the hall's packing falls short, single exhibitors overflow, not members.
        size_t k = 0;
        for (int pass = 0; pass < 2; ++pass)
            for (size_t i : hall_units[hh])
                if (units[i].pavilion == (pass == 0))
                    pack_group(units[i].members, int32_t(hh), k);
    }

    // Leftovers: any hole, the pavilion's hall first, then the roomiest halls.
    std::vector<int32_t> left;
    for (int32_t e = 0; e < E; ++e)
        if (todo[e])
            left.push_back(e);
    std::stable_sort(left.begin(), left.end(), by_size);
    std::fill(free_cells.begin(), free_cells.end(), 0);
    for (int32_t u = 0; u < P.cells(); ++u)
        if (P.cell_free[u] && occ[u] < 0)
            free_cells[static_cast<size_t>(P.blocks[P.cell_block[u]].hall)]++;
    std::vector<int32_t> order(free_cells.size());
    for (int32_t e : left)
    {
        if (cancel && cancel->load(std::memory_order_relaxed))
            break;
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int32_t a, int32_t b) { return free_cells[a] > free_cells[b]; });
        int32_t pv = P.ex[e].pavilion;
        if (pv >= 0)
            for (int32_t m : P.pavilions[pv].members)
                if (places[m].assigned())
                {
                    auto it = std::find(order.begin(), order.end(), P.blocks[places[m].block].hall);
                    std::rotate(order.begin(), it, it + 1);
                    break;
                }
        int need = demand(P, e, module_area);
        for (int32_t hh : order)
        {
            if (free_cells[hh] < need || todo[e] == 0)
                continue;
            for (int32_t b : P.hall_blocks[hh])
                if (place_in_block(P, e, b, 0, occ, places[e]))
                {
                    occupy(P, occ, e, places[e]);
                    free_cells[hh] -= places[e].modules();
                    todo[e] = 0;
                    break;
                }
        }
        if (todo[e])
            reasons[e] = P.ex[e].code + ": no free space left for " + area_text(P.ex[e].area_m2) + " (the venue is full)";
    }
    return places;
}

std::vector<Place> greedy(const Problem& P, std::vector<std::string>& reasons)
{
    std::vector<Place> places(P.ex.size());
    reasons.assign(P.ex.size(), "");
    std::vector<int32_t> occ(static_cast<size_t>(P.cells()), -1);
    place_locks(P, occ, places, reasons);
    std::vector<uint8_t> full(P.blocks.size(), 0);
    size_t first_open = 0;
    for (int32_t e = 0; e < int32_t(P.ex.size()); ++e)
    {
        if (P.ex[e].locked)
            continue;
        Shape shapes[4];
        bool done = false;
        for (size_t b = first_open; b < P.blocks.size() && !done; ++b)
        {
            if (full[b])
                continue;
            const PBlock& blk = P.blocks[b];
            int n = P.shapes(e, int32_t(b), shapes);
            for (int s = 0; s < n && !done; ++s)
                for (int r = 0; r + shapes[s].rows <= blk.rows && !done; ++r)
                    for (int c = 0; c + shapes[s].cols <= blk.modules && !done; ++c)
                    {
                        Place p{int32_t(b), int16_t(r), shapes[s].rows, int16_t(c), shapes[s].cols};
                        if (P.fits(e, p, occ))
                        {
                            places[e] = p;
                            occupy(P, occ, e, p);
                            done = true;
                        }
                    }
        }
        if (!done)
            reasons[e] = P.ex[e].code + ": greedy baseline found no room";
        // A block with no free module never takes anyone again.
        while (first_open < P.blocks.size())
        {
            const PBlock& blk = P.blocks[first_open];
            bool any = false;
            for (int32_t u = blk.base; u < blk.base + blk.rows * blk.modules && !any; ++u)
                any = P.cell_free[u] && occ[u] < 0;
            if (any)
                break;
            full[first_open++] = 1;
        }
    }
    return places;
}

} // namespace bp::detail
