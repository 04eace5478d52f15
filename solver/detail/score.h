// The score's terms, shared by the full evaluation and the incremental state of the search, so
// that a delta computed by the search always equals a recomputation from scratch.
#pragma once

#include "problem.h"

namespace bp::detail
{

// A penalty in the three levels, positive.
struct Term
{
    int64_t hard = 0, medium = 0, soft = 0;
    Term& operator+=(const Term& o)
    {
        hard += o.hard;
        medium += o.medium;
        soft += o.soft;
        return *this;
    }
    Term& operator-=(const Term& o)
    {
        hard -= o.hard;
        medium -= o.medium;
        soft -= o.soft;
        return *this;
    }
};

inline Score to_score(const Term& t)
{
    return {-t.hard, -t.medium, -t.soft};
}

// Facts of one booth used by several terms.
int open_sides(const AllocationProblem& P, const Place& p);
bool on_main_aisle(const AllocationProblem& P, const Place& p);
bool near_entrance(const AllocationProblem& P, const Place& p);
bool preference_met(const AllocationProblem& P, int32_t e, size_t k, const Place& p);
int quality(const AllocationProblem& P, const Place& p);                    // 0..4: open sides, main aisle, entrance
int64_t area_int(const AllocationProblem& P, const Place& p);               // m², rounded
int outside_region(const AllocationProblem& P, int32_t e, const Place& p);  // modules outside e's pavilion region
int outside_zone(const AllocationProblem& P, int32_t zone, const Place& p); // modules outside a sector zone

// Per exhibitor: its lock, region, size, unassigned area, preferences, priority, stability, zone.
Term exhibitor_term(const AllocationProblem& P, const Weights& W, int32_t e, const Place& p);
// Per competitor pair: walls shared (hard), module fronts facing across an aisle (soft under the
// venue rule "avoid", hard under "forbid") and nearness under 10 m (soft).
struct PairFacts
{
    int walls = 0, facing = 0; // module edges
    double distance_m = 1e9;   // between the booths (1e9: not in one hall)
};
Term pair_term(const AllocationProblem& P, const Weights& W, const Place& a, const Place& b,
               PairFacts* facts = nullptr);
// A booth's extent in venue metres and its hall (-1: unassigned); the pair term from extents
// already known (the search keeps each exhibitor's).
struct Extent
{
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    int32_t hall = -1;
};
Extent extent_of(const AllocationProblem& P, const Place& p);
Term pair_term(const AllocationProblem& P, const Weights& W, const Place& a, const Extent& A, const Place& b,
               const Extent& B, PairFacts* facts = nullptr);
// A free bookable module with no free module across any of its walls.
bool isolated(const AllocationProblem& P, const std::vector<int32_t>& occupant, int32_t cell);

// Pavilion spread: per hall, the moment of inertia of its booths about their centroid, from integer
// moments (decimetres) so that adding and removing booths gives exactly a fresh recomputation.
__extension__ typedef __int128 i128;
struct Moments
{
    int64_t m = 0, sx = 0, sy = 0; // modules, module-weighted centre sums
    i128 sq = 0;                   // module-weighted squared distances from the origin
    void add(const AllocationProblem& P, const Place& p, int sign);
    int64_t spread() const; // module-m² / 10
};

// Pavilion contiguity: area outside the largest part connected by walls or aisles. `mark` is
// scratch sized like P.exhibitors; `epoch` is bumped. `component` (optional) gets each member's part root.
struct PavilionFacts
{
    int64_t split_m2 = 0;
    int64_t spread = 0;
    int32_t largest_root = -1;
};
int64_t pavilion_split(const AllocationProblem& P, int32_t pv, const std::vector<Place>& places,
                       const std::vector<int32_t>& occupant, std::vector<uint32_t>& mark, uint32_t& epoch,
                       std::vector<int32_t>* component = nullptr, int32_t* largest_root = nullptr);
PavilionFacts pavilion_facts(const AllocationProblem& P, int32_t pv, const std::vector<Place>& places,
                             const std::vector<int32_t>& occupant, std::vector<uint32_t>& mark, uint32_t& epoch,
                             std::vector<int32_t>* component = nullptr);
inline int64_t pavilion_cost(const Weights& W, int64_t split_m2, int64_t spread)
{
    return split_m2 * W.pavilion_split_per_m2 + spread * W.pavilion_spread;
}

// Sector spread: area outside its main hall (sectors with a zone pay per exhibitor instead).
int64_t sector_cost(const AllocationProblem& P, const Weights& W, int32_t s, const int64_t* hall_area);

// The full evaluation of evaluate(), on a problem already built.
Evaluation evaluate(const AllocationProblem& P, const Allocation& allocation, const Weights& W);

// The search's incremental state. try_move applies a change of up to 4 exhibitors and returns the
// new score; commit() keeps it, undo() restores the previous state exactly.
class State
{
public:
    State(const AllocationProblem& P, const Weights& W, std::vector<Place> places);

