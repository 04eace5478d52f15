// Auto-allocation in the window: on a worker, with progress, stoppable, and back as one undoable edit.
#include "app/window/document.h"
#include "app/window/solver_job.h"

#include "layout/grid/booth_grid.h"
#include "layout/samples/samples.h"
#include "tests/support/edit_support.h"

#include <catch2/catch.hpp>

#include <map>
#include <thread>

using namespace bp;
using namespace bp::win;

namespace
{

Project tiny()
{
    return test::tiny_with_grid();
}

int placed(const Project& p)
{
    int n = 0;
    for (const Booth& b : p.booths)
        n += b.exhibitor.valid();
    return n;
}

SolveOutcome run_to_end(SolverJob& job)
{
    job.join();
    std::optional<SolveOutcome> out = job.take_outcome();
    REQUIRE(out);
    return std::move(*out);
}

} // namespace

TEST_CASE("auto-allocation runs on a worker, reports progress and comes back as one undoable edit")
{
    Document d = Document::untitled(tiny(), "tiny");
    REQUIRE(placed(d.project()) == 0);
    SolverJob job;
    std::atomic<int> wakes{0};
    SolveSettings s;
    s.time_limit_s = 20;
    REQUIRE(job.start(d.project(), d.revision(), {}, s, [&] { ++wakes; }));
    CHECK_FALSE(job.start(d.project(), d.revision(), {}, s)); // one run at a time
    SolveOutcome out = run_to_end(job);
    CHECK_FALSE(job.running());
    CHECK(wakes > 0);
    SolveProgress pr = job.progress();
    CHECK(pr.phase == SolvePhase::Done);
    CHECK(pr.interim_serial > 0); // the best plan so far was published for the viewport
    CHECK(pr.interim != nullptr);
    CHECK_FALSE(pr.history.empty());
    CHECK(out.result.status == SolveStatus::Feasible);
    CHECK(out.stop_latency_s < 0);
    CHECK(d.project().booths.size() > 0);

    d.apply(std::move(out.result.edit));
    const int after = placed(d.project());
    CHECK(after == out.result.evaluation.metrics.assigned);
    CHECK(after > 50);
    CHECK(d.undo_label() == "Auto-allocate");
    ChangeSet c;
    REQUIRE(d.undo(c));
    CHECK(placed(d.project()) == 0);
    REQUIRE(d.redo(c));
    CHECK(placed(d.project()) == after);
    CHECK_FALSE(job.take_outcome()); // handed out once
}

TEST_CASE("Stop ends the run and hands back the best plan found so far")
{
    Project p = tiny();
    SolverJob job;
    SolveSettings s;
    s.time_limit_s = 60;
    REQUIRE(job.start(p, 0, {}, s));
    while (job.running() && job.progress().phase == SolvePhase::Construct)
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    job.stop();
    SolveOutcome out = run_to_end(job);
    if (out.result.status == SolveStatus::Cancelled) // a tiny fair may finish before Stop lands
    {
        CHECK(out.stop_latency_s >= 0);
        CHECK(to_english(std::get<ReplaceBooths>(out.result.edit.variant()).label) == "Auto-allocate (stopped)");
    }
    Project after = p;
    apply_edit(after, std::move(out.result.edit));
    CHECK(placed(after) == out.result.evaluation.metrics.assigned);
}

TEST_CASE("auto-allocating one hall moves nobody outside it")
{
    Project p = make_sample(SamplePreset::Cismef, 1);
    // Two halls of the CISMEF venue are enough to see the scope hold.
    p.venue.halls.resize(2);
    std::vector<Exhibitor> kept;
    for (const Exhibitor& x : p.exhibitors)
        if (kept.size() < 400 && !x.pavilion.valid())
            kept.push_back(x);
    for (Exhibitor& x : kept)
    {
        x.competitors.clear(); // ids into the list as it was
        x.locked_booth.clear();
    }
    p.exhibitors = kept;
    test::regrid(p);
    SolverJob job;
    SolveSettings s;
    s.time_limit_s = 20;
    // First the whole venue, then hall 1 again on its own.
    REQUIRE(job.start(p, 0, {}, s));
    SolveOutcome first = run_to_end(job);
    apply_edit(p, std::move(first.result.edit));
    std::map<std::string, ExhibitorId> outside;
    for (const Booth& b : p.booths)
        if (b.hall == HallId(1) && b.exhibitor.valid())
            outside[b.number] = b.exhibitor;
    REQUIRE_FALSE(outside.empty());
    s.seed = 7;
    SolveScope hall0;
    hall0.halls.push_back(HallId(0));
    REQUIRE(job.start(p, 1, hall0, s));
    SolveOutcome second = run_to_end(job);
    CHECK(to_english(std::get<ReplaceBooths>(second.result.edit.variant()).label) ==
          "Auto-allocate hall " + p.hall(HallId(0)).code);
    apply_edit(p, std::move(second.result.edit));
    for (const Booth& b : p.booths)
        if (b.hall == HallId(1) && b.exhibitor.valid())
        {
            auto it = outside.find(b.number);
            REQUIRE(it != outside.end());
            CHECK(it->second == b.exhibitor);
        }
    size_t still = 0;
    for (const Booth& b : p.booths)
        still += b.hall == HallId(1) && b.exhibitor.valid();
    CHECK(still == outside.size());
}

TEST_CASE("each kind of run is named on the undo stack")
{
    Project p = tiny();
    CHECK(to_english(solve_label(p, {})) == "Auto-allocate");
    SolveScope hall;
    hall.halls.push_back(HallId(0));
    CHECK(to_english(solve_label(p, hall)) == "Auto-allocate hall 1.1");
    SolveScope some;
    some.exhibitors.push_back(ExhibitorId(2));
    CHECK(to_english(solve_label(p, some)) == "Auto-allocate selection");
    SolveScope iran;
    iran.reseat = *p.find_pavilion("Iran");
    CHECK(to_english(solve_label(p, iran)) == "Re-seat pavilion Iran");
}
