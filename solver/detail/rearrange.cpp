// The last step on a small fair, after the descent: the exhibitors of one block, or of two blocks
// of one hall, seated again in the best order there is, found by a bounded exhaustive search
// (branch and bound on their own terms; a node budget per area and in all). The descent changes
// one or two booths at a time; a better plan can need five booths of different shapes to trade
// places at once (the exact comparison with CBC found such cases), and a block holds few enough
// booths to try every arrangement of them.
#include "search.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace bp::detail
{

namespace
{

// Search nodes per area in each pass, and in all of them together (some 40 ns a node here).
constexpr int64_t kPassNodes[] = {20000, 400000};
constexpr int64_t kTotalNodes = 8000000;
constexpr int64_t kPackNodes = 2000;     // nodes to pack those to whom every place is the same
constexpr size_t kMostSeated = 24;       // areas with more movable booths are left to the descent

struct Candidate
{
    Place place;
    int64_t cost; // the exhibitor's own soft term there
};

std::tuple<int64_t, int32_t, int16_t, int16_t, int16_t, int16_t> key(const Candidate& c)
{
    return {c.cost, c.place.block, c.place.row, c.place.col, c.place.rows, c.place.cols};
}

// The exhibitors standing in `blocks`, their possible places there and the best arrangement.
class Arrangement
{
public:
    Arrangement(const State& S, const std::vector<uint8_t>& is_mover, const std::vector<int32_t>& blocks)
        : P_(S.problem()), occupant_(S.occupant())
    {
        for (int32_t b : blocks)
            for (int32_t u = P_.blocks[b].first_cell, end = u + P_.blocks[b].rows * P_.blocks[b].modules; u < end;
                 ++u)
            {
                const int32_t o = occupant_[u];
                if (o >= 0 && is_mover[o] && std::find(seated_.begin(), seated_.end(), o) == seated_.end())
                    seated_.push_back(o);
            }
        if (seated_.size() < 2 || seated_.size() > kMostSeated)
        {
            seated_.clear();
            return;
        }
        for (int32_t e : seated_)
            clear(S.places()[e]);
        for (int32_t e : seated_)
        {
            std::vector<Candidate> c;
            for (int32_t b : blocks)
                P_.for_each_shape_place(e, b,
                                        [&](const Place& p)
                                        {
                                            if (P_.fits(e, p, occupant_) && !P_.touches_competitor(e, p, occupant_))
                                                c.push_back({p, exhibitor_term(P_, S.weights(), e, p).soft});
                                        });
            std::sort(c.begin(), c.end(),
                      [](const Candidate& a, const Candidate& b) { return key(a) < key(b); });
            now_cost_ += exhibitor_term(P_, S.weights(), e, S.places()[e]).soft;
            candidates_.push_back(std::move(c));
        }
        // Those whose cost depends on the place first, widest spread first: the bound cuts there.
        // Those to whom every place is the same come last and are only packed, largest first.
        order_.resize(seated_.size());
        for (size_t i = 0; i < order_.size(); ++i)
            order_[i] = int(i);
        auto spread = [&](int i)
        { return candidates_[i].empty() ? 0 : candidates_[i].back().cost - candidates_[i].front().cost; };
        std::sort(order_.begin(), order_.end(),
                  [&](int a, int b)
                  {
                      if (spread(a) != spread(b))
                          return spread(a) > spread(b);
                      const int ma = S.places()[seated_[a]].modules(), mb = S.places()[seated_[b]].modules();
                      if (ma != mb)
                          return ma > mb;
                      return std::lexicographical_compare(
                          candidates_[a].begin(), candidates_[a].end(), candidates_[b].begin(), candidates_[b].end(),
                          [](const Candidate& x, const Candidate& y) { return key(x) < key(y); });
                  });
        // Two with the same places at the same costs and no competitors are interchangeable: the
        // second takes a later place than the first, so no arrangement is tried twice.
        twin_.assign(order_.size(), 0);
        for (size_t k = 1; k < order_.size(); ++k)
            twin_[k] = interchangeable(order_[k - 1], order_[k]);
        chosen_index_.assign(order_.size(), 0);
        choosy_ = size_t(std::count_if(order_.begin(), order_.end(), [&](int i) { return spread(i) > 0; }));
        rest_bound_.assign(order_.size() + 1, 0);
        for (size_t k = order_.size(); k-- > 0;)
            rest_bound_[k] =
                rest_bound_[k + 1] + (candidates_[order_[k]].empty() ? 0 : candidates_[order_[k]].front().cost);
    }

    // True when an arrangement of lower cost than today's was found; `out` holds it.
    bool search(int64_t node_limit, const SearchControl& control, std::vector<State::Change>& out)
    {
        node_limit_ = node_limit;
        control_ = &control;
        if (seated_.empty())
            return false;
        for (const auto& c : candidates_)
            if (c.empty())
                return false;
        best_cost_ = now_cost_;
        chosen_.assign(seated_.size(), Place{});
        first_fit_.assign(order_.size() + 1, std::vector<size_t>(order_.size(), 0));
        for (size_t r = 0; r < choosy_; ++r)
            while (first_fit_[0][r] < candidates_[order_[r]].size() &&
                   !P_.fits(seated_[order_[r]], candidates_[order_[r]][first_fit_[0][r]].place, occupant_))
                ++first_fit_[0][r];
        dive(0, 0);
        if (best_.empty())
            return false;
        out.clear();
        for (size_t i = 0; i < seated_.size(); ++i)
            out.push_back({seated_[i], best_[i]});
        return true;
    }

    int64_t nodes() const { return nodes_; }
    bool ran_out() const { return nodes_ > node_limit_; }

private:
    const AllocationProblem& P_;
    std::vector<int32_t> occupant_; // as the plan stands, with the seated taken off
    std::vector<int32_t> seated_;
    std::vector<std::vector<Candidate>> candidates_;
    std::vector<int> order_;
    std::vector<int64_t> rest_bound_; // the least the seated from order_[k] on can cost
    std::vector<uint8_t> twin_;         // order_[k] is interchangeable with order_[k - 1]
    std::vector<size_t> chosen_index_; // per level: the candidate taken
    std::vector<std::vector<size_t>> first_fit_; // per level, per later one: its cheapest free place
    std::vector<Place> chosen_, best_;

    // first_fit_[k + 1] from first_fit_[k] once `taken` is: the cheapest places of those after k
    // that it covers give way to their next free ones (a place taken stays taken deeper down).
    void narrow(size_t k, const Place& taken)
    {
        std::vector<size_t>& fit = first_fit_[k + 1];
        fit = first_fit_[k];
        for (size_t r = k + 1; r < choosy_; ++r)
        {
            const int32_t e = seated_[order_[r]];
            const std::vector<Candidate>& all = candidates_[order_[r]];
            if (fit[r] >= all.size() || !overlaps(all[fit[r]].place, taken))
                continue; // still free
            ++fit[r];
            while (fit[r] < all.size() && !P_.fits(e, all[fit[r]].place, occupant_))
                ++fit[r];
        }
    }
    static bool overlaps(const Place& a, const Place& b)
    {
        return a.block == b.block && a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols &&
               b.col < a.col + a.cols;
    }

    bool interchangeable(int a, int b) const
    {
        const std::vector<Candidate>&x = candidates_[a], &y = candidates_[b];
        return P_.exhibitors[seated_[a]].competitors.empty() && P_.exhibitors[seated_[b]].competitors.empty() &&
               x.size() == y.size() &&
               std::equal(x.begin(), x.end(), y.begin(),
                          [](const Candidate& p, const Candidate& q) { return key(p) == key(q); });
    }
    size_t choosy_ = 0; // order_[0 .. choosy_) are those whose cost depends on the place
    int64_t now_cost_ = 0, best_cost_ = 0, nodes_ = 0, pack_nodes_ = 0, node_limit_ = 0;
    const SearchControl* control_ = nullptr;

    void clear(const Place& p) { set(p, -1); }
    void set(const Place& p, int32_t who)
    {
        for (int r = p.row; r < p.row + p.rows; ++r)
            for (int c = p.col; c < p.col + p.cols; ++c)
                occupant_[P_.cell(p.block, r, c)] = who;
    }

    void dive(size_t k, int64_t cost)
    {
        if (k == choosy_)
        {
            // The rest cost the same wherever they stand: any packing of them will do.
            pack_nodes_ = 0;
            const bool packed = pack(k);
            nodes_ += pack_nodes_; // packing counts against the area's budget too
            if (packed)
            {
                best_cost_ = cost + rest_bound_[k];
                best_ = chosen_;
            }
            return;
        }
        // The least the rest can cost where they still fit; nothing left for one of them: no way on.
        const std::vector<size_t>& fit = first_fit_[k];
        int64_t least = rest_bound_[choosy_];
        for (size_t r = k + 1; r < choosy_; ++r)
        {
            if (fit[r] >= candidates_[order_[r]].size())
                return;
            least += candidates_[order_[r]][fit[r]].cost;
        }
        const int i = order_[k];
        const int32_t e = seated_[i];
        const std::vector<Candidate>& all = candidates_[i];
        for (size_t j = twin_[k] ? chosen_index_[k - 1] + 1 : 0; j < all.size(); ++j)
        {
            const Candidate& c = all[j];
            if (cost + c.cost + least >= best_cost_)
                return; // sorted by cost: no later choice does better
            if (++nodes_ > node_limit_ || ((nodes_ & 0xFFFF) == 0 && should_stop(*control_)))
            {
                nodes_ = std::max(nodes_, node_limit_ + 1);
                return;
            }
            if (!P_.fits(e, c.place, occupant_) || P_.touches_competitor(e, c.place, occupant_))
                continue;
            set(c.place, e);
            chosen_[i] = c.place;
            chosen_index_[k] = j;
            narrow(k, c.place);
            dive(k + 1, cost + c.cost);
            clear(c.place);
        }
    }

    // Seats order_[k..] in any free places; false when they do not all fit (or packing takes long).
    bool pack(size_t k)
    {
        if (k == order_.size())
            return true;
        const int i = order_[k];
        const int32_t e = seated_[i];
        const std::vector<Candidate>& all = candidates_[i];
        for (size_t j = twin_[k] ? chosen_index_[k - 1] + 1 : 0; j < all.size(); ++j)
        {
            const Candidate& c = all[j];
            if (++pack_nodes_ > kPackNodes)
                return false;
            if (!P_.fits(e, c.place, occupant_) || P_.touches_competitor(e, c.place, occupant_))
                continue;
            set(c.place, e);
            chosen_[i] = c.place;
            chosen_index_[k] = j;
            const bool done = pack(k + 1);
            clear(c.place);
            if (done)
                return true;
        }
        return false;
    }
};

// Seats the area's exhibitors as found; keeps it only when the whole score improves.
bool try_arrangement(State& S, const std::vector<State::Change>& to)
{
    const Score before = S.score();
    std::vector<State::Change> off, back;
    for (const State::Change& c : to)
    {
        off.push_back({c.e, Place{}});
        back.push_back({c.e, S.places()[c.e]});
    }
    if (apply_chunks(S, off) && apply_chunks(S, to) && S.score() > before)
        return true;
    apply_chunks(S, off);
    apply_chunks(S, back);
    return false;
}

// Per block, the later blocks of its hall in order of distance between their centres.
std::vector<std::vector<int32_t>> blocks_by_distance(const AllocationProblem& P, const std::vector<uint8_t>& halls)
{
    std::vector<std::vector<int32_t>> by_distance(P.blocks.size());
    auto centre = [&](int32_t b)
    {
        const GridBlock& g = P.blocks[b];
        const int32_t last = g.first_cell + g.rows * g.modules - 1;
        return std::pair{(P.cell_x[g.first_cell] + P.cell_x[last]) / 2, (P.cell_y[g.first_cell] + P.cell_y[last]) / 2};
    };
    for (int32_t h = 0; h < P.halls; ++h)
    {
        if (!halls[h])
            continue;
        const std::vector<int32_t>& hb = P.hall_blocks[h];
        for (int32_t a : hb)
        {
            std::vector<std::pair<float, int32_t>> d;
            const auto [ax, ay] = centre(a);
            for (int32_t b : hb)
                if (b > a)
                {
                    const auto [bx, by] = centre(b);
                    d.push_back({std::hypot(ax - bx, ay - by), b});
                }
            std::sort(d.begin(), d.end());
            for (const auto& [distance, b] : d)
                by_distance[a].push_back(b);
        }
    }
    return by_distance;
}

} // namespace

int64_t rearrange_blocks(State& S, const std::vector<int32_t>& movers, const std::vector<uint8_t>& halls,
                         const SearchControl& control)
{
    const AllocationProblem& P = S.problem();
    std::vector<uint8_t> is_mover(P.exhibitors.size(), 0);
    for (int32_t e : movers)
        is_mover[e] = 1;
    // Each block alone, then with every other block of its hall, nearest first.
    std::vector<std::vector<int32_t>> todo;
    for (int32_t b = 0; b < int32_t(P.blocks.size()); ++b)
        if (halls[P.blocks[b].hall])
            todo.push_back({b});
    const std::vector<std::vector<int32_t>> others = blocks_by_distance(P, halls);
    for (int32_t b = 0; b < int32_t(P.blocks.size()); ++b)
        for (int32_t other : others[b])
            todo.push_back({b, other});
    // Passes of growing effort: the arrangements found cheaply first; the next pass goes back
    // only to the areas whose search ran out of nodes.
    int64_t improved = 0, budget = kTotalNodes;
    std::vector<State::Change> to;
    for (int64_t limit : kPassNodes)
    {
        std::vector<std::vector<int32_t>> unfinished;
        for (const std::vector<int32_t>& area : todo)
        {
            if (budget <= 0 || should_stop(control))
                return improved;
            Arrangement a(S, is_mover, area);
            const bool found = a.search(std::min(limit, budget), control, to);
            budget -= a.nodes();
            if (found && try_arrangement(S, to))
                ++improved;
            if (a.ran_out())
                unfinished.push_back(area);
        }
        todo.swap(unfinished);
    }
    return improved;
}

} // namespace bp::detail
