// Construction of a first allocation, and the plain greedy baseline it is measured against.
#pragma once

#include "problem.h"

#include <atomic>
#include <string>
#include <vector>

namespace bp::detail
{

// Sectors and pavilions to halls, pavilion zones along each hall's serpentine block order, then
// first-fit decreasing inside each zone; exhibitors left over go wherever room remains. Locked
// exhibitors take their pins and those outside the solve's scope stay where they were.
// reasons[e] is set for every exhibitor left unassigned.
std::vector<Place> construct(const AllocationProblem& P, std::vector<Wording>& reasons,
                             const std::atomic<bool>* cancel);

// Places locked exhibitors on their booths; those whose booth cannot be kept get the reason.
void place_locks(const AllocationProblem& P, std::vector<int32_t>& occupant, std::vector<Place>& places,
                 std::vector<Wording>& reasons);

// Exhibitors in list order into blocks in index order, first fit; locks and regions respected.
std::vector<Place> greedy(const AllocationProblem& P, std::vector<Wording>& reasons);

// Finds the first place for e in block b at or after travel position `from` (0: the block's
// start in serpentine direction), ending earliest along the travel direction.
bool place_in_block(const AllocationProblem& P, int32_t e, int32_t b, int from, const std::vector<int32_t>& occupant,
                    Place& out);

// Why e cannot be placed anywhere whatever the others do, or nothing when some block could hold it.
Wording static_reason(const AllocationProblem& P, int32_t e);

} // namespace bp::detail
