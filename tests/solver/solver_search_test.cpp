// The solver's search: incremental scores equal a full recomputation, a seed gives the same plan,
// cancel and progress work, and the plan beats the greedy baseline.
#include "solver/detail/construct.h"
#include "solver/detail/score.h"
#include "solver/detail/search.h"
#include "solver/solver.h"
#include "tests/solver/solver_fixture.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <thread>

using namespace bp;
using namespace bp::test;

namespace
{

Project medium_fair()
{
    Project p = make_fair({2, 3, 3, 8, 2}); // 2 halls x 9 blocks x 16 modules
    add_random_exhibitors(p, 170, 4, 11);
    return p;
}

} // namespace

TEST_CASE("delta scoring equals a full recomputation after thousands of random moves", "[solver]")
{
    Project p = medium_fair();
    // Previous booths and a sector zone make the stability and zone terms count too.
    p.sectors[1].zone = Region{HallId(1), rectangle({150, 0}, {200, 20})};
    Weights W;
    detail::AllocationProblem P = detail::build_problem(p);
    std::vector<bp::Wording> reasons;
    std::vector<detail::Place> start = detail::construct(P, reasons, nullptr);
    for (size_t e = 0; e < start.size(); e += 5)
        P.exhibitors[e].previous = start[e];
    detail::State S(P, W, start);
    REQUIRE(S.score() == detail::evaluate(P, detail::to_allocation(P, S.places()), W).score);
    detail::Rng rng(5);
    const int32_t E = int32_t(P.exhibitors.size());
    int tried = 0, applied = 0;
    for (int i = 0; i < 6000; ++i)
    {
        detail::State::Change ch[2];
        int n = 0;
        int32_t e = int32_t(rng.below(uint32_t(E))), f = int32_t(rng.below(uint32_t(E)));
        const detail::Place pe = S.places()[e], pf = S.places()[f];
        uint32_t kind = rng.below(4);
        if (kind == 0 && e != f && pe.assigned() && pf.assigned() && pe.rows == pf.rows && pe.cols == pf.cols)
        {
            ch[0] = {e, pf};
            ch[1] = {f, pe};
            n = 2;
        }
        else if (kind == 1 && pe.assigned())
        {
            ch[0] = {e, {}}; // unassign
            n = 1;
        }
        else
        {
            int32_t b = int32_t(rng.below(uint32_t(P.blocks.size())));
            detail::Shape s[4];
            int k = P.shapes(e, b, s);
            if (k == 0)
                continue;
            detail::Shape sh = s[rng.below(uint32_t(k))];
            ch[0] = {e, {b, int16_t(rng.below(uint32_t(P.blocks[b].rows - sh.rows + 1))), sh.rows,
                         int16_t(rng.below(uint32_t(P.blocks[b].modules - sh.cols + 1))), sh.cols}};
            n = 1;
        }
        if (P.exhibitors[e].locked || (n == 2 && P.exhibitors[f].locked))
            continue;
        Score predicted;
        ++tried;
        if (!S.try_move(ch, n, predicted))
            continue;
        if (rng.below(3) == 0)
            S.undo();
        else
        {
            S.commit();
            ++applied;
            REQUIRE(S.score() == predicted);
        }
        if (i % 50 == 0)
            REQUIRE(S.score() == detail::evaluate(P, detail::to_allocation(P, S.places()), W).score);
    }
    CHECK(applied > 1000);
    REQUIRE(S.score() == detail::evaluate(P, detail::to_allocation(P, S.places()), W).score);
}

TEST_CASE("the same seed gives the same allocation, on one thread and on two", "[solver]")
{
    Project p = medium_fair();
    for (int threads : {1, 2})
    {
        SolveOptions opt;
        opt.seed = 42;
        opt.threads = threads;
        SolveResult a = solve(p, opt), b = solve(p, opt);
        CHECK(a.allocation == b.allocation);
        CHECK(a.evaluation.score == b.evaluation.score);
        CHECK(a.stats.moves == b.stats.moves);
    }
    SolveOptions other;
    other.seed = 43;
    SolveOptions same;
    same.seed = 42;
    CHECK_FALSE(solve(p, other).allocation == solve(p, same).allocation);
}

