// Late-acceptance local search. Moves: swap two booths of the same shape, move a booth to free
// modules, swap neighbours along a row, pull a pavilion member next to another member, insert an
// unassigned exhibitor. Every move is scored incrementally by State.
#include "search.h"

#include <algorithm>
#include <thread>

namespace bp::detail
{

namespace
{

class Mover
{
  public:
    Mover(State& S, const std::vector<int32_t>& movers, const std::vector<uint8_t>& halls, const SearchControl& c)
        : S_(S), P_(S.problem()), movers_(movers), halls_(halls), c_(c), rng_(c.seed)
    {
        for (int32_t h = 0; h < P_.halls; ++h)
            if (halls_[h])
                hall_list_.push_back(h);
        is_mover_.assign(P_.ex.size(), 0);
        for (int32_t e : movers_)
            is_mover_[e] = 1;
    }

    // Proposes one move into `ch`; returns the number of changes (0: nothing to try).
    int propose(State::Change* ch)
    {
        int32_t e = movers_[rng_.below(uint32_t(movers_.size()))];
        const Place& p = S_.places()[e];
        if (!p.assigned())
            return insert(e, ch);
        uint32_t k = rng_.below(100);
        if (k < 35)
            return swap(e, p, pick_cell_near(p), ch);
        if (k < 55)
            return relocate(e, p, ch);
        if (k < 75)
            return reorder(e, p, ch);
        if (P_.ex[e].pavilion >= 0)
            return pull(e, p, ch);
        return swap(e, p, pick_cell_near(p), ch);
    }

  private:
    State& S_;
    const Problem& P_;
    const std::vector<int32_t>& movers_;
    const std::vector<uint8_t>& halls_;
    const SearchControl& c_;
    std::vector<int32_t> hall_list_;
    std::vector<uint8_t> is_mover_;

  public:
    Rng rng_;

  private:
    int32_t random_hall(int32_t near)
    {
        if (c_.cross_hall && rng_.below(10) == 0)
            return hall_list_[rng_.below(uint32_t(hall_list_.size()))];
        return near;
    }

    // A block near p in its hall's serpentine order, or anywhere in a hall now and then.
    int32_t pick_block(const Place& p)
    {
        int32_t h = random_hall(P_.blocks[p.block].hall);
        const auto& list = P_.hall_blocks[h];
        if (h == P_.blocks[p.block].hall && rng_.below(10) < 7)
        {
            int32_t s = P_.blocks[p.block].seq + int32_t(rng_.below(7)) - 3;
            return list[static_cast<size_t>(std::clamp(s, 0, int32_t(list.size()) - 1))];
        }
        return list[rng_.below(uint32_t(list.size()))];
    }

    int32_t pick_cell_near(const Place& p)
    {
        const PBlock& b = P_.blocks[pick_block(p)];
        return b.base + int32_t(rng_.below(uint32_t(b.rows * b.modules)));
    }

    bool movable(int32_t f) const { return f >= 0 && is_mover_[f]; }

    int swap(int32_t e, const Place& p, int32_t cell, State::Change* ch)
    {
        int32_t f = S_.occ()[cell];
        if (!movable(f) || f == e)
            return 0;
        const Place& q = S_.places()[f];
        if (q.rows != p.rows || q.cols != p.cols || !halls_[P_.blocks[q.block].hall] ||
            (q.block != p.block && (!P_.shape_ok(e, q) || !P_.shape_ok(f, p))))
            return 0;
        ch[0] = {e, q};
        ch[1] = {f, p};
        return 2;
    }

    int relocate(int32_t e, const Place& p, State::Change* ch)
    {
        int32_t b = pick_block(p);
        Shape s[4];
        int n = P_.shapes(e, b, s);
        if (n == 0)
            return 0;
        Shape sh = s[rng_.below(uint32_t(n))];
        const PBlock& blk = P_.blocks[b];
        Place t{b, int16_t(rng_.below(uint32_t(blk.rows - sh.rows + 1))), sh.rows,
                int16_t(rng_.below(uint32_t(blk.modules - sh.cols + 1))), sh.cols};
        if (t == p || !P_.fits(e, t, S_.occ()))
            return 0;
        ch[0] = {e, t};
        return 1;
    }

