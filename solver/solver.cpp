// The solve pipeline (construct, search per hall on threads, polish across halls), scopes, the
// baseline, and the edit that writes an allocation back into the project's booths.
#include "layout/model/names.h"
#include "solver/detail/construct.h"
#include "solver/detail/pipeline.h"
#include "solver/detail/plan.h"

#include <algorithm>

namespace bp
{

using namespace detail;

namespace
{
constexpr EnumName<SolveStatus> kStatusNames[] = {{SolveStatus::Feasible, "feasible"},
                                                  {SolveStatus::Infeasible, "infeasible"},
                                                  {SolveStatus::Cancelled, "cancelled"}};
constexpr EnumName<PenaltyLevel> kLevelNames[] = {
    {PenaltyLevel::Hard, "hard"}, {PenaltyLevel::Medium, "medium"}, {PenaltyLevel::Soft, "soft"}};
constexpr EnumName<StopReason> kStopNames[] = {
    {StopReason::Converged, "converged"},           {StopReason::Optimal, "optimal"},
    {StopReason::TimeLimit, "time-limit"},          {StopReason::Cancelled, "cancelled"},
    {StopReason::NothingToMove, "nothing-to-move"}, {StopReason::NoSearch, "no-search"}};
} // namespace

const char* to_string(SolveStatus s)
{
    return name_in(kStatusNames, s);
}

const char* to_string(PenaltyLevel l)
{
    return name_in(kLevelNames, l);
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

const char* to_string(StopReason reason)
{
    return name_in(kStopNames, reason);
}

std::string describe_stop(const SolveStats& s)
{
    const std::string rounds = std::to_string(s.rounds) + " round" + (s.rounds == 1 ? "" : "s") + " of " +
                               std::to_string(s.round_iterations) + " moves";
    switch (s.stop)
    {
    case StopReason::Converged:
        return "converged: the last rounds improved the plan by less than 0.1 % each (" + rounds + ")";
    case StopReason::Optimal:
        return "optimal: no penalty is left that any plan could avoid (" + rounds + ")";
    case StopReason::TimeLimit:
        return "time limit reached while the plan was still improving (" + rounds + ")";
    case StopReason::Cancelled:
        return "cancelled (" + rounds + ")";
    case StopReason::NothingToMove:
        return "nothing to search: every exhibitor is pinned, outside the scope or fits nowhere";
    case StopReason::NoSearch:
        return "construction only (effort 0)";
    }
    return "?";
}

SolveResult solve(const SolveInput& input, const SolveOptions& options)
{
    return run_pipeline(input, options);
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
    std::vector<Wording> reasons;
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
