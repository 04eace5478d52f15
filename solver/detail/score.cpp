// Score terms and the incremental state: a move re-scores only the exhibitors, competitor pairs,
// pavilions, sectors and cells it touches.
#include "score.h"

#include <algorithm>
#include <cmath>

namespace bp::detail
{

int open_sides(const Problem& P, const Place& p)
{
    const PBlock& b = P.blocks[p.block];
    return (p.row == 0 && b.open[0]) + (p.row + p.rows == b.rows && b.open[1]) + (p.col == 0 && b.open[2]) +
           (p.col + p.cols == b.modules && b.open[3]);
}

bool on_main_aisle(const Problem& P, const Place& p)
{
    const PBlock& b = P.blocks[p.block];
    return (p.row == 0 && b.main[0]) || (p.row + p.rows == b.rows && b.main[1]) || (p.col == 0 && b.main[2]) ||
           (p.col + p.cols == b.modules && b.main[3]);
}

// An entrance within 20 m of the booth counts as "at the entrance".
bool near_entrance(const Problem& P, const Place& p)
{
    for (int r = p.row; r < p.row + p.rows; ++r)
        for (int c = p.col; c < p.col + p.cols; ++c)
            if (P.cell_entrance_m[P.cell(p.block, r, c)] <= 20.0f)
                return true;
    return false;
}

bool preference_met(const Problem& P, int32_t e, size_t k, const Place& p)
{
    if (!p.assigned())
        return false;
    switch (P.ex[e].prefer[k].kind)
    {
    case PreferenceKind::Corner:
        return open_sides(P, p) >= 2;
    case PreferenceKind::Island:
        return open_sides(P, p) == 4;
    case PreferenceKind::MainAisle:
        return on_main_aisle(P, p);
    case PreferenceKind::Entrance:
        return near_entrance(P, p);
    case PreferenceKind::Hall:
        return P.ex[e].prefer_hall[k] == P.blocks[p.block].hall;
    }
    return false;
}

int quality(const Problem& P, const Place& p)
{
    return std::min(4, open_sides(P, p) + (on_main_aisle(P, p) ? 1 : 0) + (near_entrance(P, p) ? 1 : 0));
}

int64_t area_int(const Problem& P, const Place& p)
{
    return p.assigned() ? (p.modules() * P.blocks[p.block].area_x100 + 50) / 100 : 0;
}

Term exhibitor_term(const Problem& P, const Weights& W, int32_t e, const Place& p)
{
    const PExhibitor& x = P.ex[e];
    Term t;
    if (x.locked && (!x.lock.assigned() || !(p == x.lock)))
        t.hard += std::max(1, x.lock.modules());
    if (!p.assigned())
    {
        t.medium += std::llround(x.area_m2) * (1 + std::max(0, x.priority)) * W.unassigned_per_m2;
        return t;
    }
    const PBlock& b = P.blocks[p.block];
    double a = p.modules() * b.module_area;
    if (x.raw && a < 36 - 1e-9)
        t.hard += std::llround(36 - a);
    int outside_region = 0, outside_zone = 0;
    int32_t zone = x.sector >= 0 ? P.sectors[x.sector].zone : -1;
    for (int r = p.row; r < p.row + p.rows; ++r)
        for (int c = p.col; c < p.col + p.cols; ++c)
        {
            int32_t u = P.cell(p.block, r, c);
            outside_region += !P.allowed(e, u);
            if (zone >= 0)
                outside_zone += !P.masks[zone][u];
        }
    t.hard += outside_region;
    t.soft += std::llround(outside_zone * b.module_area) * W.sector_spread_per_m2;
    for (size_t k = 0; k < x.prefer.size(); ++k)
        if (!preference_met(P, e, k, p))
            t.soft += W.preference_unmet;
    if (x.priority > 0)
        t.soft += int64_t(x.priority) * (4 - quality(P, p)) * W.priority_quality;
    if (x.previous.assigned() && !(x.previous == p))
        t.soft += W.moved;
    return t;
}

Term pair_term(const Problem& P, const Weights& W, const Place& a, const Place& b, int* walls, double* dist)
{
    Term t;
    if (walls)
        *walls = 0;
    if (dist)
        *dist = 1e9;
    if (!a.assigned() || !b.assigned() || P.blocks[a.block].hall != P.blocks[b.block].hall)
        return t;
    auto bbox = [&](const Place& p, float& x0, float& y0, float& x1, float& y1) {
        const PBlock& blk = P.blocks[p.block];
        int32_t u = P.cell(p.block, p.row, p.col), v = P.cell(p.block, p.row + p.rows - 1, p.col + p.cols - 1);
        x0 = std::min(P.cell_cx[u], P.cell_cx[v]) - blk.hx;
        x1 = std::max(P.cell_cx[u], P.cell_cx[v]) + blk.hx;
        y0 = std::min(P.cell_cy[u], P.cell_cy[v]) - blk.hy;
        y1 = std::max(P.cell_cy[u], P.cell_cy[v]) + blk.hy;
    };
    float ax0, ay0, ax1, ay1, bx0, by0, bx1, by1;
    bbox(a, ax0, ay0, ax1, ay1);
    bbox(b, bx0, by0, bx1, by1);
    float dx = std::max(0.0f, std::max(ax0, bx0) - std::min(ax1, bx1));
    float dy = std::max(0.0f, std::max(ay0, by0) - std::min(ay1, by1));
    double d = std::sqrt(double(dx) * dx + double(dy) * dy);
    if (dist)
        *dist = d;
    if (d >= 10)
        return t;
    t.soft += std::llround((10 - d) * 10) * W.competitor_near;
    if (d > 0.05)
        return t;
    // Touching: count the module edges they share as walls.
    int shared = 0;
    for (int r = a.row; r < a.row + a.rows; ++r)
        for (int c = a.col; c < a.col + a.cols; ++c)
        {
            int32_t u = P.cell(a.block, r, c);
            for (int32_t k = P.nb_start[u]; k < P.nb_start[u + 1]; ++k)
            {
                if (!P.nb_wall[k])
                    continue;
                int32_t v = P.nb[k], vb = P.cell_block[v];
                if (vb != b.block)
                    continue;
                int local = v - P.blocks[vb].base, vr = local / P.blocks[vb].modules, vc = local % P.blocks[vb].modules;
                shared += vr >= b.row && vr < b.row + b.rows && vc >= b.col && vc < b.col + b.cols;
            }
        }
    t.hard += shared;
    if (walls)
        *walls = shared;
    return t;
}

bool isolated(const Problem& P, const std::vector<int32_t>& occ, int32_t u)
{
    if (!P.cell_free[u] || occ[u] >= 0)
        return false;
    for (int32_t k = P.nb_start[u]; k < P.nb_start[u + 1]; ++k)
        if (P.nb_wall[k] && P.cell_free[P.nb[k]] && occ[P.nb[k]] < 0)
            return false;
    return true;
}

int64_t sector_cost(const Problem& P, const Weights& W, int32_t s, const int64_t* hall_area)
{
    if (P.sectors[s].zone >= 0)
        return 0;
    int64_t total = 0, best = 0;
    for (int32_t h = 0; h < P.halls; ++h)
    {
        total += hall_area[h];
        best = std::max(best, hall_area[h]);
    }
    return (total - best) * W.sector_spread_per_m2;
}

// [SECTION] Incremental state

State::State(const Problem& P, const Weights& W, std::vector<Place> places)
    : P_(P), W_(W), places_(std::move(places)), occ_(static_cast<size_t>(P.cells()), -1), ex_term_(P.ex.size()),
      pav_cost_(P.pavilions.size()), pav_split_(P.pavilions.size()),
      pav_mom_(P.pavilions.size() * static_cast<size_t>(std::max(1, P.halls))), pav_spread_(P.pavilions.size(), 0),
      sector_hall_(P.sectors.size() * static_cast<size_t>(std::max(1, P.halls)), 0), sector_cost_(P.sectors.size()),
      mark_(P.ex.size(), 0), cell_mark_(static_cast<size_t>(P.cells()), 0)
{
    for (size_t e = 0; e < places_.size(); ++e)
        place(static_cast<int32_t>(e));
    for (size_t e = 0; e < places_.size(); ++e)
    {
        ex_term_[e] = exhibitor_term(P_, W_, static_cast<int32_t>(e), places_[e]);
        total_ += ex_term_[e];
        for (int32_t c : P_.ex[e].competitors)
            if (c > static_cast<int32_t>(e))
                total_ += pair_term(P_, W_, places_[e], places_[c]);
        if (P_.ex[e].sector >= 0)
            sector_add(static_cast<int32_t>(e), places_[e], +1);
    }
    for (size_t p = 0; p < P.pavilions.size(); ++p)
    {
        for (int32_t m : P.pavilions[p].members)
            if (places_[m].assigned())
                mom(int32_t(p), P.blocks[places_[m].block].hall).add(P_, places_[m], +1);
        for (int32_t h = 0; h < P.halls; ++h)
            pav_spread_[p] += mom(int32_t(p), h).spread();
        pav_split_[p] = pavilion_split(P_, static_cast<int32_t>(p), places_, occ_, mark_, epoch_);
        pav_cost_[p] = pavilion_cost(W_, pav_split_[p], pav_spread_[p]);
        total_.soft += pav_cost_[p];
    }
    for (size_t s = 0; s < P.sectors.size(); ++s)
    {
        sector_cost_[s] = sector_cost(P_, W_, static_cast<int32_t>(s), &sector_hall_[s * static_cast<size_t>(P_.halls)]);
        total_.soft += sector_cost_[s];
    }
    int64_t iso = 0;
    for (int32_t u = 0; u < P.cells(); ++u)
        iso += isolated(P_, occ_, u);
    total_.soft += iso * W_.isolated_module;
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
            if (occ_[u] == e)
                occ_[u] = -1;
        }
}

