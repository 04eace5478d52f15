// The solver's plans are edits like any other: a whole allocation, one hall re-allocated and a
// pavilion re-seated each undo exactly, and report what they changed as a diff of the project finds.
#include "layout/samples/samples.h"
#include "solver/solver.h"
#include "tests/support/change_check.h"
#include "tests/support/edit_support.h"

#include <catch2/catch.hpp>

using namespace bp;
using namespace bp::test;

namespace
{

SolveOptions quick(uint64_t seed)
{
    SolveOptions o;
    o.seed = seed;
    o.effort = 0.2;
    return o;
}

} // namespace

TEST_CASE("the solver's plans undo exactly and report what they changed", "[solver]")
{
    Project p = make_sample(SamplePreset::Tiny, 3);
    regrid(p);
    REQUIRE(!p.pavilions.empty());

    SECTION("an allocation of the whole fair, then one hall again, then one pavilion re-seated")
    {
        SolveResult whole = solve(p, quick(1));
        REQUIRE(whole.evaluation.metrics.assigned > 0);
        apply_undo_redo(p, whole.edit);

        SolveResult hall = solve(SolveInput(p, SolveScope{{HallId(0)}, {}, {}}), quick(2));
        apply_undo_redo(p, hall.edit);

        SolveResult reseat = solve(SolveInput(p, SolveScope{{}, {}, PavilionId(0)}), quick(3));
        apply_undo_redo(p, reseat.edit);
    }

    SECTION("the same plan applied again changes nothing and says so")
    {
        SolveResult r = solve(p, quick(1));
        apply_edit(p, r.edit);
        CHECK(apply_edit(p, r.edit).changed.empty());
    }
}
