// Scopes of a solve (SolveScope): exhibitors the scope does not let move are marked `fixed`
// and stay on their booths; halls it closes take no one new.
#pragma once

#include "problem.h"

namespace bp::detail
{

void apply_scope(AllocationProblem& P, const SolveScope& scope);

} // namespace bp::detail
