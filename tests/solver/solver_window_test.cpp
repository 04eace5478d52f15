// The solver as the planner window runs it: on its own snapshot on a worker thread, publishing
// its best plan as it goes, returning one undoable edit, and re-allocating only part of a plan
// (one hall, a selection, one pavilion re-seated in its region). Subjects come as typed ids.
#include "layout/edit/edit.h"
#include "solver/solver.h"
#include "tests/solver/solver_fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <thread>

using namespace bp;
using namespace bp::test;

namespace
{

Project two_hall_fair()
{
    Project p = make_fair({2, 3, 3, 8, 2}); // 2 halls x 9 blocks x 16 modules
    add_random_exhibitors(p, 170, 4, 11);
    return p;
}

Project solved(Project p)
{
    SolveResult r = solve(p);
    apply_edit(p, r.edit);
    return p;
}

HallId hall_of(const Project& p, const Assignment& a)
{
    return a.booth ? p.block(a.booth->block).hall : HallId();
}

// True when a module of the booth has its centre inside the region.
bool touches(const Project& p, const BoothCells& b, const Region& region)
{
    for (int r = b.row; r < b.row + b.rows; ++r)
        for (int c = b.col; c < b.col + b.cols; ++c)
            if (p.block(b.block).hall == region.hall &&
                contains(region.polygon, centroid(footprint(p.block(b.block), {b.block, r, 1, c, 1}))))
                return true;
    return false;
}

} // namespace

TEST_CASE("a solve works on its own snapshot while the planner edits or closes the project", "[solver]")
{
    auto project = std::make_unique<Project>(two_hall_fair());
    const Project untouched = *project;
    SolveInput input(*project);
    SolveResult r;
    std::thread worker([&] { r = solve(input); });
    // The planner keeps editing, then closes the project, while the solve runs.
    project->exhibitors.clear();
    project->blocks.clear();
    project.reset();
    worker.join();
    REQUIRE(r.allocation.exhibitors.size() == untouched.exhibitors.size());
    CHECK(r.evaluation.score.hard == 0);
    SolveResult direct = solve(untouched);
    CHECK(direct.allocation == r.allocation);
}

TEST_CASE("the solve result is one undoable edit named Auto-allocate", "[solver]")
{
    Project p = two_hall_fair();
    const Project before = p;
    SolveResult r = solve(p);
    REQUIRE(std::holds_alternative<ReplaceBooths>(r.edit.variant()));
    CHECK(to_english(std::get<ReplaceBooths>(r.edit.variant()).label) == "Auto-allocate");
    EditHistory history;
    ChangeSet changed = history.apply(p, r.edit);
    CHECK(history.undo_label() == "Auto-allocate");
    CHECK_FALSE(changed.empty());
    CHECK(current_allocation(p) == r.allocation);
    for (const Booth& b : p.booths)
        if (b.exhibitor.valid())
            CHECK(b.number == booth_number(p.block(b.cells.block), b.cells));
    REQUIRE(history.undo(p));
    CHECK(p.booths.size() == before.booths.size());
    CHECK(current_allocation(p) == current_allocation(before));
    // apply_allocation makes the same edit.
    Project q = before;
    apply_allocation(q, r.allocation);
    CHECK(q.booths.size() == std::get<ReplaceBooths>(r.edit.variant()).booths.size());
    CHECK(current_allocation(q) == r.allocation);
}

TEST_CASE("progress publishes the best plan so far, phase by phase", "[solver]")
{
    Project p = make_fair({2, 4, 4, 8, 2});
    add_random_exhibitors(p, 400, 6, 4);
    std::vector<SolvePhase> phases;
    std::shared_ptr<const Allocation> last;
    bool complete_plans = true, scores_match = true;
    const Project snapshot = p;
    SolveOptions opt;
    opt.progress = [&](const Progress& pr)
    {
        phases.push_back(pr.phase);
        complete_plans &= pr.allocation && pr.allocation->exhibitors.size() == p.exhibitors.size();
        if (pr.allocation) // the score published is the score of the plan published
            scores_match &= evaluate(snapshot, *pr.allocation).score == pr.best;
        last = pr.allocation;
    };
    SolveResult r = solve(p, opt);
    REQUIRE(phases.size() >= 2);
    CHECK(phases.front() == SolvePhase::Construct);
    CHECK(phases.back() == SolvePhase::Done);
    for (size_t i = 1; i + 1 < phases.size(); ++i) // search and polish rounds in between
        CHECK((phases[i] == SolvePhase::Search || phases[i] == SolvePhase::Polish));
    CHECK(complete_plans);
    CHECK(scores_match);
    REQUIRE(last);
    CHECK(*last == r.allocation);
    CHECK(std::string(to_string(SolvePhase::Polish)) == "polish");
}

