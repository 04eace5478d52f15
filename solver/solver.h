// Auto-allocation of exhibitors to booths: the solver's public interface (issue 4, DESIGN §5).
// A project goes in; an allocation, its score and the violations that explain it come out.
#pragma once

#include "layout/model/model.h"

#include <atomic>
#include <compare>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace bp
{

// Where one exhibitor stands: a rectangle of modules in one block, or unassigned with a reason.
struct Assignment
{
    std::optional<BoothCells> booth;
    std::string reason; // why unassigned ("X0042: 400 m² of raw space: no block can hold it")
};

// One entry per exhibitor, indexed by ExhibitorId.
struct Allocation
{
    std::vector<Assignment> exhibitors;
    friend bool operator==(const Allocation& a, const Allocation& b);
};

// Penalties as negative integers, compared lexicographically: hard, then medium, then soft.
struct Score
{
    int64_t hard = 0;   // graded breaks of rules that must hold
    int64_t medium = 0; // unassigned area weighted by priority
    int64_t soft = 0;   // quality of the plan
    friend auto operator<=>(const Score&, const Score&) = default;
};

enum class PenaltyLevel : uint8_t
{
    Hard,
    Medium,
    Soft
};
const char* to_string(PenaltyLevel l);

// One penalty traced to its constraint and its subjects ("pavilion:Iran", "booth:2.1C07",
// "exhibitor:X0042"), so the planner can ask why an exhibitor stands where it does.
struct Penalty
{
    std::string constraint; // "competitor-wall", "pavilion-split", "unassigned", ...
    PenaltyLevel level = PenaltyLevel::Soft;
    int64_t penalty = 0; // what it costs in its level (positive)
    std::vector<std::string> subjects;
    std::string message;
};

// Penalty weights; every soft term can be switched off with 0.
struct Weights
{
    int64_t unassigned_per_m2 = 1;     // medium, times (1 + priority) for positive priorities
    int64_t pavilion_split_per_m2 = 2000; // area outside the pavilion's largest connected part
    int64_t pavilion_spread = 1;        // per 10 module-m² of the pavilion's moment of inertia
    int64_t sector_spread_per_m2 = 2;   // area outside the sector's zone or its main hall
    int64_t preference_unmet = 200;     // per preference not met
    int64_t priority_quality = 10;      // per priority point and missing quality point
    int64_t competitor_near = 5;        // per decimetre closer than 10 m
    int64_t isolated_module = 400;      // per free module with no free neighbour in its block
    int64_t moved = 300;                // per exhibitor moved from its previous booth
};

struct Metrics
{
    int exhibitors = 0, assigned = 0;
    double area_requested_m2 = 0, area_assigned_m2 = 0;
    int booths = 0; // assigned booths
    double fill_rate = 0; // assigned module area / bookable module area
    int pavilions = 0, pavilions_contiguous = 0;
    int competitor_adjacent_pairs = 0; // sharing a wall (hard)
    int competitor_near_pairs = 0;     // closer than 10 m (soft)
    int preferences_requested = 0, preferences_met = 0;
    int isolated_modules = 0;
    int moved = 0;
    // Soft penalty per term, for side-by-side comparisons.
    int64_t pavilion_split = 0, pavilion_spread = 0, sector_spread = 0, preference = 0, priority = 0,
            competitor_near = 0, isolated = 0, stability = 0;
};

// The score of an allocation recomputed from scratch, with every violation explained.
struct Evaluation
{
    Score score;
    Metrics metrics;
    std::vector<Penalty> violations;
};

struct Progress
{
    const char* phase = ""; // "construct", "search", "polish"
    double fraction = 0;    // of the search effort spent
    Score best;
    double time_s = 0;
};

struct SolveOptions
{
    uint64_t seed = 1;
    double time_limit_s = 60; // the search stops there even when its effort is not spent
    int threads = 1;          // 1 or 2: halls are shared between threads
    double effort = 1;        // scales the number of local-search moves (0: construction only)
    Weights weights;
    std::function<void(const Progress&)> progress; // called from the solving thread, ~10 times a second
    const std::atomic<bool>* cancel = nullptr;     // honoured within 100 ms
};

enum class SolveStatus : uint8_t
{
    Feasible,   // no hard violation (some exhibitors may be unassigned, each with a reason)
    Infeasible, // hard violations remain
    Cancelled
};
const char* to_string(SolveStatus s);

struct SolveStats
{
    double construct_s = 0;
    double goal_s = -1;   // first time zero hard, everyone placed and every pavilion contiguous; -1 never
    int64_t moves = 0;    // move evaluations
    double search_s = 0;  // time spent in local search
    double moves_per_s = 0;
};

struct SolveResult
{
    SolveStatus status = SolveStatus::Feasible;
    Allocation allocation;
    Evaluation evaluation;
    SolveStats stats;
    double time_s = 0;
};

// Allocates every exhibitor of the project. Deterministic for a seed and thread count as long
// as the time limit does not cut the search short.
SolveResult solve(const Project& project, const SolveOptions& options = {});

// Scores any allocation (hand-made ones too) and explains every penalty.
Evaluation evaluate(const Project& project, const Allocation& allocation, const Weights& weights = {});

// The allocation the project's booths hold now.
Allocation current_allocation(const Project& project);

// The plain baseline: exhibitors in list order, blocks in order, first fit.
Allocation greedy_allocation(const Project& project);

// Rewrites project.booths: one booth per assigned exhibitor (Reserved, or Sold when it was sold
// there already), the planner's held and blocked booths kept, every other free module a booth.
void apply_allocation(Project& project, const Allocation& allocation);

// Plain-language lines on why an exhibitor stands where it does (or nowhere).
std::vector<std::string> explain_exhibitor(const Project& project, const Evaluation& evaluation,
                                           const Allocation& allocation, ExhibitorId exhibitor);

} // namespace bp
