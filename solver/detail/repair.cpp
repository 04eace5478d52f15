// Targeted repairs run between searches: pull split pavilions together, make room for exhibitors
// left without a booth, and fill isolated free modules. Random moves find these fixes slowly because they need a specific target; here the
// targets are enumerated and each fix is kept only when the whole score improves.
#include "construct.h"
#include "search.h"
#include "seat.h"

#include <algorithm>

namespace bp::detail
{

namespace
{

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

// The non-members standing on t that m would have to evict (up to eight), or false when t cannot
// be cleared for m.
bool evictions_for(const State& S, int32_t m, const Place& t, int32_t pv, std::vector<int32_t>& evicted)
{
    const AllocationProblem& P = S.problem();
    for (int r = t.row; r < t.row + t.rows; ++r)
        for (int c = t.col; c < t.col + t.cols; ++c)
        {
            int32_t u = P.cell(t.block, r, c), o = S.occupant()[u];
            if (!P.cell_bookable[u] || !P.allowed(m, u) || o == m)
                return false;
            if (o < 0 || std::find(evicted.begin(), evicted.end(), o) != evicted.end())
                continue;
            if (evicted.size() == 8 || !P.exhibitors[o].movable() || P.exhibitors[o].pavilion == pv)
                return false;
            evicted.push_back(o);
        }
    return !evicted.empty();
}

// Where an evicted exhibitor goes: near `anchor`, or with `any_hall`, where its hall has no room,
// the first other open hall that has.
Place replace_evicted(const AllocationProblem& P, const std::vector<int32_t>& occupant, int32_t o, int32_t anchor,
                      bool any_hall)
{
    Place to = place_near(P, occupant, o, anchor);
    for (int32_t h = 0; any_hall && !to.assigned() && h < P.halls; ++h)
        if (P.hall_open[h] && h != P.blocks[anchor].hall && !P.hall_blocks[h].empty())
            to = place_near(P, occupant, o, P.hall_blocks[h].front());
    return to;
}

// Moves m onto t after evicting the non-members there, re-places the evicted near m's old booth,
// and rolls everything back unless the score improved. With `keep_everyone`, the evicted may go to
// other halls too, and the move must leave fewer exhibitors without a booth than before and split
// no pavilion (the score ranks a booth for everyone above a pavilion in one piece; the planner
// wants both, and a plan with both is often there).
bool evict_into(State& S, int32_t m, const Place& t, int32_t pv, int& attempts, bool keep_everyone = false)
{
    const AllocationProblem& P = S.problem();
    std::vector<int32_t> evicted;
    if (!evictions_for(S, m, t, pv, evicted))
        return false;
    ++attempts; // only real evictions count against the budget
    const Score before = S.score();
    const int unplaced_before = keep_everyone ? S.unassigned() : 0, split_before = S.pavilions_split();
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
        const Place from = restore[i].to;
        const int32_t anchor =
            old.assigned() && P.blocks[old.block].hall == P.blocks[from.block].hall ? old.block : from.block;
        State::Change back{evicted[i], replace_evicted(P, S.occupant(), evicted[i], anchor, keep_everyone)};
        if (back.to.assigned() && S.try_move(&back, 1, cand))
            S.commit();
    }
    if (S.score() > before &&
        (!keep_everyone || (S.unassigned() < unplaced_before && S.pavilions_split() <= split_before)))
        return true;
    // Roll back: the evicted leave, m goes home, the evicted return.
    apply_chunks(S, out);
    State::Change home{m, old};
    if (S.try_move(&home, 1, cand))
        S.commit();
    apply_chunks(S, restore);
    return false;
}

// Pulls the members outside one split pavilion's main part next to it.
class PavilionPull
{
public:
    PavilionPull(State& S, const SearchControl& control) : S_(S), P_(S.problem()), control_(control)
    {
        cell_mark_.assign(static_cast<size_t>(P_.cells()), 0);
    }

    // Members pulled in; stops early (false in `finished`) at the deadline or on cancel.
    int64_t pull(int32_t pv, const std::vector<int32_t>& outside, std::vector<int32_t> main, bool& finished)
    {
        int64_t made = 0;
        finished = true;
        for (int32_t m : outside)
        {
            if (!P_.exhibitors[m].movable())
                continue;
            if (should_stop(control_))
            {
                finished = false;
                return made;
            }
            collect_candidates(m, main);
            if (pull_member(m, pv))
            {
                ++made;
                main.push_back(m);
            }
        }
        return made;
    }

private:
    State& S_;
    const AllocationProblem& P_;
    const SearchControl& control_;
    std::vector<int32_t> candidates_;
    std::vector<uint32_t> cell_mark_;
    uint32_t cell_epoch_ = 0;

