// Pavilion terms: contiguity by flooding the booths connected across walls and aisles, a local
// check that spares the flood when one member moves, and spread from exact integer moments.
#include "score.h"

#include <algorithm>
#include <cmath>

namespace bp::detail
{

void Moments::add(const AllocationProblem& P, const Place& p, int sign)
{
    if (!p.assigned())
        return;
    int32_t u = P.cell(p.block, p.row, p.col), v = P.cell(p.block, p.row + p.rows - 1, p.col + p.cols - 1);
    int64_t x = std::llround((double(P.cell_x[u]) + P.cell_x[v]) * 5.0),
            y = std::llround((double(P.cell_y[u]) + P.cell_y[v]) * 5.0);
    int64_t k = sign * p.modules();
    m += k;
    sx += k * x;
    sy += k * y;
    sq += i128(k) * (i128(x) * x + i128(y) * y);
}

int64_t Moments::spread() const
{
    if (m <= 0)
        return 0;
    i128 inertia = sq * m - i128(sx) * sx - i128(sy) * sy; // times m, in dm²
    return static_cast<int64_t>(inertia / (i128(m) * 1000));
}

int64_t pavilion_split(const AllocationProblem& P, int32_t pv, const std::vector<Place>& places,
                       const std::vector<int32_t>& occupant, std::vector<uint32_t>& mark, uint32_t& epoch,
                       std::vector<int32_t>* component, int32_t* largest_root)
{
    ++epoch;
    int64_t total = 0, best = -1;
    thread_local std::vector<int32_t> stack;
    for (int32_t m : P.pavilions[pv].members)
    {
        const Place& p = places[m];
        if (!p.assigned())
            continue;
        int64_t a = area_int(P, p);
        total += a;
        if (mark[m] == epoch)
            continue;
        // Flood the connected part of m: booths of the pavilion across a wall or an aisle.
        int64_t part = 0;
        mark[m] = epoch;
        stack.assign(1, m);
        while (!stack.empty())
        {
            int32_t x = stack.back();
            stack.pop_back();
            if (component)
                (*component)[x] = m;
            const Place& q = places[x];
            part += area_int(P, q);
            const int32_t M = P.blocks[q.block].modules, base = P.blocks[q.block].first_cell;
            for (int r = q.row; r < q.row + q.rows; ++r)
                for (int32_t w = base + r * M + q.col, end = w + q.cols; w < end; ++w)
                    for (int32_t k = P.neighbour_start[w], ke = P.neighbour_start[w + 1]; k < ke; ++k)
                    {
                        int32_t o = occupant[P.neighbour[k]];
                        if (o >= 0 && mark[o] != epoch && P.exhibitors[o].pavilion == pv)
                        {
                            mark[o] = epoch;
                            stack.push_back(o);
                        }
                    }
        }
        if (part > best)
        {
            best = part;
            if (largest_root)
                *largest_root = m;
        }
    }
    return best < 0 ? 0 : total - best;
}

PavilionFacts pavilion_facts(const AllocationProblem& P, int32_t pv, const std::vector<Place>& places,
                             const std::vector<int32_t>& occupant, std::vector<uint32_t>& mark, uint32_t& epoch,
                             std::vector<int32_t>* component)
{
    PavilionFacts f;
    f.split_m2 = pavilion_split(P, pv, places, occupant, mark, epoch, component, &f.largest_root);
    // Spread per hall: members in two halls are the split term's business, not a huge inertia.
    std::vector<Moments> mom(static_cast<size_t>(std::max(1, P.halls)));
    for (int32_t m : P.pavilions[pv].members)
        if (places[m].assigned())
            mom[static_cast<size_t>(P.blocks[places[m].block].hall)].add(P, places[m], +1);
    for (const Moments& h : mom)
        f.spread += h.spread();
    return f;
}

// Distinct members of pv (other than m) across a wall or aisle from place p; -1 when more than 8.
int State::member_neighbours(int32_t pv, int32_t m, const Place& p, int32_t* out) const
{
    int n = 0;
    if (!p.assigned())
        return 0;
    for (int r = p.row; r < p.row + p.rows; ++r)
        for (int c = p.col; c < p.col + p.cols; ++c)
        {
            int32_t w = P_.cell(p.block, r, c);
            for (int32_t k = P_.neighbour_start[w]; k < P_.neighbour_start[w + 1]; ++k)
            {
                int32_t o = occupant_[P_.neighbour[k]];
                if (o < 0 || o == m || P_.exhibitors[o].pavilion != pv || std::find(out, out + n, o) != out + n)
                    continue;
                if (n == 8)
                    return -1;
                out[n++] = o;
            }
        }
    return n;
}

// After the sole mover m of a contiguous pavilion moved: the pavilion stays in one piece when m
// touches a member at its new booth (or left the plan) and the members that touched m's old booth
// still reach each other, found by a flood limited to a few dozen booths.
bool State::still_connected(int32_t pv, const int32_t* near, int n_near)
{
    int32_t m = -1;
    for (int j = 0; j < pending_.n; ++j)
        if (P_.exhibitors[pending_.change[j].e].pavilion == pv)
            m = pending_.change[j].e;
    int32_t around[8];
    const Place& now = places_[m];
    if (now.assigned())
    {
        int k = member_neighbours(pv, m, now, around);
        bool alone = true; // m the only member placed: trivially in one piece
        for (int32_t x : P_.pavilions[pv].members)
            alone &= x == m || !places_[x].assigned();
        if (k == 0 && !alone)
            return false;
    }
    if (n_near <= 1)
        return true;
    ++exhibitor_epoch_;
    thread_local std::vector<int32_t> stack;
    stack.assign(1, near[0]);
    exhibitor_mark_[near[0]] = exhibitor_epoch_;
    int found = 1, visits = 0;
    while (!stack.empty() && visits < 48)
    {
        int32_t x = stack.back();
        stack.pop_back();
        ++visits;
        const Place& q = places_[x];
        for (int r = q.row; r < q.row + q.rows; ++r)
            for (int c = q.col; c < q.col + q.cols; ++c)
            {
                int32_t w = P_.cell(q.block, r, c);
                for (int32_t k = P_.neighbour_start[w]; k < P_.neighbour_start[w + 1]; ++k)
                {
                    int32_t o = occupant_[P_.neighbour[k]];
                    if (o < 0 || exhibitor_mark_[o] == exhibitor_epoch_ || P_.exhibitors[o].pavilion != pv)
                        continue;
                    exhibitor_mark_[o] = exhibitor_epoch_;
                    found += std::find(near, near + n_near, o) != near + n_near;
                    if (found == n_near)
                        return true;
                    stack.push_back(o);
                }
            }
    }
    return false;
}

} // namespace bp::detail
