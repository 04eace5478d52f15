// The planted answer of a generated fair as an allocation the solver's evaluation reads, for the
// property test and the benchmark that compare the solver's plan with it.
#pragma once

#include "layout/samples/generated.h"
#include "solver/solver.h"

namespace bp::test
{

inline Allocation planted_allocation(const GeneratedFair& fair)
{
    Allocation a;
    a.exhibitors.resize(fair.planted.size());
    for (size_t e = 0; e < fair.planted.size(); ++e)
        a.exhibitors[e].booth = fair.planted[e];
    return a;
}

} // namespace bp::test