    // Swaps e with the booth right after or before it along the same rows of its block.
    int reorder(int32_t e, const Place& p, State::Change* ch)
    {
        bool right = rng_.below(2) == 0;
        int c = right ? p.col + p.cols : p.col - 1;
        if (c < 0 || c >= P_.blocks[p.block].modules)
            return 0;
        int32_t f = S_.occ()[P_.cell(p.block, p.row, c)];
        if (!movable(f))
            return 0;
        const Place& q = S_.places()[f];
        if (q.row != p.row || q.rows != p.rows)
            return 0;
        const Place& first = right ? p : q;
        Place a = first, b = first;
        if (right)
        {
            a.cols = q.cols; // f moves to the front
            b.col = int16_t(first.col + q.cols);
            b.cols = p.cols;
            ch[0] = {f, a};
            ch[1] = {e, b};
        }
        else
        {
            a.cols = p.cols; // e moves to the front
            b.col = int16_t(first.col + p.cols);
            b.cols = q.cols;
            ch[0] = {e, a};
            ch[1] = {f, b};
        }
        return 2;
    }

    // Moves e next to another member of its pavilion: swap with a neighbour of that member's booth
    // or take free modules there.
    int pull(int32_t e, const Place& p, State::Change* ch)
    {
        const auto& members = P_.pavilions[P_.ex[e].pavilion].members;
        int32_t m = members[rng_.below(uint32_t(members.size()))];
        const Place& q = S_.places()[m];
        if (m == e || !q.assigned() || !halls_[P_.blocks[q.block].hall])
            return 0;
        int32_t u = P_.cell(q.block, q.row + int(rng_.below(uint32_t(q.rows))), q.col + int(rng_.below(uint32_t(q.cols))));
        int32_t deg = P_.nb_start[u + 1] - P_.nb_start[u];
        if (deg == 0)
            return 0;
        int32_t v = P_.nb[P_.nb_start[u] + int32_t(rng_.below(uint32_t(deg)))];
        int32_t f = S_.occ()[v];
        if (f >= 0)
            return f == m || f == e ? 0 : swap(e, p, v, ch);
        // Free module: a booth of e's shape starting there, if it fits.
        int32_t b = P_.cell_block[v], local = v - P_.blocks[b].base;
        Shape s[4];
        int n = P_.shapes(e, b, s);
        if (n == 0)
            return 0;
        Shape sh = s[rng_.below(uint32_t(n))];
        int r = local / P_.blocks[b].modules, c = local % P_.blocks[b].modules;
        r = std::min(r, P_.blocks[b].rows - sh.rows);
        c = std::max(0, std::min(c - int(rng_.below(uint32_t(sh.cols))), P_.blocks[b].modules - sh.cols));
        Place t{b, int16_t(r), sh.rows, int16_t(c), sh.cols};
        if (t == p || !P_.fits(e, t, S_.occ()))
            return 0;
        ch[0] = {e, t};
        return 1;
    }

