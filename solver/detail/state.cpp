// The search's incremental state: a move re-scores only the exhibitors, competitor pairs,
// pavilions, sectors and cells it touches, and undoes exactly.
#include "score.h"

#include <algorithm>

namespace bp::detail
{

State::State(const AllocationProblem& P, const Weights& W, std::vector<Place> places)
    : P_(P), W_(W), places_(std::move(places)), extent_(places_.size()),
      occupant_(static_cast<size_t>(P.cells()), -1),
      exhibitor_term_(P.exhibitors.size()), pavilion_cost_(P.pavilions.size()), pavilion_split_(P.pavilions.size()),
      pavilion_spread_(P.pavilions.size(), 0),
      pavilion_moments_(P.pavilions.size() * static_cast<size_t>(std::max(1, P.halls))),
      sector_hall_area_(P.sectors.size() * static_cast<size_t>(std::max(1, P.halls)), 0),
      sector_cost_(P.sectors.size()), exhibitor_mark_(P.exhibitors.size(), 0),
      cell_mark_(static_cast<size_t>(P.cells()), 0)
{
    for (size_t e = 0; e < places_.size(); ++e)
        place(static_cast<int32_t>(e));
    index_pairs();
    for (size_t e = 0; e < places_.size(); ++e)
    {
        exhibitor_term_[e] = exhibitor_term(P_, W_, static_cast<int32_t>(e), places_[e]);
        total_ += exhibitor_term_[e];
        const auto& comp = P_.exhibitors[e].competitors;
        for (size_t j = 0; j < comp.size(); ++j)
            if (comp[j] >= static_cast<int32_t>(e))
            {
                const int32_t k = pair_start_[e] + static_cast<int32_t>(j);
                pair_cost_[k] = pair_term(P_, W_, places_[e], extent_[e], places_[comp[j]], extent_[comp[j]]);
                pair_cost_[pair_mirror_[k]] = pair_cost_[k];
                total_ += pair_cost_[k];
            }
        if (P_.exhibitors[e].sector >= 0)
            sector_add(static_cast<int32_t>(e), places_[e], +1);
    }
    for (size_t p = 0; p < P.pavilions.size(); ++p)
    {
        for (int32_t m : P.pavilions[p].members)
            if (places_[m].assigned())
                moments(int32_t(p), P.blocks[places_[m].block].hall).add(P_, places_[m], +1);
        for (int32_t h = 0; h < P.halls; ++h)
            pavilion_spread_[p] += moments(int32_t(p), h).spread();
        pavilion_split_[p] =
            pavilion_split(P_, static_cast<int32_t>(p), places_, occupant_, exhibitor_mark_, exhibitor_epoch_);
        pavilion_cost_[p] = pavilion_cost(W_, pavilion_split_[p], pavilion_spread_[p]);
        total_.soft += pavilion_cost_[p];
    }
    for (size_t s = 0; s < P.sectors.size(); ++s)
    {
        sector_cost_[s] =
            sector_cost(P_, W_, static_cast<int32_t>(s), &sector_hall_area_[s * static_cast<size_t>(P_.halls)]);
        total_.soft += sector_cost_[s];
    }
    int64_t iso = 0;
    for (int32_t u = 0; u < P.cells(); ++u)
        iso += isolated(P_, occupant_, u);
    total_.soft += iso * W_.isolated_module;
}

void State::index_pairs()
{
    pair_start_.assign(P_.exhibitors.size() + 1, 0);
    for (size_t e = 0; e < P_.exhibitors.size(); ++e)
        pair_start_[e + 1] = pair_start_[e] + static_cast<int32_t>(P_.exhibitors[e].competitors.size());
    pair_mirror_.resize(static_cast<size_t>(pair_start_.back()));
    pair_cost_.assign(pair_mirror_.size(), Term{});
    for (size_t e = 0; e < P_.exhibitors.size(); ++e)
    {
        const auto& comp = P_.exhibitors[e].competitors;
        for (size_t j = 0; j < comp.size(); ++j)
        {
            const auto& back = P_.exhibitors[comp[j]].competitors; // sorted and mutual
            const auto at = std::lower_bound(back.begin(), back.end(), static_cast<int32_t>(e)) - back.begin();
            pair_mirror_[pair_start_[e] + j] = pair_start_[comp[j]] + static_cast<int32_t>(at);
        }
    }
}

void State::swap(State& o)
{
    places_.swap(o.places_);
    extent_.swap(o.extent_);
    occupant_.swap(o.occupant_);
    exhibitor_term_.swap(o.exhibitor_term_);
    pavilion_cost_.swap(o.pavilion_cost_);
    pavilion_split_.swap(o.pavilion_split_);
    pavilion_spread_.swap(o.pavilion_spread_);
    pavilion_moments_.swap(o.pavilion_moments_);
    sector_hall_area_.swap(o.sector_hall_area_);
    sector_cost_.swap(o.sector_cost_);
    pair_cost_.swap(o.pair_cost_);
    std::swap(total_, o.total_);
    pending_.n = o.pending_.n = 0;
    pending_pairs_.clear();
    o.pending_pairs_.clear();
}

void State::remove(int32_t e)
{
    const Place& p = places_[e];
    if (!p.assigned())
        return;
    for (int r = p.row; r < p.row + p.rows; ++r)
        for (int c = p.col; c < p.col + p.cols; ++c)
        {
            int32_t u = P_.cell(p.block, r, c);
            if (occupant_[u] == e)
                occupant_[u] = -1;
        }
}

void State::place(int32_t e)
{
    const Place& p = places_[e];
    extent_[e] = extent_of(P_, p);
    if (!p.assigned())
        return;
    for (int r = p.row; r < p.row + p.rows; ++r)
        for (int c = p.col; c < p.col + p.cols; ++c)
        {
            int32_t u = P_.cell(p.block, r, c);
            if (occupant_[u] < 0) // a hand-made overlap keeps the first occupant
                occupant_[u] = e;
        }
}

void State::sector_add(int32_t e, const Place& p, int sign)
{
    int32_t s = P_.exhibitors[e].sector;
    if (s < 0 || !p.assigned())
        return;
    sector_hall_area_[static_cast<size_t>(s) * static_cast<size_t>(P_.halls) +
                      static_cast<size_t>(P_.blocks[p.block].hall)] += sign * area_int(P_, p);
}

// The booth's cells and their wall neighbours: their isolation may change with the move.
void State::touch_cells(const Place& p)
{
    if (!p.assigned())
        return;
    for (int r = p.row; r < p.row + p.rows; ++r)
        for (int c = p.col; c < p.col + p.cols; ++c)
        {
            int32_t u = P_.cell(p.block, r, c);
            if (cell_mark_[u] != cell_epoch_)
            {
                cell_mark_[u] = cell_epoch_;
                touched_cells_.push_back(u);
            }
            for (int32_t k = P_.neighbour_start[u]; k < P_.neighbour_start[u + 1]; ++k)
                if (P_.neighbour_wall[k] && cell_mark_[P_.neighbour[k]] != cell_epoch_)
                {
                    cell_mark_[P_.neighbour[k]] = cell_epoch_;
                    touched_cells_.push_back(P_.neighbour[k]);
                }
        }
}

// The terms of the movers' competitor pairs (a pair of two movers once): before the move from
// the pairs' standing costs, after it scored anew and kept for commit().
Term State::pairs_of_changed(bool after)
{
    Term t;
    if (after)
        pending_pairs_.clear();
    for (int i = 0; i < pending_.n; ++i)
    {
        const int32_t e = pending_.change[i].e;
        const auto& comp = P_.exhibitors[e].competitors;
        for (size_t j = 0; j < comp.size(); ++j)
        {
            const int32_t c = comp[j];
            bool both = false;
            for (int m = 0; m < pending_.n; ++m)
                both |= pending_.change[m].e == c;
            if (both && c < e)
                continue;
            const int32_t k = pair_start_[e] + static_cast<int32_t>(j);
            if (!after)
            {
                t += pair_cost_[k];
                continue;
            }
            const Term now = pair_term(P_, W_, places_[e], extent_[e], places_[c], extent_[c]);
            pending_pairs_.push_back({k, now});
            t += now;
        }
    }
    return t;
}

int64_t State::isolated_in_touched_cells()
{
    int64_t n = 0;
    for (int32_t u : touched_cells_)
        n += isolated(P_, occupant_, u);
    return n;
}

// What the move's exhibitors, pairs, pavilions, sectors and cells cost before it; notes the
// pavilions and sectors it touches.
Term State::score_before_move()
{
    PendingMove& m = pending_;
    Term before;
    for (int i = 0; i < m.n; ++i)
        before += exhibitor_term_[m.change[i].e];
    before += pairs_of_changed(false);
    m.pavilions = m.sectors = 0;
    for (int i = 0; i < m.n; ++i)
    {
        const int32_t e = m.change[i].e, pv = P_.exhibitors[e].pavilion, s = P_.exhibitors[e].sector;
        auto first = m.pavilion, last = m.pavilion + m.pavilions;
        if (pv >= 0 && std::find_if(first, last, [&](const PendingPavilion& x) { return x.pavilion == pv; }) == last)
        {
            PendingPavilion& pp = m.pavilion[m.pavilions++];
            pp.pavilion = pv;
            pp.near_count = -1;
            before.soft += pavilion_cost_[pv];
            // The sole mover of a contiguous pavilion: remember the members around its old booth.
            int movers = 0;
            for (int j = 0; j < m.n; ++j)
                movers += P_.exhibitors[m.change[j].e].pavilion == pv;
            if (movers == 1 && pavilion_split_[pv] == 0)
                pp.near_count = member_neighbours(pv, e, m.from[i], pp.near);
        }
        bool hall_change = P_.hall_of(m.from[i]) != P_.hall_of(m.change[i].to) ||
                           area_int(P_, m.from[i]) != area_int(P_, m.change[i].to);
        auto sfirst = m.sector, slast = m.sector + m.sectors;
        if (s >= 0 && hall_change &&
            std::find_if(sfirst, slast, [&](const PendingSector& x) { return x.sector == s; }) == slast)
        {
            m.sector[m.sectors++].sector = s;
            before.soft += sector_cost_[s];
        }
        touch_cells(m.from[i]);
    }
    return before;
}

bool State::targets_inside_blocks()
{
    for (int i = 0; i < pending_.n; ++i)
    {
        const Place& t = pending_.change[i].to;
        if (t.assigned() && (t.block >= static_cast<int32_t>(P_.blocks.size()) || t.row < 0 || t.col < 0 ||
                             t.row + t.rows > P_.blocks[t.block].rows || t.col + t.cols > P_.blocks[t.block].modules))
            return false;
        touch_cells(t);
    }
    return true;
}

// Moves everyone to their target, checking that each fits once the movers have left; on failure
// everything goes back.
bool State::apply_targets()
{
    const PendingMove& m = pending_;
    for (int i = 0; i < m.n; ++i)
        remove(m.change[i].e);
    bool ok = true;
    for (int i = 0; i < m.n && ok; ++i)
    {
        ok = !m.change[i].to.assigned() || P_.fits(m.change[i].e, m.change[i].to, occupant_);
        places_[m.change[i].e] = m.change[i].to;
        if (ok)
            place(m.change[i].e);
    }
    if (ok)
        return true;
    for (int i = 0; i < m.n; ++i)
        remove(m.change[i].e);
    for (int i = 0; i < m.n; ++i)
    {
        places_[m.change[i].e] = m.from[i];
        place(m.change[i].e);
    }
    return false;
}

// The pavilion's new spread (moments of the halls the move touches, copied here and written back
// on commit), contiguity and cost.
void State::rescore_pavilion(PendingPavilion& pp)
{
    const PendingMove& m = pending_;
    const int32_t pv = pp.pavilion;
    // Members swapping places among themselves leave the pavilion's cells, hence its parts, unchanged.
    bool inner_swap = m.n == 2 && P_.exhibitors[m.change[0].e].pavilion == pv &&
                      P_.exhibitors[m.change[1].e].pavilion == pv && m.change[0].to == m.from[1] &&
                      m.change[1].to == m.from[0];
    int64_t spread = pavilion_spread_[pv];
    pp.moments = 0;
    auto touch = [&](const Place& p, int sign)
    {
        if (!p.assigned())
            return;
        int32_t h = P_.blocks[p.block].hall;
        int k = 0;
        while (k < pp.moments && pp.moment_hall[k] != h)
            ++k;
        if (k == pp.moments)
        {
            pp.moment_hall[k] = h;
            pp.moment[k] = moments(pv, h);
            spread -= pp.moment[k].spread();
            ++pp.moments;
        }
        pp.moment[k].add(P_, p, sign);
    };
    for (int j = 0; j < m.n; ++j)
        if (P_.exhibitors[m.change[j].e].pavilion == pv)
        {
            touch(m.from[j], -1);
            touch(m.change[j].to, +1);
        }
    for (int k = 0; k < pp.moments; ++k)
        spread += pp.moment[k].spread();
    pp.spread = spread;
    if (inner_swap)
        pp.split = pavilion_split_[pv];
    else if (pp.near_count >= 0 && still_connected(pv, pp.near, pp.near_count))
        pp.split = 0;
    else
        pp.split = pavilion_split(P_, pv, places_, occupant_, exhibitor_mark_, exhibitor_epoch_);
    pp.cost = pavilion_cost(W_, pp.split, spread);
}

// What the same things cost after the move, with the move applied.
Term State::score_after_move()
{
    PendingMove& m = pending_;
    Term after;
    after.soft += isolated_in_touched_cells() * W_.isolated_module;
    for (int i = 0; i < m.n; ++i)
    {
        m.exhibitor_term[i] = exhibitor_term(P_, W_, m.change[i].e, m.change[i].to);
        after += m.exhibitor_term[i];
    }
    after += pairs_of_changed(true);
    for (int i = 0; i < m.pavilions; ++i)
    {
        rescore_pavilion(m.pavilion[i]);
        after.soft += m.pavilion[i].cost;
    }
    for (int i = 0; i < m.n; ++i)
    {
        sector_add(m.change[i].e, m.from[i], -1);
        sector_add(m.change[i].e, m.change[i].to, +1);
    }
    for (int i = 0; i < m.sectors; ++i)
    {
        PendingSector& ps = m.sector[i];
        ps.cost = sector_cost(P_, W_, ps.sector,
                              &sector_hall_area_[static_cast<size_t>(ps.sector) * static_cast<size_t>(P_.halls)]);
        after.soft += ps.cost;
    }
    return after;
}

bool State::try_move(const Change* changes, int n, Score& out)
{
    PendingMove& m = pending_;
    m.n = n;
    for (int i = 0; i < n; ++i)
    {
        m.change[i] = changes[i];
        m.from[i] = places_[changes[i].e];
    }
    touched_cells_.clear();
    ++cell_epoch_;
    Term before = score_before_move();
    if (!targets_inside_blocks())
    {
        m.n = 0;
        return false;
    }
    before.soft += isolated_in_touched_cells() * W_.isolated_module;
    if (!apply_targets())
    {
        m.n = 0;
        return false;
    }
    Term after = score_after_move();
    m.total = total_;
    m.total += after;
    m.total -= before;
    out = to_score(m.total);
    return true;
}

void State::commit()
{
    const PendingMove& m = pending_;
    for (int i = 0; i < m.n; ++i)
        exhibitor_term_[m.change[i].e] = m.exhibitor_term[i];
    for (int i = 0; i < m.pavilions; ++i)
    {
        const PendingPavilion& pp = m.pavilion[i];
        pavilion_cost_[pp.pavilion] = pp.cost;
        pavilion_split_[pp.pavilion] = pp.split;
        pavilion_spread_[pp.pavilion] = pp.spread;
        for (int k = 0; k < pp.moments; ++k)
            moments(pp.pavilion, pp.moment_hall[k]) = pp.moment[k];
    }
    for (int i = 0; i < m.sectors; ++i)
        sector_cost_[m.sector[i].sector] = m.sector[i].cost;
    for (const PendingPair& pp : pending_pairs_)
        pair_cost_[pp.entry] = pair_cost_[pair_mirror_[pp.entry]] = pp.term;
    pending_pairs_.clear();
    total_ = m.total;
    pending_.n = 0;
}

void State::undo()
{
    const PendingMove& m = pending_;
    for (int i = 0; i < m.n; ++i)
    {
        sector_add(m.change[i].e, m.change[i].to, -1);
        sector_add(m.change[i].e, m.from[i], +1);
        remove(m.change[i].e);
    }
    for (int i = 0; i < m.n; ++i)
    {
        places_[m.change[i].e] = m.from[i];
        place(m.change[i].e);
    }
    pending_pairs_.clear();
    pending_.n = 0;
}

int State::unassigned() const
{
    int n = 0;
    for (const Place& p : places_)
        n += !p.assigned();
    return n;
}

int State::pavilions_split() const
{
    int n = 0;
    for (int64_t s : pavilion_split_)
        n += s > 0;
    return n;
}

} // namespace bp::detail
