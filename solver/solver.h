// Auto-allocation of exhibitors to booths: the solver's public interface (issues 4, 8; DESIGN §5).
// A snapshot of a project goes in; an allocation, its score, the violations that explain it and
// the edit that writes it into the project come out.
#pragma once

#include "layout/edit/edit.h"
#include "layout/model/model.h"

#include <atomic>
#include <compare>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace bp
{

// What a penalty's message or an unplaced exhibitor's reason says: its kind and the words and
// figures it names (exhibitor codes, booth numbers, names, m² without their unit), so that a
// window can say it in the planner's language. to_english writes the text the reports print.
enum class Says : uint8_t
{
    Nothing,           // nothing to say (a placed exhibitor has no reason)
    OutsideBlock,      // code
    NonBoothCells,     // code, modules
    BoothSize,         // code, booth m², requested m²
    ModuleOverlap,     // code, code
    PinnedElsewhere,   // code, booth number
    PinnedMissing,     // code, booth number
    NotPlaced,         // code
    RawSpaceSmall,     // code
    OutsideRegion,     // code, modules, pavilion
    OutsideZone,       // code
    PreferenceUnmet,   // code, preference as the exhibitor list writes it ("corner", "hall:2.1")
    PriorityBooth,     // code, priority, booth quality (of 4)
    Moved,             // code, booth number it left
    CompetitorWall,    // code, competitor's code
    CompetitorNear,    // code, competitor's code, metres apart
    CompetitorFacing,  // code, competitor's code, booth numbers of both
    PavilionSplit,     // pavilion, m² apart
    PavilionSplitNoRoom, // pavilion, m² apart, m² needed with shared space, largest area m², its hall
    PavilionSplitPinned, // pavilion, m² apart, pinned members with their booths
    PavilionSplitRivals, // pavilion, m² apart, competitor pairs inside it
    SectorSpread,      // sector, m² outside, main hall code
    IsolatedModule,    // (nothing)
    NoBoothBlocks,     // code
    NoRoomInRegion,    // code, m² requested, pavilion
    VenueFull,         // code, m² requested
    VenueFullForBooth, // code
    PinNotFound,       // code, booth number
    PinNotFree,        // code, booth number
    NoBlockForRaw,     // code, m² requested
    NoBlockForBooth,   // code, m² requested
    GreedyNoRoom,      // code
};
constexpr size_t kSaysCount = static_cast<size_t>(Says::GreedyNoRoom) + 1;

struct Wording
{
    Says says = Says::Nothing;
    std::vector<std::string> args;
    bool empty() const { return says == Says::Nothing; }
    friend bool operator==(const Wording&, const Wording&) = default;
};

// The English form with {0}, {1}, ... for the arguments ("{0}: booth is not inside one block"),
// and the wording in English.
const char* english_template(Says says);
std::string to_english(const Wording& wording);
// A figure as a wording carries it: whole by default ("36"), else with `decimals` places ("7.5").
std::string wording_figure(double value, int decimals = 0);

// Where one exhibitor stands: a rectangle of modules in one block, or unassigned with a reason.
struct Assignment
{
    std::optional<BoothCells> booth;
    Wording reason; // why unassigned (NoBlockForRaw {"X0042", "400"})
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

// One penalty traced to its constraint and its subjects, so the planner can ask why an exhibitor
// stands where it does and a window can select what it is about.
struct Penalty
{
    std::string constraint; // "competitor-wall", "pavilion-split", "unassigned", ...
    PenaltyLevel level = PenaltyLevel::Soft;
    int64_t penalty = 0; // what it costs in its level (positive)
    // As written in the solve report: "pavilion:Iran", "booth:2.1C07", "exhibitor:X0042", ...
    std::vector<std::string> subjects;
    // The same subjects as typed ids. Booth ids index the booths of the plan the allocation gives
    // (the booths of SolveResult::edit, hence of the project once that edit is applied); a booth
    // that is not in that plan (a pinned number that does not exist, the booth an exhibitor left)
    // appears in `subjects` only.
    Subjects ids;
    Wording says;        // what the message says, for a window to say it in its language
    std::string message; // to_english(says), as the reports print it
};

// Penalty weights; every soft term can be switched off with 0.
struct Weights
{
    int64_t unassigned_per_m2 = 1;        // medium, times (1 + priority) for positive priorities
    int64_t pavilion_split_per_m2 = 2000; // area outside the pavilion's largest connected part
    int64_t pavilion_spread = 1;          // per 10 module-m² of the pavilion's moment of inertia
    int64_t sector_spread_per_m2 = 2;     // area outside the sector's zone or its main hall
    int64_t preference_unmet = 200;       // per preference not met
    int64_t priority_quality = 10;        // per priority point and missing quality point
    int64_t competitor_near = 5;          // per decimetre closer than 10 m
    int64_t competitor_facing = 1000; // per module front facing a competitor's across an aisle
    int64_t isolated_module = 400;        // per free module with no free neighbour in its block
    int64_t moved = 300;                  // per exhibitor moved from its previous booth
};

struct Metrics
{
    int exhibitors = 0, assigned = 0;
    double area_requested_m2 = 0, area_assigned_m2 = 0;
    int booths = 0;       // assigned booths
    double fill_rate = 0; // assigned module area / bookable module area
    int pavilions = 0, pavilions_contiguous = 0;
    int competitor_adjacent_pairs = 0; // sharing a wall (hard)
    int competitor_near_pairs = 0;     // closer than 10 m (soft)
    int competitor_facing_pairs = 0;   // facing across an aisle (soft or hard by the venue's rule)
    int preferences_requested = 0, preferences_met = 0;
    int isolated_modules = 0;
    int moved = 0;
    // Soft penalty per term, for side-by-side comparisons.
    int64_t pavilion_split = 0, pavilion_spread = 0, sector_spread = 0, preference = 0, priority = 0,
            competitor_near = 0, competitor_facing = 0, isolated = 0, stability = 0;
};

// The score of an allocation recomputed from scratch, with every violation explained.
struct Evaluation
{
    Score score;
    Metrics metrics;
    std::vector<Penalty> violations;
};

// The steps of a solve, in order.
enum class SolvePhase : uint8_t
{
    Construct, // a first plan: pavilions and sectors to halls, then booths along each hall
    Search,    // local search per hall (on two threads, halls shared between them)
    Polish,    // local search across halls, then the last repairs
    Done       // the result is complete
};
const char* to_string(SolvePhase phase); // "construct", "search", "polish", "done"

struct Progress
{
    SolvePhase phase = SolvePhase::Construct;
    double fraction = 0; // of the search effort spent
    Score best;          // the score of `allocation`
    double time_s = 0;
    // The best plan so far (on two threads: the first thread's halls searched, the others as they
    // started); shared so that a window can keep it while the solve goes on. Null when no one
    // asked for progress.
    std::shared_ptr<const Allocation> allocation;
};

// What a solve may change. Empty: everything. Exhibitors outside the scope stay on their booths.
struct SolveScope
{
    // Only exhibitors standing in these halls, and those not placed anywhere, move; and only
    // into these halls ("re-allocate this hall").
    std::vector<HallId> halls;
    // Only these exhibitors move (a selection in the window); combines with `halls`.
    std::vector<ExhibitorId> exhibitors;
    // Re-seat this pavilion: its members move, inside its planner-placed region when it has one;
    // those standing in that region (without a region: the others in the pavilion's hall) may
    // move out of the way, to any hall, and so may the rest of a pavilion some of whose members
    // do (so that it can stay whole); every exhibitor moved from its booth costs Weights::moved,
    // so as few as possible move.
    PavilionId reseat;
    bool empty() const { return halls.empty() && exhibitors.empty() && !reseat.valid(); }
};

// The solver's own copy of what it needs from a project, taken on the caller's thread: the
// caller may edit or destroy its project while a solve works on the copy on another thread.
class SolveInput
{
public:
    explicit SolveInput(const Project& project, SolveScope scope = {});
    const Project& project() const { return *project_; }
    const SolveScope& scope() const { return scope_; }

private:
    std::shared_ptr<const Project> project_;
    SolveScope scope_;
};

struct SolveOptions
{
    uint64_t seed = 1;
    double time_limit_s = 60; // the search stops there even when it still improves
    int threads = 1;          // 1 or 2: halls are shared between threads
    // Scales the moves of each search round (rounds go on while they improve the plan; 0:
    // construction and repairs only).
    double effort = 1;
    Weights weights;
    std::function<void(const Progress&)> progress; // called from the solving thread, ~10 times a second
    const std::atomic<bool>* cancel = nullptr;     // honoured within 100 ms
    // A score to watch for (a planted answer's, in benchmarks): SolveStats::target_s says when the
    // plan first reached it. It does not change the search.
    std::optional<Score> target;
};

// Why the search ended.
enum class StopReason : uint8_t
{
    Converged,     // the last rounds of moves improved the plan by less than 0.1 % each
    Optimal,       // no penalty is left that any plan could avoid
    TimeLimit,     // SolveOptions::time_limit_s
    Cancelled,     // SolveOptions::cancel
    NothingToMove, // every exhibitor is pinned, outside the scope, or fits nowhere
    NoSearch       // SolveOptions::effort is 0
};
const char* to_string(StopReason reason); // "converged", "optimal", "time-limit", ...

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
    double target_s = -1; // first time the score reached SolveOptions::target; -1 never (or none set)
    int64_t moves = 0;    // move evaluations
    double search_s = 0;  // time spent in local search
    double moves_per_s = 0;
    int rounds = 0;               // search rounds run
    int64_t round_iterations = 0; // moves proposed per round
    StopReason stop = StopReason::Converged;
};

// Why the search ended, in the planner's words: "converged: the last 2 rounds of 180000 moves
// each improved the plan by less than 0.02 %".
std::string describe_stop(const SolveStats& stats);

struct SolveResult
{
    SolveStatus status = SolveStatus::Feasible;
    Allocation allocation;
    Evaluation evaluation;
    SolveStats stats;
    double time_s = 0;
    // The plan as one undoable edit: ReplaceBooths labelled "Auto-allocate", with the grid and
    // booths of the snapshot (apply it with apply_edit, unless the status is Cancelled and the
    // plan is not wanted).
    Edit edit;
};

// Allocates the exhibitors of the snapshot that its scope lets move. Deterministic for a seed
// and thread count as long as the time limit does not cut the search short. Safe to run on any
// thread; options.progress is called from the solving thread.
SolveResult solve(const SolveInput& input, const SolveOptions& options = {});
// The same on a snapshot of the whole project, taken here.
SolveResult solve(const Project& project, const SolveOptions& options = {});

// Scores any allocation (hand-made ones too) and explains every penalty.
Evaluation evaluate(const Project& project, const Allocation& allocation, const Weights& weights = {});

// The allocation the project's booths hold now.
Allocation current_allocation(const Project& project);

// The plain baseline: exhibitors in list order, blocks in order, first fit.
Allocation greedy_allocation(const Project& project);

// The edit that writes an allocation into the project's booths ("Auto-allocate"): one booth per
// assigned exhibitor (Reserved, or Sold when it was sold there already), the planner's held and
// blocked booths kept, every other free module a booth.
Edit allocation_edit(const Project& project, const Allocation& allocation);

// Applies allocation_edit through apply_edit and returns what it touched.
AppliedEdit apply_allocation(Project& project, const Allocation& allocation);

// One line of "why an exhibitor stands where it does": what kind of line it is and the words and
// figures it names, so that a window can say it in the planner's language.
enum class ReasonKind : uint8_t
{
    StandsAt,       // code, booth number, hall code, area m², requested m² (the type in `booth_type`)
    PavilionMember, // pavilion name
    SectorTogether, // sector name
    PinnedBy,       // locked booth number
    NotPlaced,      // code (the solver's reason, if it gave one, in `detail`)
    Penalty,        // constraint id (the message in `detail`, the level in `level`)
    PavilionSplit,  // (the message of the pavilion's split penalty in `detail`)
};

struct Reason
{
    ReasonKind kind = ReasonKind::StandsAt;
    std::vector<std::string> args;
    Wording detail; // the solver's reason (NotPlaced) or the penalty's message (Penalty, PavilionSplit)
    PenaltyLevel level = PenaltyLevel::Soft; // of a Penalty line
    BoothType booth_type = BoothType::Inline; // of a StandsAt line
};

// The reasons for one exhibitor: its booth and what placed it there (or why it has none), then
// every penalty of the evaluation that names it.
std::vector<Reason> explain_exhibitor_reasons(const Project& project, const Evaluation& evaluation,
                                              const Allocation& allocation, ExhibitorId exhibitor);

// A reason in plain English.
std::string to_english(const Reason& reason);

// Plain-language lines on why an exhibitor stands where it does (or nowhere): the reasons in English.
std::vector<std::string> explain_exhibitor(const Project& project, const Evaluation& evaluation,
                                           const Allocation& allocation, ExhibitorId exhibitor);

} // namespace bp
