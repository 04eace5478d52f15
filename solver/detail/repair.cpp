// Targeted repairs run between searches: pull split pavilions together and fill isolated free
// modules. Random moves find these fixes slowly because they need a specific target; here the
// targets are enumerated and each fix is kept only when the whole score improves.
#include "construct.h"
#include "search.h"

#include <algorithm>

namespace bp::detail
{

namespace
{

bool stop(const SearchControl& c)
{
    return (c.cancel && c.cancel->load(std::memory_order_relaxed)) || Clock::now() >= c.deadline;
}

// Applies the changes; keeps them when the score beats `than`, else restores. True when kept.
bool attempt(State& S, const State::Change* ch, int n, const Score& than)
{
    Score cand;
    if (!S.try_move(ch, n, cand))
        return false;
    if (cand > than)
    {
        S.commit();
        return true;
    }
    S.undo();
    return false;
}

// Commits changes in chunks of at most four (State's limit); each chunk must fit on its own.
bool apply_chunks(State& S, const std::vector<State::Change>& ch)
{
    Score cand;
    for (size_t i = 0; i < ch.size(); i += 4)
    {
        int n = int(std::min<size_t>(4, ch.size() - i));
        if (!S.try_move(ch.data() + i, n, cand))
            return false;
        S.commit();
    }
    return true;
}

// Moves m onto t after evicting the non-members there (up to eight booths), re-places the evicted
// near m's old booth, and rolls everything back unless the score improved.
bool evict_into(State& S, int32_t m, const Place& t, int32_t pv, int& attempts)
{
    const Problem& P = S.problem();
    std::vector<int32_t> evicted;
    for (int r = t.row; r < t.row + t.rows; ++r)
        for (int c = t.col; c < t.col + t.cols; ++c)
        {
            int32_t u = P.cell(t.block, r, c), o = S.occ()[u];
            if (!P.cell_free[u] || !P.allowed(m, u) || o == m)
                return false;
            if (o < 0 || std::find(evicted.begin(), evicted.end(), o) != evicted.end())
                continue;
            if (evicted.size() == 8 || P.ex[o].locked || P.ex[o].pavilion == pv)
                return false;
            evicted.push_back(o);
        }
    if (evicted.empty())
        return false;
    ++attempts; // only real evictions count against the budget
    const Score before = S.score();
    const Place old = S.places()[m];
    std::vector<State::Change> out, restore;
    for (int32_t o : evicted)
    {
        out.push_back({o, Place{}});
        restore.push_back({o, S.places()[o]});
    }
    if (!apply_chunks(S, out))
        return false;
    State::Change move{m, t};
    Score cand;
    if (!S.try_move(&move, 1, cand))
    {
        apply_chunks(S, restore);
        return false;
    }
    S.commit();
    // The evicted go back into the hall, starting from the block m left.
    for (size_t i = 0; i < evicted.size(); ++i)
    {
        int32_t o = evicted[i];
        const Place from = restore[i].to;
        const int32_t anchor = old.assigned() && P.blocks[old.block].hall == P.blocks[from.block].hall ? old.block : from.block;
        const auto& list = P.hall_blocks[P.blocks[anchor].hall];
        const int32_t start = P.blocks[anchor].seq, nb = int32_t(list.size());
        Place dest;
        for (int32_t k = 0; k < 2 * nb && !dest.assigned(); ++k)
        {
            // Alternate outwards from the anchor block: start, start+1, start-1, ...
            int32_t j = start + ((k % 2) ? (k + 1) / 2 : -(k / 2));
            if (j >= 0 && j < nb)
                place_in_block(P, o, list[j], 0, S.occ(), dest);
        }
        State::Change c1{o, dest};
        if (dest.assigned() && S.try_move(&c1, 1, cand))
            S.commit();
    }
    if (S.score() > before)
        return true;
    // Roll back: the evicted leave, m goes home, the evicted return.
    apply_chunks(S, out);
    State::Change home{m, old};
    if (S.try_move(&home, 1, cand))
        S.commit();
    apply_chunks(S, restore);
    return false;
}

} // namespace

int64_t repair_pavilions(State& S, const SearchControl& control)
{
    const Problem& P = S.problem();
    std::vector<uint32_t> mark(P.ex.size(), 0), cell_mark(static_cast<size_t>(P.cells()), 0);
    std::vector<int32_t> comp(P.ex.size(), -1), candidates;
    uint32_t epoch = 0, cell_epoch = 0;
    int64_t made = 0;
    for (int32_t pv = 0; pv < int32_t(P.pavilions.size()); ++pv)
    {
        if (S.pavilion_split_m2(pv) == 0)
            continue;
        if (stop(control))
            break;
        int32_t root = -1;
        pavilion_split(P, pv, S.places(), S.occ(), mark, epoch, &comp, &root);
        std::vector<int32_t> outside, main;
        for (int32_t m : P.pavilions[pv].members)
            if (S.places()[m].assigned())
                (comp[m] == root ? main : outside).push_back(m);
        // Largest fragments' members first: they are the hardest to place.
        std::stable_sort(outside.begin(), outside.end(),
                         [&](int32_t a, int32_t b) { return S.places()[a].modules() > S.places()[b].modules(); });
        for (int32_t m : outside)
        {
            if (P.ex[m].locked)
                continue;
            if (stop(control))
                return made;
            // Bookable cells next to the main part.
            candidates.clear();
            ++cell_epoch;
            for (int32_t q : main)
            {
                const Place& qp = S.places()[q];
                for (int r = qp.row; r < qp.row + qp.rows; ++r)
                    for (int c = qp.col; c < qp.col + qp.cols; ++c)
                    {
                        int32_t w = P.cell(qp.block, r, c);
                        for (int32_t k = P.nb_start[w]; k < P.nb_start[w + 1]; ++k)
                        {
                            int32_t v = P.nb[k];
                            if (cell_mark[v] != cell_epoch && P.cell_free[v] && P.allowed(m, v))
                            {
                                cell_mark[v] = cell_epoch;
                                candidates.push_back(v);
                            }
                        }
                    }
            }
            const Score current = S.score();
            const Place mp = S.places()[m];
            bool done = false;
            int tries = 0, evictions = 0;
            // Pass 0: free modules or a same-shape swap; pass 1: make room by eviction.
            for (int pass = 0; pass < 2 && !done; ++pass)
                for (size_t i = 0; i < candidates.size() && !done && tries < 600; ++i)
                {
                    int32_t v = candidates[i], o = S.occ()[v];
                    if (pass == 0 && o >= 0)
                    {
                        const Place& op = S.places()[o];
                        if (P.ex[o].locked || P.ex[o].pavilion == pv || op.rows != mp.rows || op.cols != mp.cols ||
                            !P.shape_ok(m, op) || !P.shape_ok(o, mp))
                            continue;
                        State::Change ch[2] = {{m, op}, {o, mp}};
                        ++tries;
                        done = attempt(S, ch, 2, current);
                        continue;
                    }
                    int32_t b = P.cell_block[v], local = v - P.blocks[b].base;
                    int vr = local / P.blocks[b].modules, vc = local % P.blocks[b].modules;
                    Shape sh[4];
                    int ns = P.shapes(m, b, sh);
                    for (int s = 0; s < ns && !done; ++s)
                        for (int r = std::max(0, vr - sh[s].rows + 1); r <= vr && r + sh[s].rows <= P.blocks[b].rows && !done; ++r)
                            for (int c = std::max(0, vc - sh[s].cols + 1); c <= vc && c + sh[s].cols <= P.blocks[b].modules && !done; ++c)
                            {
                                Place t{b, int16_t(r), sh[s].rows, int16_t(c), sh[s].cols};
                                if (pass == 0)
                                {
                                    if (!P.fits(m, t, S.occ()))
                                        continue;
                                    State::Change ch{m, t};
                                    ++tries;
                                    done = attempt(S, &ch, 1, current);
                                }
                                else if (evictions < 40)
                                    done = evict_into(S, m, t, pv, evictions);
                            }
                }
            if (done)
            {
                ++made;
                main.push_back(m);
            }
        }
    }
    return made;
}

int64_t repair_isolated(State& S, const SearchControl& control)
{
    const Problem& P = S.problem();
    int64_t made = 0;
    std::vector<int32_t> singles;
    for (int32_t h = 0; h < P.halls; ++h)
    {
        if (stop(control))
            break;
        const auto& list = P.hall_blocks[h];
        // Single-module booths of the hall, from the end of its serpentine order, where the free
        // space gathers: moving one from there seldom leaves a new hole.
        singles.clear();
        for (auto it = list.rbegin(); it != list.rend(); ++it)
        {
            const PBlock& b = P.blocks[*it];
            for (int32_t u = b.base; u < b.base + b.rows * b.modules; ++u)
            {
                int32_t x = S.occ()[u];
                if (x >= 0 && !P.ex[x].locked && S.places()[x].modules() == 1)
                    singles.push_back(x);
            }
        }
        for (int32_t b : list)
        {
            if (stop(control))
                return made;
            const PBlock& blk = P.blocks[b];
            for (int32_t u = blk.base; u < blk.base + blk.rows * blk.modules; ++u)
            {
                if (!isolated(P, S.occ(), u))
                    continue;
                const int local = u - blk.base;
                const Place t{b, int16_t(local / blk.modules), 1, int16_t(local % blk.modules), 1};
                int tries = 0;
                for (size_t i = 0; i < singles.size() && tries < 40; ++i)
                {
                    int32_t x = singles[i];
                    if (S.places()[x].modules() != 1 || !P.allowed(x, u))
                        continue;
                    if (!P.shape_ok(x, t))
                        continue;
                    ++tries;
                    State::Change ch{x, t};
                    if (attempt(S, &ch, 1, S.score()))
                    {
                        ++made;
                        break;
                    }
                }
            }
        }
    }
    return made;
}

} // namespace bp::detail
