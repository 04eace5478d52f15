// The solve pipeline: construct a first plan, repair it, then search in rounds (per hall on two
// threads, repairs, a polish across halls, repairs) while the rounds still improve the plan and
// time remains; then the result, its evaluation and its edit.
#include "pipeline.h"

#include "construct.h"
#include "plan.h"
#include "scope.h"
#include "search.h"

#include <algorithm>
#include <cmath>

namespace bp::detail
{

namespace
{

// Moves per round for each exhibitor that may move, and the fewest a round makes: kRoundMinimum,
// or on a fair of fewer modules than that holds kRoundPerModule moves for each (a 50-booth fair
// converges in a few thousand moves, a 160-module one needs the 12,000 to reach its optimum);
// rounds without a gain of more than kGain (relative) before the search counts as converged.
constexpr double kRoundPerMover = 100;
constexpr double kRoundMinimum = 12000;
constexpr double kRoundPerModule = 75;
constexpr int kPatience = 2;
constexpr double kGain = 1e-3;
constexpr int kRepairPasses = 4;
// Fairs up to this many modules x movers end with a descent over every move and swap.
constexpr int64_t kDescentMaximum = 200000;

class Pipeline
{
public:
    Pipeline(const SolveInput& input, const SolveOptions& options)
        : options_(options), t0_(Clock::now()), P_(build_problem(input.project()))
    {
        apply_scope(P_, input.scope());
    }

    SolveResult run()
    {
        std::vector<Place> places = construct_plan();
        std::vector<int32_t> movers = search_movers();
        if (movers.empty())
            res_.stats.stop = StopReason::NothingToMove;
        else if (options_.effort <= 0)
            res_.stats.stop = StopReason::NoSearch;
        else if (cancelled())
            res_.stats.stop = StopReason::Cancelled;
        else
            places = search(places, movers);
        finish(places);
        return std::move(res_);
    }

private:
    const SolveOptions& options_;
    const Clock::time_point t0_;
    AllocationProblem P_;
    SolveResult res_;
    std::vector<Wording> reasons_;
    int impossible_ = 0; // exhibitors no block could ever hold: they do not count against "everyone placed"
    Term floor_;         // what no plan can avoid (computed on small problems only)
    bool floor_known_ = false;
    SearchControl control_;

    double seconds() const { return std::chrono::duration<double>(Clock::now() - t0_).count(); }
    bool cancelled() const { return options_.cancel && options_.cancel->load(std::memory_order_relaxed); }
    bool impossible(int32_t e) const
    {
        return reasons_[e].says == Says::NoBlockForRaw || reasons_[e].says == Says::NoBlockForBooth;
    }
    double time_fraction() const
    {
        return options_.time_limit_s > 0 ? std::min(1.0, seconds() / options_.time_limit_s) : 1.0;
    }

    void report(SolvePhase phase, Score best, const std::vector<Place>& places) const
    {
        if (options_.progress)
            options_.progress({phase, time_fraction(), best, seconds(),
                               std::make_shared<const Allocation>(to_allocation(P_, places))});
    }

    void check_goal(const State& S)
    {
        const Score score = S.score();
        if (res_.stats.goal_s < 0 && score.hard == 0 && S.unassigned() == impossible_ && S.pavilions_split() == 0)
            res_.stats.goal_s = seconds();
        if (res_.stats.target_s < 0 && options_.target && score >= *options_.target)
            res_.stats.target_s = seconds();
    }

    // Repairs between searches; `twice` fills the holes that pavilion repairs may leave.
    void repair(State& S, bool twice)
    {
        if (S.unassigned() > impossible_)
            repair_unassigned(S, control_);
        repair_isolated(S, control_);
        repair_pavilions(S, control_);
        if (S.pavilions_split() > 0)
            recreate_pavilions(S, control_);
        if (twice)
            repair_isolated(S, control_);
        check_goal(S);
    }

