// What the allocation panel shows after a solve (or for the plan as it stands): the score by
// constraint, the violations with their subjects, the unassigned exhibitors with their reasons, and
// the fill rate of every hall and pavilion. No GL, no ImGui.
#pragma once

#include "layout/plan/colour_key.h"
#include "solver/solver.h"
#include "subjects.h"

#include <string>
#include <vector>

namespace bp::win
{

struct ConstraintTotal
{
    std::string constraint;
    PenaltyLevel level = PenaltyLevel::Soft;
    int count = 0;
    int64_t penalty = 0;
};

struct UnassignedRow
{
    ExhibitorId exhibitor;
    Wording reason;
};

struct HallFillRow
{
    HallId hall;
    BoothFill fill;
};

// A pavilion as the pavilion list and the fill chart show it.
struct PavilionRow
{
    PavilionId pavilion;
    int members = 0, placed = 0;
    double required_m2 = 0; // members' requests plus the shared space share
    double assigned_m2 = 0; // booth area its members hold
    bool split = false;     // the evaluation found it in more than one piece
    bool region = false;    // the planner placed a region for it
};

struct AllocationReport
{
    Evaluation evaluation;
    bool from_solve = false; // false: the plan as it stood, evaluated
    SolveStatus status = SolveStatus::Feasible;
    double time_s = 0;
    std::vector<ConstraintTotal> by_constraint; // hard first, then medium, then soft; biggest first
    std::vector<Subjects> violation_subjects;   // same order as evaluation.violations
    std::vector<UnassignedRow> unassigned;
};

// The report of an evaluation of `project`'s booths (`allocation` gives unassigned reasons when a
// solve produced them). The penalties' typed subjects must index this project's booths.
AllocationReport make_report(const Project& project, Evaluation evaluation, const Allocation& allocation);

// Fill of every hall (HallId order) and pavilion (PavilionId order) as the booths stand.
std::vector<HallFillRow> hall_fill_rows(const Project& project);
std::vector<PavilionRow> pavilion_rows(const Project& project, const AllocationReport* report);

// A soft score as the convergence plot draws it: a float that grows as the plan gets better
// (hard and medium penalties dominate, so a plan with them plots far below one without).
float plot_value(const Score& score);

} // namespace bp::win
