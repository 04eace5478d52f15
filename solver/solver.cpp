// The solve pipeline (construct, search per hall on threads, polish across halls), scopes, the
// baseline, and the edit that writes an allocation back into the project's booths.
#include "solver/detail/construct.h"
#include "solver/detail/plan.h"
#include "solver/detail/search.h"

#include <algorithm>

namespace bp
{

using namespace detail;

const char* to_string(SolveStatus s)
{
    switch (s)
    {
    case SolveStatus::Feasible:
        return "feasible";
    case SolveStatus::Infeasible:
        return "infeasible";
    case SolveStatus::Cancelled:
        return "cancelled";
    }
    return "?";
}

const char* to_string(PenaltyLevel l)
{
    switch (l)
    {
    case PenaltyLevel::Hard:
        return "hard";
    case PenaltyLevel::Medium:
        return "medium";
    case PenaltyLevel::Soft:
        return "soft";
    }
    return "?";
}

bool operator==(const Allocation& a, const Allocation& b)
{
    if (a.exhibitors.size() != b.exhibitors.size())
        return false;
    for (size_t i = 0; i < a.exhibitors.size(); ++i)
        if (a.exhibitors[i].booth != b.exhibitors[i].booth)
            return false;
    return true;
}

const char* to_string(SolvePhase phase)
{
    switch (phase)
    {
    case SolvePhase::Construct:
        return "construct";
    case SolvePhase::Search:
        return "search";
    case SolvePhase::Polish:
        return "polish";
    case SolvePhase::Done:
        return "done";
    }
    return "?";
}

SolveInput::SolveInput(const Project& project, SolveScope scope)
    : project_(std::make_shared<const Project>(project)), scope_(std::move(scope))
{
}

namespace
{

// [SECTION] Scopes ------------------------------------------------------------------------------

// The hall holding most of the pavilion's booths now, or -1.
int32_t main_hall(const AllocationProblem& P, int32_t pv)
{
    std::vector<int64_t> area(static_cast<size_t>(P.halls), 0);
    for (int32_t m : P.pavilions[pv].members)
        if (P.exhibitors[m].previous.assigned())
            area[static_cast<size_t>(P.hall_of(P.exhibitors[m].previous))] += area_int(P, P.exhibitors[m].previous);
    auto best = std::max_element(area.begin(), area.end());
    return best == area.end() || *best == 0 ? -1 : int32_t(best - area.begin());
}

bool covers_mask(const AllocationProblem& P, const Place& p, const std::vector<uint8_t>& mask)
{
    for (int r = p.row; r < p.row + p.rows; ++r)
        for (int c = p.col; c < p.col + p.cols; ++c)
            if (mask[P.cell(p.block, r, c)])
                return true;
    return false;
}

// Re-seating a pavilion: its members move, and so do those standing in its region (who make
// way) or, without a region, the others in its hall. Those who make way may go to any hall
// when theirs is full.
void reseat_scope(AllocationProblem& P, int32_t pv, std::vector<uint8_t>& moves)
{
    const PavilionGroup& g = P.pavilions[pv];
    for (int32_t m : g.members)
        moves[m] = 1;
    const int32_t hall = g.region >= 0 ? g.region_hall : main_hall(P, pv);
    if (hall < 0)
        return;
    for (int32_t e = 0; e < P.exhibitor_count(); ++e)
    {
        ExhibitorRequest& x = P.exhibitors[e];
        if (x.pavilion == pv || !x.previous.assigned() || P.hall_of(x.previous) != hall)
            continue;
        if (g.region < 0)
            moves[e] = 1;
        else if (covers_mask(P, x.previous, P.masks[g.region]))
        {
            x.make_way = true;
            moves[e] = 1;
        }
    }
}

// Exhibitors the scope does not let move stay on their booths (`fixed`).
void apply_scope(AllocationProblem& P, const SolveScope& scope)
{
    if (scope.empty())
        return;
    std::vector<uint8_t> moves(P.exhibitors.size(), 1);
    if (!scope.halls.empty())
    {
        P.hall_open.assign(static_cast<size_t>(P.halls), 0);
        for (HallId h : scope.halls)
            if (h.valid() && h.value < P.halls)
                P.hall_open[h.index()] = 1;
        for (int32_t e = 0; e < P.exhibitor_count(); ++e)
        {
            const Place& prev = P.exhibitors[e].previous;
            moves[e] = !prev.assigned() || P.hall_open[P.hall_of(prev)];
        }
    }
    if (!scope.exhibitors.empty())
    {
        std::vector<uint8_t> listed(P.exhibitors.size(), 0);
        for (ExhibitorId id : scope.exhibitors)
            if (id.valid() && id.index() < listed.size())
                listed[id.index()] = 1;
        for (size_t e = 0; e < moves.size(); ++e)
            moves[e] = moves[e] && listed[e];
    }
    if (scope.reseat.valid() && scope.reseat.index() < P.pavilions.size())
    {
        std::fill(moves.begin(), moves.end(), 0);
        reseat_scope(P, scope.reseat.value, moves);
    }
    for (size_t e = 0; e < moves.size(); ++e)
        P.exhibitors[e].fixed = !moves[e];
}

// [SECTION] The pipeline ----------------------------------------------------------------------

class Pipeline
{
public:
    Pipeline(const SolveInput& input, const SolveOptions& options)
        : options_(options), t0_(Clock::now()), P_(build_problem(input.project())), scoped_(!input.scope().empty())
    {
        apply_scope(P_, input.scope());
    }