    std::vector<Place> construct_plan()
    {
        std::vector<Place> places = construct(P_, reasons_, options_.cancel);
        res_.stats.construct_s = seconds();
        for (int32_t e = 0; e < P_.exhibitor_count(); ++e)
            impossible_ += !places[e].assigned() && impossible(e);
        control_.seed = options_.seed;
        control_.cancel = options_.cancel;
        control_.deadline = t0_ + std::chrono::duration_cast<Clock::duration>(
                                      std::chrono::duration<double>(std::max(0.0, options_.time_limit_s)));
        State S(P_, options_.weights, places);
        repair(S, false);
        // Repairs again while they still join pavilions: one pavilion re-seated may open the room
        // another needs, and a search round on a large fair takes far longer than a repair.
        for (int pass = 0; pass < kRepairPasses && S.pavilions_split() > 0 && !should_stop(control_); ++pass)
        {
            const int split = S.pavilions_split();
            repair(S, false);
            if (S.pavilions_split() >= split)
                break;
        }
        report(SolvePhase::Construct, S.score(), S.places());
        return S.places();
    }

    std::vector<int32_t> search_movers() const
    {
        std::vector<int32_t> movers;
        for (int32_t e = 0; e < P_.exhibitor_count(); ++e)
            if (P_.exhibitors[e].movable() && !impossible(e))
                movers.push_back(e);
        return movers;
    }

    // What no plan can avoid, when the problem is small enough to ask every exhibitor's every place:
    // the best booth of each exhibitor on its own, the area of those no block can hold.
    void compute_floor(const std::vector<int32_t>& movers)
    {
        if (int64_t(P_.cells()) * P_.exhibitor_count() > 2000000)
            return;
        const std::vector<int32_t> empty(static_cast<size_t>(P_.cells()), -1);
        for (int32_t e = 0; e < P_.exhibitor_count(); ++e)
            if (impossible(e))
                floor_ += exhibitor_term(P_, options_.weights, e, Place{});
        for (int32_t e : movers)
        {
            int64_t best = INT64_MAX;
            for (int32_t b = 0; b < int32_t(P_.blocks.size()); ++b)
                P_.for_each_shape_place(e, b,
                                        [&](const Place& p)
                                        {
                                            if (P_.hall_open[P_.blocks[b].hall] && P_.fits(e, p, empty))
                                                best = std::min(best, exhibitor_term(P_, options_.weights, e, p).soft);
                                        });
            if (best == INT64_MAX)
                return; // someone may stay unplaced: no floor
            floor_.soft += best;
        }
        floor_known_ = true;
    }

    bool optimal(Score s) const
    {
        return s.hard == 0 && ((s.medium == 0 && s.soft == 0) ||
                               (floor_known_ && s.medium == -floor_.medium && s.soft == -floor_.soft));
    }

    // One round: the halls searched apart, repairs, a polish across halls, repairs.
    State round(const std::vector<Place>& places, const std::vector<int32_t>& movers, int64_t size, int number)
    {
        const uint64_t salt = uint64_t(number) * 0x9E3779B97F4A7C15ull;
        control_.iterations = size * 8 / 10;
        control_.cross_hall = false;
        control_.seed = options_.seed + salt;
        control_.progress = [&](double, Score s, const std::vector<Place>& best)
        { report(SolvePhase::Search, s, best); };
        int64_t moves = 0;
        bool stopped = false;
        State S(P_, options_.weights,
                parallel_search(P_, options_.weights, places, std::clamp(options_.threads, 1, 2), control_, moves,
                                stopped));
        res_.stats.moves += moves;
        repair(S, false);
        if (stopped || should_stop(control_))
            return S;
        control_.iterations = size - size * 8 / 10;
        control_.cross_hall = true;
        control_.seed = (options_.seed ^ 0x5DEECE66Dull) + salt;
        control_.progress = [&](double, Score s, const std::vector<Place>& best)
        { report(SolvePhase::Polish, s, best); };
        SearchOutcome o = local_search(S, movers, P_.hall_open, control_);
        res_.stats.moves += o.moves;
        repair(S, true);
        return S;
    }