TEST_CASE("cancel is honoured quickly and progress is reported", "[solver]")
{
    Project p = make_fair({6, 6, 4, 8, 2});
    add_random_exhibitors(p, 2000, 12, 3);
    std::atomic<bool> cancel{false};
    int calls = 0;
    SolveOptions opt;
    opt.effort = 1000; // far more than it can finish
    opt.cancel = &cancel;
    opt.progress = [&](const Progress&) { ++calls; };
    std::thread stopper([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(400));
        cancel = true;
    });
    auto t0 = std::chrono::steady_clock::now();
    SolveResult r = solve(p, opt);
    double waited = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    stopper.join();
    CHECK(r.status == SolveStatus::Cancelled);
    CHECK(waited < 2.0); // cancelled at 0.4 s; the rest is the final evaluation on a loaded machine
    CHECK(calls >= 2);
    // A cancelled solve still returns a usable plan: no hard violations from the construction.
    CHECK(r.evaluation.score.hard == 0);
}

TEST_CASE("the time limit stops the search", "[solver]")
{
    Project p = make_fair({4, 6, 4, 8, 2});
    add_random_exhibitors(p, 1200, 8, 9);
    SolveOptions opt;
    opt.effort = 1000;
    opt.time_limit_s = 0.3;
    SolveResult r = solve(p, opt);
    CHECK(r.status == SolveStatus::Feasible);
    CHECK(r.time_s < 3.0);
}

TEST_CASE("the solver beats the greedy baseline and keeps pavilions together", "[solver]")
{
    Project p = medium_fair();
    SolveResult r = solve(p);
    Evaluation g = evaluate(p, greedy_allocation(p));
    CHECK(r.evaluation.score > g.score);
    CHECK(r.evaluation.metrics.assigned >= g.metrics.assigned);
    CHECK(r.evaluation.metrics.pavilions_contiguous == r.evaluation.metrics.pavilions);
    CHECK(r.evaluation.metrics.preferences_met >= g.metrics.preferences_met);
}

TEST_CASE("delta scoring stays exact while one dense pavilion is shuffled", "[solver]")
{
    // Everyone in one pavilion in a nearly full hall: the pavilion is in one piece most of the time,
    // so the local connectivity check decides most moves and must agree with a full flood.
    Project p = make_fair({1, 2, 3, 8, 2});
    add_random_exhibitors(p, 40, 1, 21);
    for (Exhibitor& e : p.exhibitors)
        e.pavilion = PavilionId(0);
    Weights W;
    detail::AllocationProblem P = detail::build_problem(p);
    std::vector<bp::Wording> reasons;
    detail::State S(P, W, detail::construct(P, reasons, nullptr));
    detail::Rng rng(8);
    int contiguous_moves = 0;
    for (int i = 0; i < 4000; ++i)
    {
        int32_t e = int32_t(rng.below(uint32_t(P.exhibitors.size())));
        const detail::Place pe = S.places()[e];
        if (!pe.assigned())
            continue;
        int32_t b = pe.block + int32_t(rng.below(3)) - 1;
        if (b < 0 || b >= int32_t(P.blocks.size()))
            continue;
        detail::State::Change ch{e, {b, int16_t(rng.below(2)), 1, int16_t(rng.below(8)), 1}};
        detail::Shape s[4];
        if (P.shapes(e, b, s) == 0 || s[0].rows * s[0].cols != 1)
            continue;
        bool was_contiguous = S.pavilions_split() == 0;
        Score predicted;
        if (!S.try_move(&ch, 1, predicted))
            continue;
        S.commit();
        contiguous_moves += was_contiguous;
        REQUIRE(S.score() == detail::evaluate(P, detail::to_allocation(P, S.places()), W).score);
        if (S.pavilions_split() > 0) // step back to one piece (the first test covers split pavilions)
        {
            detail::State::Change back{e, pe};
            REQUIRE(S.try_move(&back, 1, predicted));
            S.commit();
            REQUIRE(S.score() == detail::evaluate(P, detail::to_allocation(P, S.places()), W).score);
        }
    }
    CHECK(contiguous_moves > 200);
}

