// Seating a pavilion in one piece (seat.h).
#include "seat.h"

#include "construct.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <queue>

namespace bp::detail
{

void occupy(const AllocationProblem& P, std::vector<int32_t>& occupant, int32_t e, const Place& p)
{
    for (int r = p.row; r < p.row + p.rows; ++r)
        for (int c = p.col; c < p.col + p.cols; ++c)
            occupant[P.cell(p.block, r, c)] = e;
}

Place place_near(const AllocationProblem& P, const std::vector<int32_t>& occupant, int32_t e, int32_t anchor)
{
    const auto& list = P.hall_blocks[P.blocks[anchor].hall];
    const int32_t start = P.blocks[anchor].serpentine_pos, count = int32_t(list.size());
    Place dest;
    for (int32_t k = 0; k < 2 * count && !dest.assigned(); ++k)
    {
        int32_t j = start + ((k % 2) ? (k + 1) / 2 : -(k / 2));
        if (j >= 0 && j < count)
            place_in_block(P, e, list[j], 0, occupant, dest);
    }
    return dest;
}

namespace
{

bool usable(const AllocationProblem& P, int32_t pv, int32_t u)
{
    const int32_t region = P.pavilions[pv].region;
    return P.cell_bookable[u] && P.hall_open[P.blocks[P.cell_block[u]].hall] && (region < 0 || P.masks[region][u]);
}

} // namespace

std::vector<FreeArea> free_areas(const AllocationProblem& P, const std::vector<int32_t>& occupant, int32_t pv)
{
    std::vector<FreeArea> out;
    std::vector<uint8_t> seen(static_cast<size_t>(P.cells()), 0);
    std::vector<int32_t> stack;
    for (int32_t h = 0; h < P.halls; ++h)
        for (int32_t b : P.hall_blocks[h]) // serpentine order: an area's seed is its first cell
            for (int32_t u = P.blocks[b].first_cell;
                 u < P.blocks[b].first_cell + P.blocks[b].rows * P.blocks[b].modules; ++u)
            {
                if (seen[u] || occupant[u] >= 0 || !usable(P, pv, u))
                    continue;
                FreeArea a{h, u, 0, 0};
                seen[u] = 1;
                stack.assign(1, u);
                while (!stack.empty())
                {
                    int32_t x = stack.back();
                    stack.pop_back();
                    a.modules++;
                    a.area_m2 += P.blocks[P.cell_block[x]].module_area;
                    for (int32_t k = P.neighbour_start[x]; k < P.neighbour_start[x + 1]; ++k)
                    {
                        int32_t v = P.neighbour[k];
                        if (!seen[v] && occupant[v] < 0 && usable(P, pv, v))
                        {
                            seen[v] = 1;
                            stack.push_back(v);
                        }
                    }
                }
                out.push_back(a);
            }
    std::stable_sort(out.begin(), out.end(),
                     [](const FreeArea& a, const FreeArea& b) { return a.modules > b.modules; });
    return out;
}

int64_t pavilion_modules(const AllocationProblem& P, int32_t pv)
{
    int64_t n = 0;
    for (int32_t m : P.pavilions[pv].members)
        n += std::min(min_modules(P, m), 1 << 16);
    return n;
}

double pavilion_need_m2(const AllocationProblem& P, int32_t pv)
{
    double area = 0;
    for (int32_t m : P.pavilions[pv].members)
        area += P.exhibitors[m].need_m2;
    return area * (1 + P.pavilions[pv].shared_share);
}

class Seater
{
public:
    Seater(const AllocationProblem& P, int32_t pv, bool evict, std::vector<Place>& places,
           std::vector<int32_t>& occupant, std::vector<int32_t>& evicted)
        : P_(P), pv_(pv), evict_(evict), places_(places), occupant_(occupant), evicted_(evicted),
          rank_(static_cast<size_t>(P.cells()), -1)
    {
    }