    SolveResult run()
    {
        std::vector<Place> places = construct_plan();
        std::vector<int32_t> movers = search_movers();
        // Moves per exhibitor, with a floor so that small fairs get a thorough search (well under 1 s).
        const double floor = scoped_ ? 2e5 : 3e6;
        const int64_t budget =
            movers.empty() ? 0 : static_cast<int64_t>(options_.effort * std::max(400.0 * double(movers.size()), floor));
        if (budget > 0 && !cancelled())
            places = search(std::move(places), movers, budget);
        finish(places);
        return std::move(res_);
    }

private:
    const SolveOptions& options_;
    const Clock::time_point t0_;
    AllocationProblem P_;
    const bool scoped_;
    SolveResult res_;
    std::vector<std::string> reasons_;
    int impossible_ = 0; // exhibitors no block could ever hold: they do not count against "everyone placed"
    SearchControl control_;

    double seconds() const { return std::chrono::duration<double>(Clock::now() - t0_).count(); }
    bool cancelled() const { return options_.cancel && options_.cancel->load(std::memory_order_relaxed); }
    bool impossible(int32_t e) const { return reasons_[e].find("no block can hold") != std::string::npos; }

    void report(SolvePhase phase, double fraction, Score best, const std::vector<Place>& places) const
    {
        if (options_.progress)
            options_.progress(
                {phase, fraction, best, seconds(), std::make_shared<const Allocation>(to_allocation(P_, places))});
    }

    void check_goal(const State& S)
    {
        if (res_.stats.goal_s < 0 && S.score().hard == 0 && S.unassigned() == impossible_ && S.pavilions_split() == 0)
            res_.stats.goal_s = seconds();
    }

    // Repairs between searches; `twice` fills the holes that pavilion repairs may leave.
    void repair(State& S, bool twice)
    {
        repair_isolated(S, control_);
        repair_pavilions(S, control_);
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
        report(SolvePhase::Construct, 0, S.score(), S.places());
        return S.places();
    }

    std::vector<int32_t> search_movers() const
    {
        std::vector<int32_t> movers;
        for (int32_t e = 0; e < P_.exhibitor_count(); ++e)
            if (!P_.exhibitors[e].locked && !P_.exhibitors[e].fixed && !impossible(e))
                movers.push_back(e);
        return movers;
    }

    // Halls are independent enough to search apart; the polish then works across halls.
    std::vector<Place> search(std::vector<Place> places, const std::vector<int32_t>& movers, int64_t budget)
    {
        const auto s0 = Clock::now();
        control_.iterations = budget * 8 / 10;
        control_.progress = [&](double f, Score s, const std::vector<Place>& best)
        { report(SolvePhase::Search, f * 0.8, s, best); };
        int64_t moves = 0;
        bool stopped = false;
        places =
            parallel_search(P_, options_.weights, places, std::clamp(options_.threads, 1, 2), control_, moves, stopped);
        res_.stats.moves += moves;
        State S(P_, options_.weights, places);
        repair(S, false);
        if (!stopped && !cancelled())
        {
            control_.iterations = budget - budget * 8 / 10;
            control_.cross_hall = true;
            control_.seed = options_.seed ^ 0x5DEECE66Dull;
            control_.progress = [&](double f, Score s, const std::vector<Place>& best)
            { report(SolvePhase::Polish, 0.8 + f * 0.2, s, best); };
            SearchOutcome o = local_search(S, movers, P_.hall_open, control_);
            res_.stats.moves += o.moves;
            repair(S, true);
        }
        res_.stats.search_s = std::chrono::duration<double>(Clock::now() - s0).count();
        res_.stats.moves_per_s = res_.stats.search_s > 0 ? double(res_.stats.moves) / res_.stats.search_s : 0;
        return S.places();
    }

    void finish(const std::vector<Place>& places)
    {
        for (int32_t e = 0; e < P_.exhibitor_count(); ++e)
            if (!places[e].assigned() && reasons_[e].empty())
            {
                reasons_[e] = static_reason(P_, e);
                if (reasons_[e].empty())
                    reasons_[e] = P_.exhibitors[e].code + ": no free space left for its booth (the venue is full)";
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

SolveResult solve(const SolveInput& input, const SolveOptions& options)
{
    return Pipeline(input, options).run();
}

SolveResult solve(const Project& project, const SolveOptions& options)
{
    return solve(SolveInput(project), options);
}

Allocation current_allocation(const Project& project)
{
    Allocation a;
    a.exhibitors.resize(project.exhibitors.size());
    for (const Booth& b : project.booths)
        if (b.exhibitor.valid() && b.exhibitor.index() < a.exhibitors.size())
            a.exhibitors[b.exhibitor.index()].booth = b.cells;
    return a;
}

Allocation greedy_allocation(const Project& project)
{
    AllocationProblem P = build_problem(project);
    std::vector<std::string> reasons;
    Allocation a = to_allocation(P, greedy(P, reasons));
    for (size_t e = 0; e < a.exhibitors.size(); ++e)
        if (!a.exhibitors[e].booth)
            a.exhibitors[e].reason = reasons[e];
    return a;
}

Edit allocation_edit(const Project& project, const Allocation& allocation)
{
    return plan_edit(project.blocks, project.booths, allocation, project.exhibitors.size());
}

AppliedEdit apply_allocation(Project& project, const Allocation& allocation)
{
    return apply_edit(project, allocation_edit(project, allocation));
}

} // namespace bp