TEST_CASE("re-allocating one hall leaves every other hall as it was", "[solver]")
{
    Project p = solved(two_hall_fair());
    const Allocation before = current_allocation(p);
    SolveInput input(p, SolveScope{{HallId(1)}, {}, {}});
    SolveOptions opt;
    opt.seed = 9;
    SolveResult r = solve(input, opt);
    CHECK(r.evaluation.score.hard == 0);
    int moved_in_hall = 0;
    for (size_t e = 0; e < p.exhibitors.size(); ++e)
    {
        const Assignment &a = before.exhibitors[e], &b = r.allocation.exhibitors[e];
        if (hall_of(p, a) == HallId(0))
            CHECK(a.booth == b.booth);
        if (hall_of(p, a) == HallId(1))
        {
            CHECK(hall_of(p, b) == HallId(1));
            moved_in_hall += !(a.booth == b.booth);
        }
    }
    CHECK(r.evaluation.metrics.assigned >= int(std::count_if(before.exhibitors.begin(), before.exhibitors.end(),
                                                             [](const Assignment& a) { return a.booth.has_value(); })));
    (void)moved_in_hall;
}

TEST_CASE("only the selected exhibitors move", "[solver]")
{
    Project p = solved(two_hall_fair());
    const Allocation before = current_allocation(p);
    // The first five exhibitors withdraw from their booths and are re-placed; nobody else moves.
    std::vector<ExhibitorId> picked;
    std::vector<Booth> kept;
    for (int i = 0; i < 5; ++i)
        picked.push_back(ExhibitorId(i));
    for (const Booth& b : p.booths)
        if (!(b.exhibitor.valid() && b.exhibitor.value < 5))
            kept.push_back(b);
    p.booths = kept;
    SolveResult r = solve(SolveInput(p, SolveScope{{}, picked, {}}));
    CHECK(r.evaluation.score.hard == 0);
    for (size_t e = 5; e < p.exhibitors.size(); ++e)
        CHECK(before.exhibitors[e].booth == r.allocation.exhibitors[e].booth);
    for (ExhibitorId id : picked)
        CHECK(r.allocation.exhibitors[id.index()].booth.has_value());
}

TEST_CASE("a pavilion dragged to a new region is re-seated there, moving few others", "[solver]")
{
    Project p = make_fair({2, 3, 3, 8, 2});
    add_random_exhibitors(p, 150, 0, 17);
    PavilionId iran = add_pavilion(p, "Iran");
    std::vector<ExhibitorId> members;
    for (int i = 0; i < 12; ++i)
    {
        members.push_back(add_exhibitor(p, "IR" + std::to_string(i), i % 4 == 0 ? 18 : 9));
        p.exhibitor(members.back()).pavilion = iran;
    }
    p = solved(p);
    const Allocation before = current_allocation(p);
    // The planner drags the pavilion onto the top band of hall 1.1 (two blocks and a half).
    const Block& first = p.blocks[6];
    Region region{HallId(0), rectangle(first.origin - Vec2{0.5, 0.5}, first.origin + Vec2{28 + 28 + 12.5, 6.5})};
    apply_edit(p, PlacePavilion{iran, region});
    SolveInput input(p, SolveScope{{}, {}, iran});
    SolveResult r = solve(input);
    CHECK(r.evaluation.score.hard == 0);
    CHECK(r.evaluation.metrics.pavilions_contiguous == r.evaluation.metrics.pavilions);
    int others_moved = 0, others_in_region = 0;
    for (size_t e = 0; e < p.exhibitors.size(); ++e)
    {
        const Assignment& a = r.allocation.exhibitors[e];
        if (p.exhibitors[e].pavilion == iran)
        {
            REQUIRE(a.booth);
            for (Vec2 q : footprint(p.block(a.booth->block), *a.booth))
                CHECK(contains(region.polygon, q, 1e-6));
            continue;
        }
        const auto& was = before.exhibitors[e].booth;
        bool stood_in_region = was && touches(p, *was, region);
        others_in_region += stood_in_region;
        others_moved += !(was == a.booth);
        if (!stood_in_region)
            CHECK(was == a.booth); // only those in the way move
    }
    CHECK(others_moved <= others_in_region);
}

TEST_CASE("penalties name their subjects as typed ids beside the report strings", "[solver]")
{
    Project p = make_fair({1, 1, 1, 8, 2});
    add_exhibitor(p, "A", 9);
    add_exhibitor(p, "B", 18);
    p.exhibitors[0].competitors = {ExhibitorId(1)};
    Allocation a;
    a.exhibitors.resize(2);
    a.exhibitors[0].booth = BoothCells{BlockId(0), 0, 1, 0, 1};
    a.exhibitors[1].booth = BoothCells{BlockId(0), 0, 1, 1, 2};
    Evaluation ev = evaluate(p, a);
    auto wall = std::find_if(ev.violations.begin(), ev.violations.end(),
                             [](const Penalty& v) { return v.constraint == "competitor-wall"; });
    REQUIRE(wall != ev.violations.end());
    CHECK(wall->subjects == std::vector<std::string>{"exhibitor:A", "exhibitor:B", "booth:1.1A01", "booth:1.1A02-03"});
    CHECK(wall->ids.exhibitors == std::vector<ExhibitorId>{ExhibitorId(0), ExhibitorId(1)});
    REQUIRE(wall->ids.booths.size() == 2);
    // The booth ids are those of the plan once the allocation is written into the project.
    apply_allocation(p, a);
    CHECK(p.booth(wall->ids.booths[0]).number == "1.1A01");
    CHECK(p.booth(wall->ids.booths[1]).number == "1.1A02-03");
    CHECK(p.booth(wall->ids.booths[1]).exhibitor == ExhibitorId(1));
}