    // Bookable cells next to the main part that m may take.
    void collect_candidates(int32_t m, const std::vector<int32_t>& main)
    {
        candidates_.clear();
        ++cell_epoch_;
        for (int32_t q : main)
        {
            const Place& qp = S_.places()[q];
            for (int r = qp.row; r < qp.row + qp.rows; ++r)
                for (int c = qp.col; c < qp.col + qp.cols; ++c)
                {
                    int32_t w = P_.cell(qp.block, r, c);
                    for (int32_t k = P_.neighbour_start[w]; k < P_.neighbour_start[w + 1]; ++k)
                    {
                        int32_t v = P_.neighbour[k];
                        if (cell_mark_[v] != cell_epoch_ && P_.cell_bookable[v] && P_.allowed(m, v) &&
                            P_.hall_open[P_.blocks[P_.cell_block[v]].hall])
                        {
                            cell_mark_[v] = cell_epoch_;
                            candidates_.push_back(v);
                        }
                    }
                }
        }
    }

    // Swaps m with o when their booths have the same shape and each shape suits the other.
    bool try_swap(int32_t m, int32_t o, int32_t pv, const Score& current, int& tries)
    {
        const Place& op = S_.places()[o];
        const Place& mp = S_.places()[m];
        if (!P_.exhibitors[o].movable() || P_.exhibitors[o].pavilion == pv || op.rows != mp.rows ||
            op.cols != mp.cols || !P_.shape_ok(m, op) || !P_.shape_ok(o, mp))
            return false;
        State::Change ch[2] = {{m, op}, {o, mp}};
        ++tries;
        return attempt(S_, ch, 2, current);
    }

    // Booths of m's shapes covering cell v: taken when free (pass 0) or made free by eviction (pass 1).
    bool try_booths_over(int32_t m, int32_t v, int32_t pv, int pass, const Score& current, int& tries, int& evictions)
    {
        const int32_t b = P_.cell_block[v];
        const Place at = P_.cell_place(v);
        const int vr = at.row, vc = at.col;
        Shape sh[4];
        int ns = P_.shapes(m, b, sh);
        for (int s = 0; s < ns; ++s)
            for (int r = std::max(0, vr - sh[s].rows + 1); r <= vr && r + sh[s].rows <= P_.blocks[b].rows; ++r)
                for (int c = std::max(0, vc - sh[s].cols + 1); c <= vc && c + sh[s].cols <= P_.blocks[b].modules; ++c)
                {
                    Place t{b, int16_t(r), sh[s].rows, int16_t(c), sh[s].cols};
                    if (pass == 0)
                    {
                        if (!P_.fits(m, t, S_.occupant()))
                            continue;
                        State::Change ch{m, t};
                        ++tries;
                        if (attempt(S_, &ch, 1, current))
                            return true;
                    }
                    else if (evictions < 40 && evict_into(S_, m, t, pv, evictions))
                        return true;
                }
        return false;
    }

    // Pass 0: free modules or a same-shape swap; pass 1: make room by eviction.
    bool pull_member(int32_t m, int32_t pv)
    {
        const Score current = S_.score();
        int tries = 0, evictions = 0;
        for (int pass = 0; pass < 2; ++pass)
            for (size_t i = 0; i < candidates_.size() && tries < 600; ++i)
            {
                int32_t v = candidates_[i], o = S_.occupant()[v];
                if (pass == 0 && o >= 0)
                {
                    if (try_swap(m, o, pv, current, tries))
                        return true;
                    continue;
                }
                if (try_booths_over(m, v, pv, pass, current, tries, evictions))
                    return true;
            }
        return false;
    }
};

} // namespace

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

int64_t repair_pavilions(State& S, const SearchControl& control)
{
    int64_t made = 0;
    PavilionPull puller(S, control);
    for_each_split_pavilion(S, control,
                            [&](int32_t pv, PavilionParts& parts)
                            {
                                // Largest fragments' members first: they are the hardest to place.
                                std::stable_sort(parts.outside.begin(), parts.outside.end(),
                                                 [&](int32_t a, int32_t b)
                                                 { return S.places()[a].modules() > S.places()[b].modules(); });
                                bool finished = true;
                                made += puller.pull(pv, parts.outside, parts.main, finished);
                                return finished;
                            });
    return made;
}

