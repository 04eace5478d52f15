// Late-acceptance local search. Moves: swap two booths of the same shape, move a booth to free
// modules, swap neighbours along a row, pull a pavilion member next to another member, insert an
// unassigned exhibitor. Every move is scored incrementally by State.
#include "search.h"

#include <algorithm>

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
        is_mover_.assign(P_.exhibitors.size(), 0);
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
        if (P_.exhibitors[e].pavilion >= 0)
            return pull(e, p, ch);
        return swap(e, p, pick_cell_near(p), ch);
    }

private:
    State& S_;
    const AllocationProblem& P_;
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
            int32_t s = P_.blocks[p.block].serpentine_pos + int32_t(rng_.below(7)) - 3;
            return list[static_cast<size_t>(std::clamp(s, 0, int32_t(list.size()) - 1))];
        }
        return list[rng_.below(uint32_t(list.size()))];
    }

    int32_t pick_cell_near(const Place& p)
    {
        const GridBlock& b = P_.blocks[pick_block(p)];
        return b.first_cell + int32_t(rng_.below(uint32_t(b.rows * b.modules)));
    }

    bool movable(int32_t f) const { return f >= 0 && is_mover_[f]; }

    int swap(int32_t e, const Place& p, int32_t cell, State::Change* ch)
    {
        int32_t f = S_.occupant()[cell];
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
        const GridBlock& blk = P_.blocks[b];
        Place t{b, int16_t(rng_.below(uint32_t(blk.rows - sh.rows + 1))), sh.rows,
                int16_t(rng_.below(uint32_t(blk.modules - sh.cols + 1))), sh.cols};
        if (t == p || !P_.fits(e, t, S_.occupant()))
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
        int32_t f = S_.occupant()[P_.cell(p.block, p.row, c)];
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
        const auto& members = P_.pavilions[P_.exhibitors[e].pavilion].members;
        int32_t m = members[rng_.below(uint32_t(members.size()))];
        const Place& q = S_.places()[m];
        if (m == e || !q.assigned() || !halls_[P_.blocks[q.block].hall])
            return 0;
        int32_t u =
            P_.cell(q.block, q.row + int(rng_.below(uint32_t(q.rows))), q.col + int(rng_.below(uint32_t(q.cols))));
        int32_t deg = P_.neighbour_start[u + 1] - P_.neighbour_start[u];
        if (deg == 0)
            return 0;
        int32_t v = P_.neighbour[P_.neighbour_start[u] + int32_t(rng_.below(uint32_t(deg)))];
        int32_t f = S_.occupant()[v];
        if (f >= 0)
            return f == m || f == e ? 0 : swap(e, p, v, ch);
        // Free module: a booth of e's shape starting there, if it fits.
        int32_t b = P_.cell_block[v], local = v - P_.blocks[b].first_cell;
        Shape s[4];
        int n = P_.shapes(e, b, s);
        if (n == 0)
            return 0;
        Shape sh = s[rng_.below(uint32_t(n))];
        int r = local / P_.blocks[b].modules, c = local % P_.blocks[b].modules;
        r = std::min(r, P_.blocks[b].rows - sh.rows);
        c = std::max(0, std::min(c - int(rng_.below(uint32_t(sh.cols))), P_.blocks[b].modules - sh.cols));
        Place t{b, int16_t(r), sh.rows, int16_t(c), sh.cols};
        if (t == p || !P_.fits(e, t, S_.occupant()))
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
        const GridBlock& blk = P_.blocks[b];
        for (int tries = 0; tries < 4; ++tries)
        {
            Place t{b, int16_t(rng_.below(uint32_t(blk.rows - sh.rows + 1))), sh.rows,
                    int16_t(rng_.below(uint32_t(blk.modules - sh.cols + 1))), sh.cols};
            if (P_.fits(e, t, S_.occupant()))
            {
                ch[0] = {e, t};
                return 1;
            }
        }
        return 0;
    }
};

} // namespace

namespace
{

// Late acceptance may wander below its best: puts the state back on the best snapshot, everyone
// who differs out first so that every return fits.
void restore(State& S, const std::vector<Place>& best)
{
    std::vector<State::Change> leave, back;
    for (size_t e = 0; e < best.size(); ++e)
        if (!(S.places()[e] == best[e]))
        {
            leave.push_back({int32_t(e), Place{}});
            back.push_back({int32_t(e), best[e]});
        }
    Score cand;
    for (const auto* list : {&leave, &back})
        for (size_t i = 0; i < list->size(); i += 4)
            if (S.try_move(list->data() + i, int(std::min<size_t>(4, list->size() - i)), cand))
                S.commit();
}

} // namespace

bool should_stop(const SearchControl& control)
{
    return (control.cancel && control.cancel->load(std::memory_order_relaxed)) || Clock::now() >= control.deadline;
}

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
    // Snapshots of the best plan are throttled: a plan holds tens of thousands of booths.
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
            if (should_stop(control))
            {
                out.stopped = true;
                break;
            }
            auto now = Clock::now();
            if (control.progress && now - last_progress > std::chrono::milliseconds(100))
            {
                last_progress = now;
                const bool ahead = current >= best_score;
                control.progress(double(it) / double(control.iterations), ahead ? current : best_score,
                                 ahead ? S.places() : best);
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
        restore(S, best);
    return out;
}

} // namespace bp::detail
