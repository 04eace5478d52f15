// Seating a pavilion in one piece: free connected areas of a hall, and members seated one by one
// so that every booth touches the booths already seated (across a wall, a gap in a row or an
// aisle), growing outwards from a seed cell. Used by the construction and by the repair that
// re-seats a split pavilion whole.
#pragma once

#include "problem.h"

#include <memory>
#include <vector>

namespace bp::detail
{

// A connected set of free cells that pavilion pv may use (bookable, inside its region, in a hall
// the solve may use).
struct FreeArea
{
    int32_t hall = -1;
    int32_t seed = -1; // its cell first in the hall's serpentine order
    int64_t modules = 0;
    double area_m2 = 0;
};

// Every free area of the venue for pavilion pv, largest first.
std::vector<FreeArea> free_areas(const AllocationProblem& P, const std::vector<int32_t>& occupant, int32_t pv);

// Modules pavilion pv's members need (their smallest shapes), and that times its shared space.
int64_t pavilion_modules(const AllocationProblem& P, int32_t pv);
double pavilion_need_m2(const AllocationProblem& P, int32_t pv); // with shared space

// Seats `members` of pavilion pv growing from `seed`, or from beside its members already placed
// (pinned, outside the scope) when there are any: rivals inside the pavilion first, then
// larger booths first. With `evict`, booths may cover cells of movable non-members, who are
// unassigned and listed in `evicted` (fewest first: a place needing no eviction nearby wins).
// Returns the members it could not seat touching the others.
std::vector<int32_t> seat_pavilion(const AllocationProblem& P, int32_t pv, std::vector<int32_t> members, int32_t seed,
                                   bool evict, std::vector<Place>& places, std::vector<int32_t>& occupant,
                                   std::vector<int32_t>& evicted);

// A place for e in the hall of block `anchor`, searching outwards from it in serpentine order:
// anchor, anchor+1, anchor-1, ...; unassigned when the hall has no room.
Place place_near(const AllocationProblem& P, const std::vector<int32_t>& occupant, int32_t e, int32_t anchor);

// seat_pavilion one member at a time, so that several pavilions can grow side by side (those with
// members already placed, each around its own).
class PavilionSeating
{
public:
    PavilionSeating(const AllocationProblem& P, int32_t pv, std::vector<int32_t> members, int32_t seed, bool evict,
                    std::vector<Place>& places, std::vector<int32_t>& occupant, std::vector<int32_t>& evicted);
    ~PavilionSeating();
    PavilionSeating(PavilionSeating&&) noexcept;
    bool done() const { return next_ >= members_.size(); }
    double share_done() const { return members_.empty() ? 1.0 : double(next_) / double(members_.size()); }
    void seat_next();
    const std::vector<int32_t>& unseated() const { return unseated_; }

private:
    std::unique_ptr<class Seater> seater_;
    std::vector<int32_t> members_, unseated_;
    size_t next_ = 0;
};

// Why pavilion pv stands in pieces in this plan (`part`: each member's part, `main_part` the
// largest's), in order of what binds: no connected area in any hall holds it with its shared
// space; members pinned apart; competitor pairs inside it; otherwise only that it is split.
Wording pavilion_split_reason(const AllocationProblem& P, int32_t pv, const std::vector<Place>& places,
                              const std::vector<int32_t>& occupant, const std::vector<int32_t>& part,
                              int32_t main_part, int64_t split_m2);

// Marks (or clears, e = -1) the cells of p in `occupant`.
void occupy(const AllocationProblem& P, std::vector<int32_t>& occupant, int32_t e, const Place& p);

} // namespace bp::detail