    // Cells reachable from the sources through cells this pavilion may take or already holds, in
    // breadth-first order.
    void explore(const std::vector<int32_t>& sources)
    {
        for (int32_t u : sources)
            if (u >= 0 && rank_[u] < 0 && usable(P_, pv_, u))
            {
                rank_[u] = int32_t(order_.size());
                order_.push_back(u);
            }
        for (size_t i = 0; i < order_.size(); ++i)
        {
            const int32_t x = order_[i];
            for (int32_t k = P_.neighbour_start[x]; k < P_.neighbour_start[x + 1]; ++k)
            {
                int32_t v = P_.neighbour[k];
                if (rank_[v] < 0 && usable(P_, pv_, v) && (takeable(v) || ours(v)))
                {
                    rank_[v] = int32_t(order_.size());
                    order_.push_back(v);
                }
            }
        }
    }

    // Cells of the members already placed (pinned, outside the scope); notes that booths must
    // touch them.
    std::vector<int32_t> placed_cells()
    {
        std::vector<int32_t> cells;
        for (int32_t x : P_.pavilions[pv_].members)
        {
            const Place& q = places_[x];
            for (int r = q.row; q.assigned() && r < q.row + q.rows; ++r)
                for (int c = q.col; c < q.col + q.cols; ++c)
                    cells.push_back(P_.cell(q.block, r, c));
        }
        any_seated_ = !cells.empty();
        return cells;
    }

    // When members already placed stand in several pieces, lays the smallest of `pool` along the
    // shortest path (others' cells counting 64 steps) from the largest piece to each other piece.
    void connect_pieces(std::vector<int32_t>& pool)
    {
        for (int round = 0; round < 16; ++round)
        {
            std::vector<int32_t> path = path_to_other_piece();
            if (path.empty())
                return;
            for (int32_t c : path)
            {
                if (ours(c))
                    continue;
                bool done = false;
                for (auto it = pool.rbegin(); it != pool.rend() && !done; ++it) // smallest first
                {
                    int e = 0;
                    Place t = best_over(*it, c, e, false);
                    if (t.assigned())
                    {
                        take(*it, t);
                        pool.erase(std::next(it).base());
                        done = true;
                        break; // `it` is invalid after the erase: never step it again
                    }
                }
                if (!done)
                    return;
            }
        }
    }

    // Seats m touching the booths seated so far (or anywhere explored, nearest the seed first,
    // with `apart`); false when no place is left.
    bool seat(int32_t m, bool apart = false)
    {
        Place best;
        int best_evictions = 1 << 30;
        size_t scan_until = order_.size();
        for (size_t i = next_; i < order_.size() && i < scan_until; ++i)
        {
            const int32_t v = order_[i];
            if (!takeable(v))
            {
                if (i == next_)
                    ++next_;
                continue;
            }
            int evictions = 0;
            Place t = best_over(m, v, evictions, true, !apart);
            if (!t.assigned() || evictions >= best_evictions)
                continue;
            best = t;
            best_evictions = evictions;
            if (evictions == 0)
                break;
            scan_until = std::min(order_.size(), i + 64); // a place needing no eviction may lie just ahead
        }
        if (!best.assigned())
            return false;
        take(m, best);
        return true;
    }

private:
    const AllocationProblem& P_;
    const int32_t pv_;
    const bool evict_;
    std::vector<Place>& places_;
    std::vector<int32_t>& occupant_;
    std::vector<int32_t>& evicted_;
    std::vector<int32_t> rank_, order_;
    size_t next_ = 0;
    bool any_seated_ = false;