TEST_CASE("an exhibitor left without a booth gets one where others make way, and nobody else loses theirs",
          "[solver]")
{
    // One block of 2 x 8 modules. Twelve one-module exhibitors leave four free modules, none next
    // to another (row 0, columns 0, 2, 4, 6): the four-module exhibitor fits nowhere as it stands.
    Project p = make_fair({1, 1, 1, 8, 2});
    for (int i = 0; i < 12; ++i)
        add_exhibitor(p, "S" + std::to_string(i), 9, i % 2);
    const ExhibitorId big = add_exhibitor(p, "BIG", 36);
    detail::AllocationProblem P = detail::build_problem(p);
    std::vector<detail::Place> start(P.exhibitors.size());
    int next = 0;
    for (int r = 0; r < 2; ++r)
        for (int c = 0; c < 8; ++c)
            if (r == 1 || c % 2 == 1)
                start[size_t(next++)] = detail::Place{0, int16_t(r), 1, int16_t(c), 1};
    REQUIRE(next == 12);
    Weights W;
    detail::State S(P, W, start);
    REQUIRE(S.unassigned() == 1);
    const Score before = S.score();

    detail::SearchControl control;
    control.deadline = detail::Clock::now() + std::chrono::seconds(10);
    CHECK(detail::repair_unassigned(S, control) == 1);
    CHECK(S.unassigned() == 0);
    CHECK(S.places()[size_t(big.index())].modules() == 4);
    CHECK(S.score() > before);
    CHECK(S.score() == detail::evaluate(P, detail::to_allocation(P, S.places()), W).score);

    SECTION("where the others have nowhere to go, nothing changes")
    {
        Project full = make_fair({1, 1, 1, 8, 2});
        for (int i = 0; i < 15; ++i)
            add_exhibitor(full, "S" + std::to_string(i), 9, i % 2);
        add_exhibitor(full, "BIG", 36);
        detail::AllocationProblem Q = detail::build_problem(full);
        std::vector<detail::Place> packed(Q.exhibitors.size());
        for (int i = 0; i < 15; ++i)
            packed[size_t(i)] = detail::Place{0, int16_t(i / 8), 1, int16_t(i % 8), 1};
        detail::State T(Q, W, packed);
        const std::vector<detail::Place> was = T.places();
        CHECK(detail::repair_unassigned(T, control) == 0);
        CHECK(T.places() == was);
    }
}

TEST_CASE("a block's booths are seated again in a better order that no single move or swap reaches", "[solver]")
{
    // One row of 16 modules, full, the entrance on the west wall: only modules 0-4 are within
    // 20 m of it. Three two-module booths stand there; the exhibitor who wants the entrance has a
    // one-module booth at the far end. No swap of one shape and no move into a free module helps:
    // it takes three booths of two shapes moving at once (B to module 4, A3 one further, a
    // neighbour to B's old booth).
    Project p = make_fair({1, 1, 1, 16, 1});
    p.venue.halls[0].doors[0].span = {{0, 4}, {0, 7}};
    std::vector<detail::Place> start;
    for (int i = 0; i < 3; ++i)
    {
        add_exhibitor(p, "A" + std::to_string(i + 1), 18);
        start.push_back(detail::Place{0, 0, 1, int16_t(2 * i), 2});
    }
    for (int c = 6; c < 15; ++c)
    {
        add_exhibitor(p, "S" + std::to_string(c), 9);
        start.push_back(detail::Place{0, 0, 1, int16_t(c), 1});
    }
    const ExhibitorId b = add_exhibitor(p, "B", 9);
    p.exhibitor(b).prefer.push_back({PreferenceKind::Entrance, {}});
    start.push_back(detail::Place{0, 0, 1, 15, 1});
    detail::AllocationProblem P = detail::build_problem(p);
    REQUIRE(detail::near_entrance(P, detail::Place{0, 0, 1, 4, 1}));
    REQUIRE_FALSE(detail::near_entrance(P, detail::Place{0, 0, 1, 6, 1}));
    Weights W;
    detail::State S(P, W, start);
    std::vector<int32_t> movers(P.exhibitors.size());
    for (size_t e = 0; e < movers.size(); ++e)
        movers[e] = int32_t(e);
    detail::SearchControl control;
    control.deadline = detail::Clock::now() + std::chrono::seconds(10);
    const Score before = S.score();
    detail::descend(S, movers, P.hall_open, control);
    REQUIRE(S.score() == before); // the descent finds nothing

    CHECK(detail::rearrange_blocks(S, movers, P.hall_open, control) == 1);
    CHECK(S.score() > before);
    CHECK(detail::near_entrance(P, S.places()[size_t(b.index())]));
    CHECK(S.unassigned() == 0);
    CHECK(S.score() == detail::evaluate(P, detail::to_allocation(P, S.places()), W).score);

    SECTION("once the best order is found, nothing changes")
    {
        const std::vector<detail::Place> was = S.places();
        CHECK(detail::rearrange_blocks(S, movers, P.hall_open, control) == 0);
        CHECK(S.places() == was);
    }
}