    int insert(int32_t e, State::Change* ch)
    {
        int32_t h = hall_list_[rng_.below(uint32_t(hall_list_.size()))];
        const auto& list = P_.hall_blocks[h];
        if (list.empty())
            return 0;
        int32_t b = list[rng_.below(uint32_t(list.size()))];
        Shape s[4];
        int n = P_.shapes(e, b, s);
        if (n == 0)
            return 0;
        Shape sh = s[rng_.below(uint32_t(n))];
        const PBlock& blk = P_.blocks[b];
        for (int tries = 0; tries < 4; ++tries)
        {
            Place t{b, int16_t(rng_.below(uint32_t(blk.rows - sh.rows + 1))), sh.rows,
                    int16_t(rng_.below(uint32_t(blk.modules - sh.cols + 1))), sh.cols};
            if (P_.fits(e, t, S_.occ()))
            {
                ch[0] = {e, t};
                return 1;
            }
        }
        return 0;
    }
};

} // namespace

SearchOutcome local_search(State& S, const std::vector<int32_t>& movers, const std::vector<uint8_t>& halls,
                           const SearchControl& control)
{
    SearchOutcome out;
    if (movers.empty() || control.iterations <= 0)
        return out;
    bool any_hall = false;
    for (int32_t h = 0; h < S.problem().halls; ++h)
        any_hall |= halls[h] && !S.problem().hall_blocks[h].empty();
    if (!any_hall)
        return out;
    Mover mover(S, movers, halls, control);
    // Late acceptance: a candidate is taken when it is no worse than the current score or than
    // the score L iterations ago. The last tenth of the run only accepts non-worsening moves.
    const size_t L = 1000;
    Score current = S.score();
    std::vector<Score> history(L, current);
    const int64_t greedy_from = control.iterations - control.iterations / 10;
    auto last_progress = Clock::now();
    State::Change ch[4];
    // Late acceptance may wander below its best; a snapshot taken now and then is restored at the
    // end when the walk finished worse (copies are throttled: a plan holds tens of thousands).
    std::vector<Place> best = S.places();
    Score best_score = current;
    for (int64_t it = 0; it < control.iterations; ++it)
    {
        if ((it & 16383) == 0 && current > best_score)
        {
            best = S.places();
            best_score = current;
        }
        if ((it & 255) == 0)
        {
            if ((control.cancel && control.cancel->load(std::memory_order_relaxed)))
            {
                out.stopped = true;
                break;
            }
            auto now = Clock::now();
            if (now >= control.deadline)
            {
                out.stopped = true;
                break;
            }
            if (control.progress && now - last_progress > std::chrono::milliseconds(100))
            {
                last_progress = now;
                control.progress(double(it) / double(control.iterations), current);
            }
        }
        int n = mover.propose(ch);
        if (n == 0)
            continue;
        Score cand;
        if (!S.try_move(ch, n, cand))
            continue;
        ++out.moves;
        Score& h = history[static_cast<size_t>(it) % L];
        bool accept = cand >= current || (it < greedy_from && cand >= h);
        if (accept)
        {
            S.commit();
            current = cand;
        }
        else
            S.undo();
        h = current;
    }
    if (best_score > current)
    {
        std::vector<State::Change> leave, back;
        for (size_t e = 0; e < best.size(); ++e)
            if (!(S.places()[e] == best[e]))
            {
                leave.push_back({int32_t(e), Place{}});
                back.push_back({int32_t(e), best[e]});
            }
        Score cand;
        for (const auto* list : {&leave, &back}) // everyone out first, so every return fits
            for (size_t i = 0; i < list->size(); i += 4)
                if (S.try_move(list->data() + i, int(std::min<size_t>(4, list->size() - i)), cand))
                    S.commit();
    }
    return out;
}

std::vector<Place> parallel_search(const Problem& P, const Weights& W, const std::vector<Place>& places, int threads,
                                   const SearchControl& control, int64_t& moves, bool& stopped)
{
    threads = std::max(1, threads);
    // Halls to threads, largest first onto the lightest thread.
    std::vector<int64_t> weight(static_cast<size_t>(P.halls), 0);
    for (const Place& p : places)
        if (p.assigned())
            weight[static_cast<size_t>(P.blocks[p.block].hall)]++;
    std::vector<int32_t> order(static_cast<size_t>(P.halls));
    for (int32_t h = 0; h < P.halls; ++h)
        order[h] = h;
    std::stable_sort(order.begin(), order.end(), [&](int32_t a, int32_t b) { return weight[a] > weight[b]; });
    std::vector<int> owner(static_cast<size_t>(P.halls), 0);
    std::vector<int64_t> load(static_cast<size_t>(threads), 0);
    for (int32_t h : order)
    {
        int t = int(std::min_element(load.begin(), load.end()) - load.begin());
        owner[h] = t;
        load[t] += weight[h];
    }
    std::vector<std::vector<uint8_t>> halls(static_cast<size_t>(threads), std::vector<uint8_t>(static_cast<size_t>(P.halls), 0));
    for (int32_t h = 0; h < P.halls; ++h)
        halls[owner[h]][h] = 1;
    // Each exhibitor belongs to one thread: the owner of its hall, or a round-robin one when unassigned.
    std::vector<std::vector<int32_t>> movers(static_cast<size_t>(threads));
    std::vector<int> ex_owner(P.ex.size(), 0);
    for (size_t e = 0; e < P.ex.size(); ++e)
    {
        ex_owner[e] = places[e].assigned() ? owner[P.blocks[places[e].block].hall] : int(e % size_t(threads));
        if (!P.ex[e].locked)
            movers[ex_owner[e]].push_back(int32_t(e));
    }
    int64_t total = 0;
    for (auto& m : movers)
        total += int64_t(m.size());
    std::vector<std::vector<Place>> result(static_cast<size_t>(threads));
    std::vector<SearchOutcome> outcome(static_cast<size_t>(threads));
    auto run = [&](int t) {
        State S(P, W, places);
        SearchControl c = control;
        c.seed = control.seed * 0x9E3779B97F4A7C15ull + uint64_t(t) + 1;
        c.iterations = total > 0 ? control.iterations * int64_t(movers[t].size()) / total : 0;
        if (t != 0)
            c.progress = nullptr;
        outcome[t] = local_search(S, movers[t], halls[t], c);
        result[t] = S.places();
    };
    if (threads == 1)
        run(0);
    else
    {
        std::vector<std::thread> pool;
        for (int t = 1; t < threads; ++t)
            pool.emplace_back(run, t);
        run(0);
        for (auto& th : pool)
            th.join();
    }
    std::vector<Place> merged(places.size());
    moves = 0;
    stopped = false;
    for (int t = 0; t < threads; ++t)
    {
        moves += outcome[t].moves;
        stopped |= outcome[t].stopped;
    }
    for (size_t e = 0; e < places.size(); ++e)
        merged[e] = result[static_cast<size_t>(ex_owner[e])][e];
    return merged;
}

} // namespace bp::detail