    bool ours(int32_t u) const { return occupant_[u] >= 0 && P_.exhibitors[occupant_[u]].pavilion == pv_; }
    bool takeable(int32_t u) const
    {
        const int32_t o = occupant_[u];
        return o < 0 || (evict_ && P_.exhibitors[o].pavilion != pv_ && P_.exhibitors[o].movable());
    }
    bool touches_pavilion(const Place& t) const
    {
        for (int r = t.row; r < t.row + t.rows; ++r)
            for (int c = t.col; c < t.col + t.cols; ++c)
            {
                int32_t w = P_.cell(t.block, r, c);
                for (int32_t k = P_.neighbour_start[w]; k < P_.neighbour_start[w + 1]; ++k)
                    if (ours(P_.neighbour[k]))
                        return true;
            }
        return false;
    }
    // Distinct exhibitors on t to evict, or -1 when t is not available.
    int evictions_on(const Place& t, bool explored) const
    {
        int32_t seen[16];
        int n = 0;
        for (int r = t.row; r < t.row + t.rows; ++r)
            for (int c = t.col; c < t.col + t.cols; ++c)
            {
                int32_t u = P_.cell(t.block, r, c);
                if ((explored ? rank_[u] < 0 : !usable(P_, pv_, u)) || !takeable(u))
                    return -1;
                int32_t o = occupant_[u];
                if (o >= 0 && std::find(seen, seen + n, o) == seen + n)
                {
                    if (n == 16)
                        return -1;
                    seen[n++] = o;
                }
            }
        return n;
    }
    // m's best booth covering cell v: fewest evictions, touching the pavilion, clear of rivals.
    Place best_over(int32_t m, int32_t v, int& evictions, bool explored = true, bool touch = true) const
    {
        const Place at = P_.cell_place(v);
        const GridBlock& blk = P_.blocks[at.block];
        Shape sh[4];
        Place best;
        evictions = 1 << 30;
        for (int s = 0, n = P_.shapes(m, at.block, sh); s < n; ++s)
            for (int r = std::max(0, at.row - sh[s].rows + 1); r <= at.row && r + sh[s].rows <= blk.rows; ++r)
                for (int c = std::max(0, at.col - sh[s].cols + 1); c <= at.col && c + sh[s].cols <= blk.modules; ++c)
                {
                    Place t{at.block, int16_t(r), sh[s].rows, int16_t(c), sh[s].cols};
                    int e = evictions_on(t, explored);
                    if (e < 0 || e >= evictions || (touch && any_seated_ && !touches_pavilion(t)) ||
                        P_.touches_competitor(m, t, occupant_))
                        continue;
                    best = t;
                    evictions = e;
                }
        return best;
    }
    void take(int32_t m, const Place& t)
    {
        for (int r = t.row; r < t.row + t.rows; ++r)
            for (int c = t.col; c < t.col + t.cols; ++c)
            {
                int32_t o = occupant_[P_.cell(t.block, r, c)];
                if (o >= 0 && o != m)
                {
                    occupy(P_, occupant_, -1, places_[o]);
                    places_[o] = Place{};
                    evicted_.push_back(o);
                }
            }
        places_[m] = t;
        occupy(P_, occupant_, m, t);
        any_seated_ = true;
    }