void State::place(int32_t e)
{
    const Place& p = places_[e];
    if (!p.assigned())
        return;
    for (int r = p.row; r < p.row + p.rows; ++r)
        for (int c = p.col; c < p.col + p.cols; ++c)
        {
            int32_t u = P_.cell(p.block, r, c);
            if (occ_[u] < 0) // a hand-made overlap keeps the first occupant
                occ_[u] = e;
        }
}

void State::sector_add(int32_t e, const Place& p, int sign)
{
    int32_t s = P_.ex[e].sector;
    if (s < 0 || !p.assigned())
        return;
    sector_hall_[static_cast<size_t>(s) * static_cast<size_t>(P_.halls) + static_cast<size_t>(P_.blocks[p.block].hall)] +=
        sign * area_int(P_, p);
}

Term State::pairs_of_changed() const
{
    Term t;
    for (int i = 0; i < n_; ++i)
    {
        int32_t e = ch_[i].e;
        for (int32_t c : P_.ex[e].competitors)
        {
            bool both = false;
            for (int j = 0; j < n_; ++j)
                both |= ch_[j].e == c;
            if (both && c < e)
                continue;
            t += pair_term(P_, W_, places_[e], places_[c]);
        }
    }
    return t;
}

int64_t State::isolated_in_cells()
{
    int64_t n = 0;
    for (int32_t u : cells_)
        n += isolated(P_, occ_, u);
    return n;
}