namespace
{

// Single-module booths of the hall, from the end of its serpentine order, where the free space
// gathers: moving one from there seldom leaves a new hole.
std::vector<int32_t> single_module_booths(const State& S, int32_t h)
{
    const AllocationProblem& P = S.problem();
    std::vector<int32_t> singles;
    const auto& list = P.hall_blocks[h];
    for (auto it = list.rbegin(); it != list.rend(); ++it)
    {
        const GridBlock& b = P.blocks[*it];
        for (int32_t u = b.first_cell; u < b.first_cell + b.rows * b.modules; ++u)
        {
            int32_t x = S.occupant()[u];
            if (x >= 0 && P.exhibitors[x].movable() && S.places()[x].modules() == 1)
                singles.push_back(x);
        }
    }
    return singles;
}

// Moves one of `singles` onto the isolated cell u when that improves the score.
bool fill_isolated(State& S, int32_t u, const std::vector<int32_t>& singles)
{
    const AllocationProblem& P = S.problem();
    const Place t = P.cell_place(u);
    int tries = 0;
    for (size_t i = 0; i < singles.size() && tries < 40; ++i)
    {
        int32_t x = singles[i];
        if (S.places()[x].modules() != 1 || !P.allowed(x, u) || !P.shape_ok(x, t))
            continue;
        ++tries;
        State::Change ch{x, t};
        if (attempt(S, &ch, 1, S.score()))
            return true;
    }
    return false;
}

// A place for an exhibitor without a booth and what stands on it: how many others it would evict
// and how many of its modules they hold.
struct RoomFor
{
    int evicted = 0, taken = 0;
    Place place;
};

// Every place in the open halls where m could stand once at most `most` others (movable, not of its
// pavilion) made way, those with the fewest in the way first.
std::vector<RoomFor> rooms_for(const State& S, int32_t m, int most)
{
    const AllocationProblem& P = S.problem();
    const int32_t pv = P.exhibitors[m].pavilion;
    std::vector<RoomFor> out;
    std::vector<int32_t> seen;
    for (int32_t h = 0; h < P.halls; ++h)
    {
        if (!P.hall_open[h])
            continue;
        for (int32_t b : P.hall_blocks[h])
        {
            Shape shapes[4];
            const int n = P.shapes(m, b, shapes);
            const GridBlock& blk = P.blocks[b];
            for (int k = 0; k < n; ++k)
                for (int r = 0; r + shapes[k].rows <= blk.rows; ++r)
                    for (int c = 0; c + shapes[k].cols <= blk.modules; ++c)
                    {
                        RoomFor room{0, 0, Place{b, int16_t(r), shapes[k].rows, int16_t(c), shapes[k].cols}};
                        seen.clear();
                        bool ok = true;
                        for (int rr = r; ok && rr < r + shapes[k].rows; ++rr)
                            for (int cc = c; ok && cc < c + shapes[k].cols; ++cc)
                            {
                                const int32_t u = P.cell(b, rr, cc), o = S.occupant()[u];
                                ok = P.cell_bookable[u] && P.allowed(m, u);
                                if (!ok || o < 0)
                                    continue;
                                ++room.taken;
                                if (std::find(seen.begin(), seen.end(), o) != seen.end())
                                    continue;
                                seen.push_back(o);
                                ok = P.exhibitors[o].movable() && (pv < 0 || P.exhibitors[o].pavilion != pv) &&
                                     int(seen.size()) <= most;
                            }
                        room.evicted = int(seen.size());
                        if (ok && room.evicted > 0)
                            out.push_back(room);
                    }
        }
    }
    std::sort(out.begin(), out.end(),
              [](const RoomFor& a, const RoomFor& b)
              { return a.evicted != b.evicted ? a.evicted < b.evicted : a.taken < b.taken; });
    return out;
}

} // namespace

int64_t repair_unassigned(State& S, const SearchControl& control)
{
    constexpr int kMostEvicted = 8, kPlacesTried = 48, kExhibitorsTried = 24;
    const AllocationProblem& P = S.problem();
    int64_t made = 0;
    int tried = 0;
    for (int32_t m = 0; m < P.exhibitor_count() && tried < kExhibitorsTried; ++m)
    {
        if (S.places()[m].assigned() || !P.exhibitors[m].movable())
            continue;
        if (should_stop(control))
            break;
        const std::vector<RoomFor> rooms = rooms_for(S, m, kMostEvicted);
        tried += !rooms.empty(); // one no block can hold costs little
        const int32_t pv = P.exhibitors[m].pavilion >= 0 ? P.exhibitors[m].pavilion : -2; // -2: evict anyone
        int attempts = 0;
        for (size_t i = 0; i < rooms.size() && attempts < kPlacesTried; ++i)
            if (evict_into(S, m, rooms[i].place, pv, attempts, true))
            {
                ++made;
                break;
            }
    }
    return made;
}

int64_t repair_isolated(State& S, const SearchControl& control)
{
    const AllocationProblem& P = S.problem();
    int64_t made = 0;
    for (int32_t h = 0; h < P.halls; ++h)
    {
        if (!P.hall_open[h])
            continue;
        if (should_stop(control))
            break;
        const std::vector<int32_t> singles = single_module_booths(S, h);
        for (int32_t b : P.hall_blocks[h])
        {
            if (should_stop(control))
                return made;
            const GridBlock& blk = P.blocks[b];
            for (int32_t u = blk.first_cell; u < blk.first_cell + blk.rows * blk.modules; ++u)
                if (isolated(P, S.occupant(), u) && fill_isolated(S, u, singles))
                    ++made;
        }
    }
    return made;
}

} // namespace bp::detail