    // The cells of the first piece of the pavilion's cells other than the largest that a path of
    // free cells (or cells of others, at a cost) reaches from the largest piece, the path's cells
    // in order from the largest piece; empty when the pavilion is in one piece or none is reachable.
    std::vector<int32_t> path_to_other_piece() const
    {
        std::vector<int32_t> piece(static_cast<size_t>(P_.cells()), -1);
        std::vector<int32_t> size;
        for (int32_t x : P_.pavilions[pv_].members)
        {
            const Place& q = places_[x];
            if (!q.assigned() || piece[P_.cell(q.block, q.row, q.col)] >= 0)
                continue;
            const int32_t id = int32_t(size.size());
            size.push_back(0);
            std::vector<int32_t> stack{P_.cell(q.block, q.row, q.col)};
            piece[stack[0]] = id;
            while (!stack.empty())
            {
                int32_t u = stack.back();
                stack.pop_back();
                ++size[size_t(id)];
                for (int32_t k = P_.neighbour_start[u]; k < P_.neighbour_start[u + 1]; ++k)
                    if (int32_t v = P_.neighbour[k]; ours(v) && piece[v] < 0)
                    {
                        piece[v] = id;
                        stack.push_back(v);
                    }
            }
        }
        if (size.size() < 2)
            return {};
        const int32_t main = int32_t(std::max_element(size.begin(), size.end()) - size.begin());
        // Shortest path by steps, a cell of someone else costing as much as 64 free ones.
        std::vector<int32_t> cost(static_cast<size_t>(P_.cells()), 1 << 30), from(static_cast<size_t>(P_.cells()), -1);
        using Entry = std::pair<int32_t, int32_t>; // cost, cell
        std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> queue;
        for (int32_t u = 0; u < P_.cells(); ++u)
            if (piece[u] == main)
            {
                cost[u] = 0;
                queue.push({0, u});
            }
        while (!queue.empty())
        {
            auto [cu, u] = queue.top();
            queue.pop();
            if (cu != cost[u])
                continue;
            for (int32_t k = P_.neighbour_start[u]; k < P_.neighbour_start[u + 1]; ++k)
            {
                int32_t v = P_.neighbour[k];
                if (piece[v] >= 0 && piece[v] != main)
                {
                    std::vector<int32_t> path;
                    for (int32_t w = u; piece[w] != main; w = from[w])
                        path.push_back(w);
                    std::reverse(path.begin(), path.end());
                    return path;
                }
                if (piece[v] >= 0 || !usable(P_, pv_, v) || !takeable(v))
                    continue;
                int32_t c = cu + (occupant_[v] >= 0 ? 64 : 1);
                if (c >= cost[v])
                    continue;
                cost[v] = c;
                from[v] = u;
                queue.push({c, v});
            }
        }
        return {};
    }
};

PavilionSeating::PavilionSeating(const AllocationProblem& P, int32_t pv, std::vector<int32_t> members, int32_t seed,
                                 bool evict, std::vector<Place>& places, std::vector<int32_t>& occupant,
                                 std::vector<int32_t>& evicted)
    : seater_(std::make_unique<Seater>(P, pv, evict, places, occupant, evicted))
{
    // Rivals inside the pavilion first: seated last they would find only holes beside each other.
    auto rival = [&](int32_t e)
    {
        for (int32_t c : P.exhibitors[e].competitors)
            if (P.exhibitors[c].pavilion == pv)
                return true;
        return false;
    };
    std::stable_sort(members.begin(), members.end(),
                     [&](int32_t a, int32_t b)
                     {
                         if (rival(a) != rival(b))
                             return rival(a);
                         return P.exhibitors[a].need_m2 > P.exhibitors[b].need_m2;
                     });
    if (seater_->placed_cells().empty())
        seater_->explore({seed});
    else
    {
        seater_->connect_pieces(members);
        seater_->explore(seater_->placed_cells());
    }
    members_ = std::move(members);
}

PavilionSeating::~PavilionSeating() = default;
PavilionSeating::PavilionSeating(PavilionSeating&&) noexcept = default;

void PavilionSeating::seat_next()
{
    if (done())
        return;
    const int32_t m = members_[next_++];
    if (seater_->seat(m))
        return;
    // No place touches the pavilion (a raw-space stand that needs a whole block, and no such
    // block lies beside the booths seated so far): seated apart, nearest the seed, then joined
    // to the others by the smaller members still to come laid along the way between.
    if (!seater_->seat(m, true))
    {
        unseated_.push_back(m);
        return;
    }
    std::vector<int32_t> pool(members_.begin() + static_cast<long>(next_), members_.end());
    seater_->connect_pieces(pool);
    members_.resize(next_);
    members_.insert(members_.end(), pool.begin(), pool.end());
}

std::vector<int32_t> seat_pavilion(const AllocationProblem& P, int32_t pv, std::vector<int32_t> members, int32_t seed,
                                   bool evict, std::vector<Place>& places, std::vector<int32_t>& occupant,
                                   std::vector<int32_t>& evicted)
{
    PavilionSeating seating(P, pv, std::move(members), seed, evict, places, occupant, evicted);
    while (!seating.done())
        seating.seat_next();
    return seating.unseated();
}

} // namespace bp::detail
