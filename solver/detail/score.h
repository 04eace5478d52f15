// The score's terms, shared by the full evaluation and the incremental state of the search, so
// that a delta computed by the search always equals a recomputation from scratch.
#pragma once

#include "problem.h"

namespace bp::detail
{

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

inline Score to_score(const Term& t) { return {-t.hard, -t.medium, -t.soft}; }

// Facts of one booth used by several terms.
int open_sides(const Problem& P, const Place& p);
bool on_main_aisle(const Problem& P, const Place& p);
bool near_entrance(const Problem& P, const Place& p);
bool preference_met(const Problem& P, int32_t e, size_t k, const Place& p);
int quality(const Problem& P, const Place& p); // 0..4: open sides, main aisle, entrance
int64_t area_int(const Problem& P, const Place& p); // m², rounded

// Per exhibitor: its lock, region, size, unassigned area, preferences, priority, stability, zone.
Term exhibitor_term(const Problem& P, const Weights& W, int32_t e, const Place& p);
// Per competitor pair: walls shared (hard) and nearness under 10 m (soft).
Term pair_term(const Problem& P, const Weights& W, const Place& a, const Place& b, int* walls = nullptr,
               double* dist = nullptr);
// A free bookable module with no free module across any of its walls.
bool isolated(const Problem& P, const std::vector<int32_t>& occ, int32_t cell);

// Pavilion spread: per hall, the moment of inertia of its booths about their centroid, from integer
// moments (decimetres) so that adding and removing booths gives exactly a fresh recomputation.
__extension__ typedef __int128 i128;
struct Moments
{
    int64_t m = 0, sx = 0, sy = 0; // modules, module-weighted centre sums
    i128 sq = 0;                   // module-weighted squared distances from the origin
    void add(const Problem& P, const Place& p, int sign);
    int64_t spread() const; // module-m² / 10
};

// Pavilion contiguity: area outside the largest part connected by walls or aisles. `mark` is
// scratch sized like P.ex; `epoch` is bumped. `component` (optional) gets each member's part root.
struct PavilionFacts
{
    int64_t split_m2 = 0;
    int64_t spread = 0;
    int32_t largest_root = -1;
};
int64_t pavilion_split(const Problem& P, int32_t pv, const std::vector<Place>& places, const std::vector<int32_t>& occ,
                       std::vector<uint32_t>& mark, uint32_t& epoch, std::vector<int32_t>* component = nullptr,
                       int32_t* largest_root = nullptr);
PavilionFacts pavilion_facts(const Problem& P, int32_t pv, const std::vector<Place>& places,
                             const std::vector<int32_t>& occ, std::vector<uint32_t>& mark, uint32_t& epoch,
                             std::vector<int32_t>* component = nullptr);
inline int64_t pavilion_cost(const Weights& W, int64_t split_m2, int64_t spread)
{
    return split_m2 * W.pavilion_split_per_m2 + spread * W.pavilion_spread;
}

// Sector spread: area outside its main hall (sectors with a zone pay per exhibitor instead).
int64_t sector_cost(const Problem& P, const Weights& W, int32_t s, const int64_t* hall_area);

// The full evaluation of evaluate(), on a problem already built.
Evaluation evaluate(const Problem& P, const Allocation& allocation, const Weights& W);

// The search's incremental state. try_move applies a change of up to 4 exhibitors and returns the
// new score; commit() keeps it, undo() restores the previous state exactly.
class State
{
  public:
    State(const Problem& P, const Weights& W, std::vector<Place> places);

    struct Change
    {
        int32_t e;
        Place to;
    };
    // False when a target does not fit (cells taken, not bookable or outside the region).
    bool try_move(const Change* changes, int n, Score& out);
    void commit();
    void undo();

    Score score() const { return to_score(total_); }
    const std::vector<Place>& places() const { return places_; }
    const std::vector<int32_t>& occ() const { return occ_; }
    const Problem& problem() const { return P_; }
    int unassigned() const;
    int pavilions_split() const;
    int64_t pavilion_split_m2(int32_t pv) const { return pav_split_[pv]; }

  private:
    const Problem& P_;
    const Weights& W_;
    std::vector<Place> places_;
    std::vector<int32_t> occ_;
    std::vector<Term> ex_term_;
    std::vector<int64_t> pav_cost_, pav_split_;
    std::vector<Moments> pav_mom_; // pavilions x halls
    std::vector<int64_t> pav_spread_;
    Moments& mom(int32_t pv, int32_t h) { return pav_mom_[static_cast<size_t>(pv) * static_cast<size_t>(P_.halls) + static_cast<size_t>(h)]; }
    std::vector<int64_t> sector_hall_; // sectors x halls, m²
    std::vector<int64_t> sector_cost_;
    Term total_;
    std::vector<uint32_t> mark_, cell_mark_;
    uint32_t epoch_ = 0, cell_epoch_ = 0;

    // Pending move.
    int n_ = 0;
    Change ch_[4];
    Place old_[4];
    Term new_ex_[4];
    int32_t pav_[4], sec_[4];
    int n_pav_ = 0, n_sec_ = 0;
    int64_t new_pav_cost_[4], new_pav_split_[4], new_sec_cost_[4];
    int64_t new_pav_spread_[4];
    int n_mom_[4];
    int32_t mom_hall_[4][8];
    Moments new_mom_[4][8];
    Term new_total_;
    std::vector<int32_t> cells_; // affected cells for isolated-module counting

    void remove(int32_t e);
    void place(int32_t e);
    void sector_add(int32_t e, const Place& p, int sign);
    Term pairs_of_changed() const;
    int64_t isolated_in_cells();
    int member_neighbours(int32_t pv, int32_t m, const Place& p, int32_t* out) const;
    bool still_connected(int32_t pv, const int32_t* near, int n_near);
    int near_[4];
    int32_t near_list_[4][8];
};

} // namespace bp::detail
