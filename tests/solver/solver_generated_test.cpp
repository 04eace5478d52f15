// Property test over small generated fairs (issue 12): each fair comes with a planted answer that
// meets every hard rule with every pavilion whole. On every fair the solver's plan must have zero
// hard violations (in its own score and in the project's checks once written back) and keep
// whole every pavilion the planted answer has whole. Same seed, same plan. (Exhibitors placed
// against the planted answer are measured by bench_generated: on a few fairs filled to 95 % the
// solver still leaves one or two unplaced.)
#include "layout/rules/checks.h"
#include "layout/samples/generated.h"
#include "solver/solver.h"
#include "tests/support/generated_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>

namespace
{

constexpr int kFairs = 200;

// Pavilions the evaluation reports as split.
std::set<int32_t> split_pavilions(const bp::Evaluation& ev)
{
    std::set<int32_t> out;
    for (const bp::Penalty& p : ev.violations)
        if (p.constraint == "pavilion-split")
            for (bp::PavilionId pv : p.ids.pavilions)
                out.insert(int32_t(pv.index()));
    return out;
}

// A small fair of one to three halls and 200 to 700 modules; the rest (shapes, columns, cores,
// pavilions, rivals, locks, fill) drawn from the seed.
bp::GeneratedFair small_fair(uint64_t seed)
{
    return bp::make_generated_fair({seed, 1 + int(seed % 3), 0, 200 + int((seed * 7919) % 500)});
}

bp::SolveOptions small_options(uint64_t seed)
{
    bp::SolveOptions opt;
    opt.seed = seed;
    opt.threads = 1;
    opt.time_limit_s = 120; // never reached on these sizes: the search ends by converging
    // Half the default effort of SolveOptions and the command line: at a quarter, one fair of the
    // 200 (seed 198, a pavilion with three pinned members far apart) converged with one pinned
    // member still apart once competitors facing across an aisle cost a strong soft penalty.
    opt.effort = 0.5;
    return opt;
}

// Solves fairs first..last and checks each; returns the pavilions they hold.
int check_fairs(uint64_t first, uint64_t last)
{
    int pavilions = 0;
    for (uint64_t seed = first; seed <= last; ++seed)
    {
        bp::GeneratedFair fair = small_fair(seed);
        const bp::Evaluation planted = bp::evaluate(fair.project, bp::test::planted_allocation(fair));
        REQUIRE(planted.score.hard == 0); // the generator's promise
        bp::SolveResult r = bp::solve(fair.project, small_options(seed));
        INFO("seed " << seed << ": " << fair.facts.summary() << "; stop: " << bp::describe_stop(r.stats));
        CHECK(r.evaluation.score.hard == 0);
        const std::set<int32_t> planted_split = split_pavilions(planted), solved_split = split_pavilions(r.evaluation);
        for (int32_t pv : solved_split)
        {
            INFO("pavilion " << fair.project.pavilions[size_t(pv)].name);
            CHECK(planted_split.count(pv) == 1);
        }
        bp::apply_edit(fair.project, r.edit);
        const bp::CheckReport report = bp::check_project(fair.project);
        for (const bp::Violation& v : report.violations)
            if (v.level == bp::ViolationLevel::Hard)
                FAIL_CHECK("check: " << v.rule << ": " << v.message);
        pavilions += int(fair.project.pavilions.size());
    }
    return pavilions;
}

} // namespace

// The 200 fairs in four cases of 50, so that each stays well inside a test's time limit under the
// sanitizers and ctest can run them side by side.
TEST_CASE("small generated fairs 1-50: no hard violation, every planted-whole pavilion whole")
{
    CHECK(check_fairs(1, kFairs / 4) > kFairs / 4); // the fairs have pavilions to keep whole
}

TEST_CASE("small generated fairs 51-100: no hard violation, every planted-whole pavilion whole")
{
    CHECK(check_fairs(kFairs / 4 + 1, kFairs / 2) > kFairs / 4);
}

TEST_CASE("small generated fairs 101-150: no hard violation, every planted-whole pavilion whole")
{
    CHECK(check_fairs(kFairs / 2 + 1, 3 * kFairs / 4) > kFairs / 4);
}

TEST_CASE("small generated fairs 151-200: no hard violation, every planted-whole pavilion whole")
{
    CHECK(check_fairs(3 * kFairs / 4 + 1, kFairs) > kFairs / 4);
}

TEST_CASE("a generated fair solves to the same plan for the same seed")
{
    for (uint64_t seed : {7u, 42u})
    {
        const bp::GeneratedFair fair = small_fair(seed);
        const bp::SolveResult a = bp::solve(fair.project, small_options(seed));
        const bp::SolveResult b = bp::solve(fair.project, small_options(seed));
        CHECK(a.allocation == b.allocation);
        CHECK(a.evaluation.score == b.evaluation.score);
    }
}
