// First allocation: halls take whole sectors and pavilions in turn up to an even fill, each hall
// lays its groups along the serpentine block order (first fit decreasing inside a group), and
// whatever is left takes any hole that fits.
//
// Index:
//   [SECTION] Construction, step by step
//   [SECTION] Placing one exhibitor
#include "construct.h"

#include "seat.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace bp::detail
{

namespace
{

// Modules e needs in the venue's most common module size (for hall loads only).
int demand(const AllocationProblem& P, int32_t e, double module_area)
{
    return std::max(1, static_cast<int>(std::ceil(P.exhibitors[e].need_m2 / module_area - 1e-9)));
}

// Exhibitors outside the solve's scope stay where they are.
void place_fixed(const AllocationProblem& P, std::vector<int32_t>& occupant, std::vector<Place>& places)
{
    for (int32_t e = 0; e < P.exhibitor_count(); ++e)
    {
        const ExhibitorRequest& x = P.exhibitors[e];
        if (!x.fixed || x.locked || !x.previous.assigned() || !P.fits(e, x.previous, occupant))
            continue;
        places[e] = x.previous;
        occupy(P, occupant, e, x.previous);
    }
}

// [SECTION] Construction, step by step ----------------------------------------------------------

// A pavilion's members, or one exhibitor, laid out together.
struct Unit
{
    std::vector<int32_t> members;
    int load = 0;
    bool pavilion = false;
    int32_t index = -1; // the pavilion's
};

class Construction
{
public:
    Construction(const AllocationProblem& P, std::vector<Wording>& reasons, const std::atomic<bool>* cancel)
        : P_(P), reasons_(reasons), cancel_(cancel), places_(P.exhibitors.size()),
          occupant_(static_cast<size_t>(P.cells()), -1), todo_(P.exhibitors.size(), 0)
    {
        reasons_.assign(P.exhibitors.size(), Wording{});
    }

    std::vector<Place> run()
    {
        place_locks(P_, occupant_, places_, reasons_);
        place_fixed(P_, occupant_, places_);
        if (P_.blocks.empty())
        {
            for (int32_t e = 0; e < P_.exhibitor_count(); ++e)
                if (!places_[e].assigned() && reasons_[e].empty())
                    reasons_[e] = {Says::NoBoothBlocks, {P_.exhibitors[e].code}};
            return std::move(places_);
        }
        for (int32_t e = 0; e < P_.exhibitor_count(); ++e)
            if (P_.exhibitors[e].movable())
            {
                reasons_[e] = static_reason(P_, e);
                todo_[e] = reasons_[e].empty();
            }
        keep_previous_booths(false);
        module_area_ = P_.blocks[P_.blocks.size() / 2].module_area;
        planner_placed_pavilions();
        keep_previous_booths(true);
        std::vector<Unit> units = make_units();
        std::vector<std::vector<size_t>> hall_units = share_halls(units);
        seat_pavilions(units, hall_units);
        for (size_t h = 0; h < hall_units.size(); ++h)
        {
            if (cancelled())
                break;
            size_t k = 0;
            for (size_t i : hall_units[h])
                if (!units[i].pavilion)
                    pack_group(units[i].members, int32_t(h), k);
        }
        leftovers();
        return std::move(places_);
    }

private:
    const AllocationProblem& P_;
    std::vector<Wording>& reasons_;
    const std::atomic<bool>* cancel_;
    std::vector<Place> places_;
    std::vector<int32_t> occupant_;
    std::vector<uint8_t> todo_;
    double module_area_ = 9;

    bool cancelled() const { return cancel_ && cancel_->load(std::memory_order_relaxed); }
    bool larger(int32_t a, int32_t b) const { return demand(P_, a, module_area_) > demand(P_, b, module_area_); }

    // Re-solving after an edit: whoever still fits on their previous booth keeps it, so the plan
    // changes only where it must; the search moves them only for a clear gain. Those making way
    // for a re-seated pavilion come second, once its members are in.
    void keep_previous_booths(bool make_way)
    {
        for (int32_t e = 0; e < P_.exhibitor_count(); ++e)
        {
            const Place& prev = P_.exhibitors[e].previous;
            if (!todo_[e] || P_.exhibitors[e].make_way != make_way || !prev.assigned() ||
                !P_.hall_open[P_.blocks[prev.block].hall] || !P_.fits(e, prev, occupant_) || !P_.shape_ok(e, prev))
                continue;
            places_[e] = prev;
            occupy(P_, occupant_, e, prev);
            todo_[e] = 0;
        }
    }

    // Free modules per hall the solve may use.
    std::vector<int64_t> free_cells() const
    {
        std::vector<int64_t> free(static_cast<size_t>(P_.halls), 0);
        for (int32_t u = 0; u < P_.cells(); ++u)
            if (P_.cell_bookable[u] && occupant_[u] < 0 && P_.hall_open[P_.blocks[P_.cell_block[u]].hall])
                free[static_cast<size_t>(P_.blocks[P_.cell_block[u]].hall)]++;
        return free;
    }

    // Lays one group along the hall's serpentine order from block index `k`, first fit decreasing.
    void pack_group(std::vector<int32_t> group, int32_t hall, size_t& k)
    {
        if (!P_.hall_open[hall])
            return;
        const auto& list = P_.hall_blocks[static_cast<size_t>(hall)];
        std::stable_sort(group.begin(), group.end(), [&](int32_t a, int32_t b) { return larger(a, b); });
        size_t start = k;
        for (int32_t e : group)
        {
            bool done = false;
            for (size_t j = start; j < list.size() && !done; ++j)
                if (place_in_block(P_, e, list[j], 0, occupant_, places_[e]))
                {
                    done = true;
                    // A big booth that only fits far ahead must not drag the group's front there,
                    // or the blocks skipped would be left to stragglers of later groups.
                    k = std::max(k, std::min(j, k + 1));
                }
            for (size_t j = 0; j < start && !done; ++j) // holes earlier in the hall
                done = place_in_block(P_, e, list[j], 0, occupant_, places_[e]);
            if (done)
            {
                occupy(P_, occupant_, e, places_[e]);
                todo_[e] = 0;
            }
        }
    }

    // A region drawn tight around its members may hold them only packed block by block: when
    // seating grown outwards left some out, packing along the serpentine order is tried instead
    // and kept when it seats more.
    void pack_tight_region(const std::vector<int32_t>& group, int32_t hall)
    {
        std::vector<Place> seated(group.size());
        int left_seating = 0;
        for (size_t i = 0; i < group.size(); ++i)
        {
            seated[i] = places_[group[i]];
            left_seating += todo_[group[i]];
            if (!todo_[group[i]])
            {
                occupy(P_, occupant_, -1, places_[group[i]]);
                places_[group[i]] = Place{};
                todo_[group[i]] = 1;
            }
        }
        size_t k = 0;
        pack_group(group, hall, k);
        int left_packing = 0;
        for (int32_t m : group)
            left_packing += todo_[m];
        if (left_packing < left_seating)
            return;
        // Back to the seating: every packed place freed first, then the seats taken again (freed one
        // member at a time, a packed place would free the cells of another's seat just taken back,
        // and the next booth placed there would overlap it).
        for (int32_t m : group)
            if (places_[m].assigned())
                occupy(P_, occupant_, -1, places_[m]);
        for (size_t i = 0; i < group.size(); ++i)
        {
            places_[group[i]] = seated[i];
            todo_[group[i]] = !seated[i].assigned();
            if (seated[i].assigned())
                occupy(P_, occupant_, group[i], seated[i]);
        }
    }

    // Seats a pavilion's unplaced members in one piece in `area`; true when all found a seat.
    bool seat_in(int32_t pv, const FreeArea& area)
    {
        std::vector<int32_t> group, evicted;
        for (int32_t m : P_.pavilions[pv].members)
            if (todo_[m])
                group.push_back(m);
        std::vector<int32_t> left = seat_pavilion(P_, pv, group, area.seed, false, places_, occupant_, evicted);
        for (int32_t m : group)
            todo_[m] = std::find(left.begin(), left.end(), m) != left.end();
        return left.empty();
    }

    // Planner-placed pavilions first, inside their regions.
    void planner_placed_pavilions()
    {
        for (int32_t pv = 0; pv < int32_t(P_.pavilions.size()); ++pv)
        {
            const PavilionGroup& g = P_.pavilions[pv];
            if (g.region < 0)
                continue;
            std::vector<FreeArea> areas = free_areas(P_, occupant_, pv);
            const std::vector<int32_t> group = unplaced(pv);
            if (!areas.empty() && !seat_in(pv, areas.front()))
                pack_tight_region(group, g.region_hall);
            for (int32_t m : g.members)
                if (todo_[m])
                {
                    todo_[m] = 0;
                    reasons_[m] = {Says::NoRoomInRegion, {P_.exhibitors[m].code, wording_figure(P_.exhibitors[m].area_m2), g.name}};
                }
        }
    }

    // The pavilions without a region: those with members already placed first, then the others
    // largest first, each whole in one free area (seat_whole).
    void seat_pavilions(const std::vector<Unit>& units, const std::vector<std::vector<size_t>>& hall_units)
    {
        std::vector<std::pair<size_t, int32_t>> order; // unit, hall
        for (size_t h = 0; h < hall_units.size(); ++h)
            for (size_t i : hall_units[h])
                if (units[i].pavilion)
                    order.push_back({i, int32_t(h)});
        std::stable_sort(order.begin(), order.end(),
                         [&](const auto& a, const auto& b) { return units[a.first].load > units[b.first].load; });
        // Pavilions with members already placed (pinned, kept) first, all growing side by side,
        // each around its own (the one least advanced seats next), before others take the room.
        auto anchored = [&](size_t i)
        {
            for (int32_t m : P_.pavilions[units[i].index].members)
                if (places_[m].assigned())
                    return true;
            return false;
        };
        std::vector<PavilionSeating> growing;
        std::vector<int32_t> evicted;
        for (auto [i, hall] : order)
            if (anchored(i))
                growing.emplace_back(P_, units[i].index, unplaced(units[i].index), -1, false, places_, occupant_,
                                     evicted);
        while (!cancelled())
        {
            PavilionSeating* next = nullptr;
            for (PavilionSeating& g : growing)
                if (!g.done() && (!next || g.share_done() < next->share_done()))
                    next = &g;
            if (!next)
                break;
            next->seat_next();
        }
        for (auto [i, hall] : order)
        {
            if (cancelled())
                return;
            if (!anchored(i))
                seat_whole(units[i].index, hall);
        }
        for (int32_t e = 0; e < P_.exhibitor_count(); ++e)
            if (todo_[e] && places_[e].assigned())
                todo_[e] = 0;
    }

    std::vector<int32_t> unplaced(int32_t pv) const
    {
        std::vector<int32_t> group;
        for (int32_t m : P_.pavilions[pv].members)
            if (todo_[m])
                group.push_back(m);
        return group;
    }

    // Seats pavilion pv in one free area with room for its members and shared space: in `hall`
    // (the one the even share gave it) when one is there, else the largest with room, else the
    // largest (the members it cannot hold go to the leftovers).
    void seat_whole(int32_t pv, int32_t hall)
    {
        std::vector<FreeArea> areas = free_areas(P_, occupant_, pv);
        if (areas.empty())
            return;
        int64_t need = 0;
        for (int32_t m : unplaced(pv))
            need += std::min(min_modules(P_, m), 1 << 16);
        const int64_t with_shared = std::llround(double(need) * (1 + P_.pavilions[pv].shared_share));
        const FreeArea* pick = nullptr;
        for (int64_t wanted : {with_shared, need})
        {
            for (const FreeArea& a : areas)
                if (!pick && a.hall == hall && a.modules >= wanted)
                    pick = &a;
            for (const FreeArea& a : areas)
                if (!pick && a.modules >= wanted)
                    pick = &a;
        }
        seat_in(pv, pick ? *pick : areas.front());
    }

    // Units in order: per sector, its pavilions (largest first), then its other exhibitors.
    std::vector<Unit> make_units() const
    {
        std::vector<int> votes(P_.sectors.size() + 1);
        std::vector<std::vector<Unit>> by_sector(P_.sectors.size() + 1);
        for (const PavilionGroup& pv : P_.pavilions)
        {
            Unit u;
            u.pavilion = true;
            u.index = int32_t(&pv - P_.pavilions.data());
            std::fill(votes.begin(), votes.end(), 0);
            for (int32_t m : pv.members)
                if (todo_[m])
                {
                    u.members.push_back(m);
                    u.load += demand(P_, m, module_area_);
                    const int slot = P_.exhibitors[m].sector + 1; // 0: no sector
                    votes[static_cast<size_t>(slot)] += 1;
                }
            if (!u.members.empty())
                by_sector[static_cast<size_t>(std::max_element(votes.begin(), votes.end()) - votes.begin())].push_back(
                    std::move(u));
        }
        for (auto& list : by_sector)
            std::stable_sort(list.begin(), list.end(), [](const Unit& a, const Unit& b) { return a.load > b.load; });
        for (int32_t e = 0; e < P_.exhibitor_count(); ++e)
            if (todo_[e] && P_.exhibitors[e].pavilion < 0)
            {
                const int slot = P_.exhibitors[e].sector + 1;
                by_sector[static_cast<size_t>(slot)].push_back({{e}, demand(P_, e, module_area_), false});
            }
        std::vector<Unit> units;
        for (size_t s = 1; s <= P_.sectors.size(); ++s)
            for (Unit& u : by_sector[s])
                units.push_back(std::move(u));
        for (Unit& u : by_sector[0])
            units.push_back(std::move(u));
        return units;
    }

    // Halls take units in turn up to an even share of the demand.
    std::vector<std::vector<size_t>> share_halls(const std::vector<Unit>& units) const
    {
        std::vector<int64_t> free = free_cells();
        int64_t total_free = std::accumulate(free.begin(), free.end(), int64_t(0)), total_demand = 0;
        for (const Unit& u : units)
            total_demand += u.load;
        double ratio = total_free > 0 ? std::min(1.0, double(total_demand) / double(total_free) + 0.01) : 1.0;
        std::vector<double> target(free.size()), load(free.size(), 0);
        for (size_t h = 0; h < free.size(); ++h)
            target[h] = double(free[h]) * ratio;
        std::vector<std::vector<size_t>> hall_units(free.size());
        auto next_hall = [&](size_t from)
        {
            size_t g = from + 1;
            while (g < target.size() && target[g] <= 0)
                ++g;
            return g;
        };
        size_t h = 0;
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
        return hall_units;
    }

    // Leftovers: any hole, the pavilion's hall first, then the roomiest halls.
    void leftovers()
    {
        std::vector<int32_t> left;
        for (int32_t e = 0; e < P_.exhibitor_count(); ++e)
            if (todo_[e])
                left.push_back(e);
        std::stable_sort(left.begin(), left.end(), [&](int32_t a, int32_t b) { return larger(a, b); });
        std::vector<int64_t> free = free_cells();
        std::vector<int32_t> order(free.size());
        for (int32_t e : left)
        {
            if (cancelled())
                break;
            std::iota(order.begin(), order.end(), 0);
            std::stable_sort(order.begin(), order.end(), [&](int32_t a, int32_t b) { return free[a] > free[b]; });
            int32_t pv = P_.exhibitors[e].pavilion;
            if (pv >= 0)
                for (int32_t m : P_.pavilions[pv].members)
                    if (places_[m].assigned())
                    {
                        auto it = std::find(order.begin(), order.end(), P_.blocks[places_[m].block].hall);
                        std::rotate(order.begin(), it, it + 1);
                        break;
                    }
            int need = demand(P_, e, module_area_);
            for (int32_t h : order)
            {
                if (free[h] < need || todo_[e] == 0)
                    continue;
                for (int32_t b : P_.hall_blocks[h])
                    if (place_in_block(P_, e, b, 0, occupant_, places_[e]))
                    {
                        occupy(P_, occupant_, e, places_[e]);
                        free[h] -= places_[e].modules();
                        todo_[e] = 0;
                        break;
                    }
            }
            if (todo_[e])
                reasons_[e] = {Says::VenueFull, {P_.exhibitors[e].code, wording_figure(P_.exhibitors[e].area_m2)}};
        }
    }
};

} // namespace

void place_locks(const AllocationProblem& P, std::vector<int32_t>& occupant, std::vector<Place>& places,
                 std::vector<Wording>& reasons)
{
    for (size_t i = 0; i < P.exhibitors.size(); ++i)
    {
        const ExhibitorRequest& x = P.exhibitors[i];
        if (!x.locked)
            continue;
        if (!x.lock.assigned())
            reasons[i] = {Says::PinNotFound, {x.code, x.lock_number}};
        else if (!P.fits(int32_t(i), x.lock, occupant))
            reasons[i] = {Says::PinNotFree, {x.code, x.lock_number}};
        else
        {
            places[i] = x.lock;
            occupy(P, occupant, int32_t(i), x.lock);
        }
    }
}

// [SECTION] Placing one exhibitor -------------------------------------------------------------

bool place_in_block(const AllocationProblem& P, int32_t e, int32_t b, int from, const std::vector<int32_t>& occupant,
                    Place& out)
{
    const GridBlock& blk = P.blocks[b];
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
                int c = blk.serpentine_dir > 0 ? t : blk.modules - t - sh.cols;
                Place p{b, int16_t(r), sh.rows, int16_t(c), sh.cols};
                if (P.fits(e, p, occupant) && !P.touches_competitor(e, p, occupant))
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

Wording static_reason(const AllocationProblem& P, int32_t e)
{
    const ExhibitorRequest& x = P.exhibitors[e];
    Shape s[4];
    for (int32_t b : P.block_kinds) // blocks come in few kinds; one of each tells
        if (P.shapes(e, b, s) > 0)
            return {};
    return {x.raw ? Says::NoBlockForRaw : Says::NoBlockForBooth, {x.code, wording_figure(x.area_m2)}};
}

std::vector<Place> construct(const AllocationProblem& P, std::vector<Wording>& reasons,
                             const std::atomic<bool>* cancel)
{
    return Construction(P, reasons, cancel).run();
}

} // namespace bp::detail
