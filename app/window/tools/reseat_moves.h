// Who a re-seat moved (issue 11, part 2): the exhibitors whose booth is not where it was, members of
// the pavilion and others apart, for the count in the status bar and the highlight in the plan.
#pragma once

#include "layout/edit/edit.h"
#include "layout/model/model.h"

#include <vector>

namespace bp::win
{

struct ReseatMoves
{
    PavilionId pavilion;
    int members = 0;             // members now on another booth (or newly seated, or unseated)
    int others = 0;              // other exhibitors moved out of the way
    std::vector<BoothId> booths; // the movers' booths in the new plan (ids of `plan.booths`)
};

// Compares where every exhibitor stands in `before` with the plan (the solver's ReplaceBooths).
// An exhibitor has moved when the floor area it holds is not the same.
ReseatMoves reseat_moves(const Project& before, const ReplaceBooths& plan, PavilionId pavilion);

} // namespace bp::win