bool State::try_move(const Change* changes, int n, Score& out)
{
    n_ = n;
    for (int i = 0; i < n; ++i)
    {
        ch_[i] = changes[i];
        old_[i] = places_[changes[i].e];
    }
    // Cells whose isolation may change: the booths' cells and their wall neighbours.
    cells_.clear();
    ++cell_epoch_;
    auto add_cells = [&](const Place& p) {
        if (!p.assigned())
            return;
        for (int r = p.row; r < p.row + p.rows; ++r)
            for (int c = p.col; c < p.col + p.cols; ++c)
            {
                int32_t u = P_.cell(p.block, r, c);
                if (cell_mark_[u] != cell_epoch_)
                {
                    cell_mark_[u] = cell_epoch_;
                    cells_.push_back(u);
                }
                for (int32_t k = P_.nb_start[u]; k < P_.nb_start[u + 1]; ++k)
                    if (P_.nb_wall[k] && cell_mark_[P_.nb[k]] != cell_epoch_)
                    {
                        cell_mark_[P_.nb[k]] = cell_epoch_;
                        cells_.push_back(P_.nb[k]);
                    }
            }
    };
    Term before, after;
    for (int i = 0; i < n; ++i)
        before += ex_term_[ch_[i].e];
    before += pairs_of_changed();
    n_pav_ = n_sec_ = 0;
    for (int i = 0; i < n; ++i)
    {
        int32_t pv = P_.ex[ch_[i].e].pavilion, s = P_.ex[ch_[i].e].sector;
        if (pv >= 0 && std::find(pav_, pav_ + n_pav_, pv) == pav_ + n_pav_)
        {
            near_[n_pav_] = -1;
            pav_[n_pav_++] = pv;
            before.soft += pav_cost_[pv];
            // The sole mover of a contiguous pavilion: remember the members around its old booth.
            int movers = 0;
            for (int j = 0; j < n; ++j)
                movers += P_.ex[ch_[j].e].pavilion == pv;
            if (movers == 1 && pav_split_[pv] == 0)
                near_[n_pav_ - 1] = member_neighbours(pv, ch_[i].e, old_[i], near_list_[n_pav_ - 1]);
        }
        bool hall_change = P_.hall_of(old_[i]) != P_.hall_of(ch_[i].to) || area_int(P_, old_[i]) != area_int(P_, ch_[i].to);
        if (s >= 0 && hall_change && std::find(sec_, sec_ + n_sec_, s) == sec_ + n_sec_)
        {
            sec_[n_sec_++] = s;
            before.soft += sector_cost_[s];
        }
        add_cells(old_[i]);
    }
    for (int i = 0; i < n; ++i)
    {
        const Place& t = ch_[i].to;
        if (t.assigned() && (t.block >= static_cast<int32_t>(P_.blocks.size()) || t.row < 0 || t.col < 0 ||
                             t.row + t.rows > P_.blocks[t.block].rows || t.col + t.cols > P_.blocks[t.block].modules))
        {
            n_ = 0;
            return false;
        }
        add_cells(t);
    }
    before.soft += isolated_in_cells() * W_.isolated_module;
    // Apply, checking that each target fits once the movers have left.
    for (int i = 0; i < n; ++i)
        remove(ch_[i].e);
    bool ok = true;
    for (int i = 0; i < n && ok; ++i)
    {
        ok = !ch_[i].to.assigned() || P_.fits(ch_[i].e, ch_[i].to, occ_);
        places_[ch_[i].e] = ch_[i].to;
        if (ok)
            place(ch_[i].e);
    }
    if (!ok)
    {
        for (int i = 0; i < n; ++i)
            remove(ch_[i].e);
        for (int i = 0; i < n; ++i)
        {
            places_[ch_[i].e] = old_[i];
            place(ch_[i].e);
        }
        n_ = 0;
        return false;
    }
    after.soft += isolated_in_cells() * W_.isolated_module;

    for (int i = 0; i < n; ++i)
    {
        new_ex_[i] = exhibitor_term(P_, W_, ch_[i].e, ch_[i].to);
        after += new_ex_[i];
    }
    after += pairs_of_changed();
    for (int i = 0; i < n_pav_; ++i)
    {
        // Members swapping places among themselves leave the pavilion's cells, hence its parts, unchanged.
        int32_t pv = pav_[i];
        bool inner_swap = n == 2 && P_.ex[ch_[0].e].pavilion == pv && P_.ex[ch_[1].e].pavilion == pv &&
                          ch_[0].to == old_[1] && ch_[1].to == old_[0];
        // The hall moments this move changes: copies updated here, written back on commit.
        int64_t spread = pav_spread_[pv];
        n_mom_[i] = 0;
        auto touch = [&](const Place& p, int sign) {
            if (!p.assigned())
                return;
            int32_t h = P_.blocks[p.block].hall;
            int k = 0;
            while (k < n_mom_[i] && mom_hall_[i][k] != h)
                ++k;
            if (k == n_mom_[i])
            {
                mom_hall_[i][k] = h;
                new_mom_[i][k] = mom(pv, h);
                spread -= new_mom_[i][k].spread();
                ++n_mom_[i];
            }
            new_mom_[i][k].add(P_, p, sign);
        };
        for (int j = 0; j < n; ++j)
            if (P_.ex[ch_[j].e].pavilion == pv)
            {
                touch(old_[j], -1);
                touch(ch_[j].to, +1);
            }
        for (int k = 0; k < n_mom_[i]; ++k)
            spread += new_mom_[i][k].spread();
        new_pav_spread_[i] = spread;
        if (inner_swap)
            new_pav_split_[i] = pav_split_[pv];
        else if (near_[i] >= 0 && still_connected(pv, near_list_[i], near_[i]))
            new_pav_split_[i] = 0;
        else
            new_pav_split_[i] = pavilion_split(P_, pv, places_, occ_, mark_, epoch_);
        new_pav_cost_[i] = pavilion_cost(W_, new_pav_split_[i], spread);
        after.soft += new_pav_cost_[i];
    }
    for (int i = 0; i < n; ++i)
    {
        sector_add(ch_[i].e, old_[i], -1);
        sector_add(ch_[i].e, ch_[i].to, +1);
    }
    for (int i = 0; i < n_sec_; ++i)
    {
        new_sec_cost_[i] = sector_cost(P_, W_, sec_[i], &sector_hall_[static_cast<size_t>(sec_[i]) * static_cast<size_t>(P_.halls)]);
        after.soft += new_sec_cost_[i];
    }
    new_total_ = total_;
    new_total_ += after;
    new_total_ -= before;
    out = to_score(new_total_);
    return true;
}

void State::commit()
{
    for (int i = 0; i < n_; ++i)
        ex_term_[ch_[i].e] = new_ex_[i];
    for (int i = 0; i < n_pav_; ++i)
    {
        pav_cost_[pav_[i]] = new_pav_cost_[i];
        pav_split_[pav_[i]] = new_pav_split_[i];
        pav_spread_[pav_[i]] = new_pav_spread_[i];
        for (int k = 0; k < n_mom_[i]; ++k)
            mom(pav_[i], mom_hall_[i][k]) = new_mom_[i][k];
    }
    for (int i = 0; i < n_sec_; ++i)
        sector_cost_[sec_[i]] = new_sec_cost_[i];
    total_ = new_total_;
    n_ = 0;
}

void State::undo()
{
    for (int i = 0; i < n_; ++i)
    {
        sector_add(ch_[i].e, ch_[i].to, -1);
        sector_add(ch_[i].e, old_[i], +1);
        remove(ch_[i].e);
    }
    for (int i = 0; i < n_; ++i)
    {
        places_[ch_[i].e] = old_[i];
        place(ch_[i].e);
    }
    n_ = 0;
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
    for (int64_t s : pav_split_)
        n += s > 0;
    return n;
}

} // namespace bp::detail
