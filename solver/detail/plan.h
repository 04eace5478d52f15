// The booths a plan gives the project, and the edit that writes them: what apply_allocation did
// before edits existed, now shared by the solve result, allocation_edit and the evaluation's
// typed booth subjects.
#pragma once

#include "solver/solver.h"

#include <cstdint>
#include <vector>

namespace bp::detail
{

// The planner's held and blocked booths kept, one booth per assigned exhibitor (Sold when it was
// sold there already, else Reserved), every other bookable module a booth of its own; in block,
// row, column order. `numbers` false leaves booth numbers empty (for ids only).
// Only the first `exhibitors` entries of the allocation count.
std::vector<Booth> plan_booths(const std::vector<Block>& grid, const std::vector<Booth>& before,
                               const Allocation& allocation, size_t exhibitors, bool numbers = true);

// Per cell of the grid (blocks in order, row-major): the index of the plan booth covering it, or -1.
std::vector<int32_t> booth_of_cells(const std::vector<Block>& grid, const std::vector<Booth>& booths);

// The "Auto-allocate" edit: the grid as it is and the plan's booths.
Edit plan_edit(const std::vector<Block>& grid, const std::vector<Booth>& before, const Allocation& allocation,
               size_t exhibitors);

} // namespace bp::detail
