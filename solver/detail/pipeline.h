// The solve pipeline behind solve(): construction, repairs and search rounds (pipeline.cpp).
#pragma once

#include "solver/solver.h"

namespace bp::detail
{

SolveResult run_pipeline(const SolveInput& input, const SolveOptions& options);

} // namespace bp::detail