    struct Change
    {
        int32_t e;
        Place to;
    };
    // False when a target does not fit (cells taken, not bookable or outside the region).
    bool try_move(const Change* changes, int n, Score& out);
    void commit();
    void undo();
    // Takes the other state's plan (of the same problem and weights); the other gets this one's.
    void swap(State& other);

    Score score() const { return to_score(total_); }
    const std::vector<Place>& places() const { return places_; }
    const std::vector<int32_t>& occupant() const { return occupant_; }
    const AllocationProblem& problem() const { return P_; }
    const Weights& weights() const { return W_; }
    int unassigned() const;
    int pavilions_split() const;
    int64_t pavilion_split_m2(int32_t pv) const { return pavilion_split_[pv]; }

private:
    const AllocationProblem& P_;
    const Weights& W_;
    std::vector<Place> places_;
    std::vector<Extent> extent_;    // per exhibitor: its booth's extent, as places_ stands
    std::vector<int32_t> occupant_; // per cell: the exhibitor standing there, or -1
    std::vector<Term> exhibitor_term_;
    std::vector<int64_t> pavilion_cost_, pavilion_split_, pavilion_spread_;
    std::vector<Moments> pavilion_moments_; // pavilions x halls
    std::vector<int64_t> sector_hall_area_; // sectors x halls, m²
    std::vector<int64_t> sector_cost_;
    Term total_;
    // Competitor pairs: entry pair_start_[e] + j is e's j-th competitor; pair_mirror_ is the same
    // pair's entry on the competitor's side; pair_cost_ the pair's term as the plan stands.
    std::vector<int32_t> pair_start_, pair_mirror_;
    std::vector<Term> pair_cost_;
    std::vector<uint32_t> exhibitor_mark_, cell_mark_; // scratch marks with their epochs
    uint32_t exhibitor_epoch_ = 0, cell_epoch_ = 0;

    // The move between try_move and commit/undo, with the new values of what it touches.
    struct PendingPavilion
    {
        int32_t pavilion;
        int64_t cost, split, spread;
        int moments = 0; // halls whose moments change
        int32_t moment_hall[8];
        Moments moment[8];
        int near_count = -1; // members around the sole mover's old booth (-1: not tracked)
        int32_t near[8];
    };
    struct PendingSector
    {
        int32_t sector;
        int64_t cost;
    };
    struct PendingMove
    {
        int n = 0;
        Change change[4];
        Place from[4];
        Term exhibitor_term[4];
        PendingPavilion pavilion[4];
        int pavilions = 0;
        PendingSector sector[4];
        int sectors = 0;
        Term total;
    };
    PendingMove pending_;
    struct PendingPair
    {
        int32_t entry;
        Term term;
    };
    std::vector<PendingPair> pending_pairs_; // the move's competitor pairs, scored anew
    std::vector<int32_t> touched_cells_;     // cells whose isolation the move may change

    Moments& moments(int32_t pv, int32_t h)
    {
        return pavilion_moments_[static_cast<size_t>(pv) * static_cast<size_t>(P_.halls) + static_cast<size_t>(h)];
    }
    void remove(int32_t e);
    void place(int32_t e);
    void sector_add(int32_t e, const Place& p, int sign);
    void touch_cells(const Place& p);
    void index_pairs();
    Term pairs_of_changed(bool after);
    int64_t isolated_in_touched_cells();
    bool targets_inside_blocks();
    Term score_before_move();
    bool apply_targets();
    Term score_after_move();
    void rescore_pavilion(PendingPavilion& pp);
    int member_neighbours(int32_t pv, int32_t m, const Place& p, int32_t* out) const;
    bool still_connected(int32_t pv, const int32_t* near, int n_near);
};

} // namespace bp::detail
