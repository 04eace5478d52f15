// Why a pavilion stands in pieces, in the planner's words (issue 12): the room it needs against
// the largest connected area it could have had, members pinned apart, rivals kept apart inside it.
#include "seat.h"

#include <algorithm>

namespace bp::detail
{

Wording pavilion_split_reason(const AllocationProblem& P, int32_t pv, const std::vector<Place>& places,
                              const std::vector<int32_t>& occupant, const std::vector<int32_t>& part,
                              int32_t main_part, int64_t split_m2)
{
    const PavilionGroup& pav = P.pavilions[pv];
    const std::string apart = std::to_string(split_m2);
    // The room: free modules it may use plus its own, connected, in one hall.
    std::vector<int32_t> without = occupant;
    for (int32_t m : pav.members)
        if (places[m].assigned())
            for (int r = places[m].row; r < places[m].row + places[m].rows; ++r)
                for (int c = places[m].col; c < places[m].col + places[m].cols; ++c)
                    if (int32_t& u = without[P.cell(places[m].block, r, c)]; u == m)
                        u = -1;
    const std::vector<FreeArea> areas = free_areas(P, without, pv);
    const double need = pavilion_need_m2(P, pv);
    const double largest = areas.empty() ? 0 : areas.front().area_m2;
    if (largest < need)
        return {Says::PavilionSplitNoRoom,
                {pav.name, apart, wording_figure(need), wording_figure(largest),
                 areas.empty() ? std::string("-") : P.hall_code[areas.front().hall]}};
    // Members the planner pinned, standing apart from the main part.
    std::string pinned;
    int pins = 0;
    for (int32_t m : pav.members)
        if (P.exhibitors[m].locked && places[m].assigned() && part[m] != main_part && pins++ < 3)
            pinned += (pinned.empty() ? "" : ", ") + P.exhibitors[m].code + " (" + P.booth_number(places[m]) + ")";
    if (pins > 0)
        return {Says::PavilionSplitPinned, {pav.name, apart, pinned + (pins > 3 ? ", ..." : "")}};
    int rivals = 0;
    for (int32_t m : pav.members)
        for (int32_t c : P.exhibitors[m].competitors)
            rivals += c > m && P.exhibitors[c].pavilion == pv;
    if (rivals > 0)
        return {Says::PavilionSplitRivals, {pav.name, apart, std::to_string(rivals)}};
    return {Says::PavilionSplit, {pav.name, apart}};
}

} // namespace bp::detail