    bool clear_gain(Score now, Score best) const
    {
        if (now.hard != best.hard || now.medium != best.medium)
            return now > best;
        return double(now.soft - best.soft) > std::max(1.0, std::abs(double(best.soft)) * kGain);
    }

    // Rounds while they improve the plan and time remains; the best plan seen wins.
    std::vector<Place> search(const std::vector<Place>& places, const std::vector<int32_t>& movers)
    {
        const auto s0 = Clock::now();
        const double minimum = std::min(kRoundMinimum, kRoundPerModule * double(P_.cells()));
        const int64_t size = std::max<int64_t>(
            1, std::llround(options_.effort * std::max(minimum, kRoundPerMover * double(movers.size()))));
        res_.stats.round_iterations = size;
        compute_floor(movers);
        Score best = State(P_, options_.weights, places).score();
        std::vector<Place> best_places = places;
        int quiet = 0;
        while (true)
        {
            if (optimal(best))
            {
                res_.stats.stop = StopReason::Optimal;
                break;
            }
            State S = round(best_places, movers, size, res_.stats.rounds++);
            const Score now = S.score();
            quiet = clear_gain(now, best) ? 0 : quiet + 1;
            if (now > best)
            {
                best = now;
                best_places = S.places();
            }
            if (cancelled() || Clock::now() >= control_.deadline)
            {
                res_.stats.stop = cancelled() ? StopReason::Cancelled : StopReason::TimeLimit;
                break;
            }
            if (quiet >= kPatience)
            {
                res_.stats.stop = StopReason::Converged;
                break;
            }
        }
        if (int64_t(P_.cells()) * int64_t(movers.size()) <= kDescentMaximum && !cancelled() &&
            Clock::now() < control_.deadline && !optimal(best))
        {
            State S(P_, options_.weights, best_places);
            descend(S, movers, P_.hall_open, control_);
            if (rearrange_blocks(S, movers, P_.hall_open, control_) > 0)
                descend(S, movers, P_.hall_open, control_);
            if (S.score() > best)
            {
                best = S.score();
                best_places = S.places();
            }
            if (res_.stats.target_s < 0 && options_.target && best >= *options_.target)
                res_.stats.target_s = seconds();
        }
        res_.stats.search_s = std::chrono::duration<double>(Clock::now() - s0).count();
        res_.stats.moves_per_s = res_.stats.search_s > 0 ? double(res_.stats.moves) / res_.stats.search_s : 0;
        return best_places;
    }

    void finish(const std::vector<Place>& places)
    {
        for (int32_t e = 0; e < P_.exhibitor_count(); ++e)
            if (!places[e].assigned() && reasons_[e].empty())
            {
                reasons_[e] = static_reason(P_, e);
                if (reasons_[e].empty())
                    reasons_[e] = {Says::VenueFullForBooth, {P_.exhibitors[e].code}};
            }
        res_.allocation = to_allocation(P_, places);
        for (size_t e = 0; e < places.size(); ++e)
            if (!places[e].assigned())
                res_.allocation.exhibitors[e].reason = reasons_[e];
        res_.evaluation = evaluate(P_, res_.allocation, options_.weights);
        res_.status = cancelled()                      ? SolveStatus::Cancelled
                      : res_.evaluation.score.hard < 0 ? SolveStatus::Infeasible
                                                       : SolveStatus::Feasible;
        res_.edit = plan_edit(P_.grid, P_.booths_before, res_.allocation, P_.exhibitors.size());
        res_.time_s = seconds();
        if (options_.progress)
            options_.progress({SolvePhase::Done, 1, res_.evaluation.score, seconds(),
                               std::make_shared<const Allocation>(res_.allocation)});
    }
};

} // namespace

SolveResult run_pipeline(const SolveInput& input, const SolveOptions& options)
{
    return Pipeline(input, options).run();
}

} // namespace bp::detail
