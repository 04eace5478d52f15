// The solver's hard rules, told as the planner's story: competitors never share a wall, pinned
// booths stay, a placed pavilion stays in its region, impossible requests come back with reasons.
#include "solver/solver.h"
#include "tests/solver/solver_fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>

using namespace bp;
using namespace bp::test;

namespace
{

bool share_wall(const BoothCells& a, const BoothCells& b)
{
    if (a.block != b.block)
        return false;
    for (int r = a.row; r < a.row + a.rows; ++r)
        for (int c = a.col; c < a.col + a.cols; ++c)
            for (auto [dr, dc] : {std::pair{0, 1}, {0, -1}, {1, 0}, {-1, 0}})
            {
                int rr = r + dr, cc = c + dc;
                if (rr >= b.row && rr < b.row + b.rows && cc >= b.col && cc < b.col + b.cols)
                    return true;
            }
    return false;
}

bool has(const Evaluation& ev, const std::string& constraint)
{
    return std::any_of(ev.violations.begin(), ev.violations.end(), [&](const Penalty& v) { return v.constraint == constraint; });
}

} // namespace

TEST_CASE("competitors never share a wall, even in a full block", "[solver]")
{
    Project p = make_fair({1, 1, 1, 8, 2}); // one block of 2 x 8 modules
    for (int i = 0; i < 16; ++i)
        add_exhibitor(p, "E" + std::to_string(i), 9);
    // Three mutual competitors plus one listed only on one side.
    p.exhibitors[0].competitors = {ExhibitorId(1), ExhibitorId(2)};
    p.exhibitors[1].competitors = {ExhibitorId(2)};
    p.exhibitors[5].competitors = {ExhibitorId(6)};
    for (uint64_t seed : {1, 2, 3})
    {
        SolveOptions opt;
        opt.seed = seed;
        SolveResult r = solve(p, opt);
        REQUIRE(r.status == SolveStatus::Feasible);
        REQUIRE(r.evaluation.score.hard == 0);
        REQUIRE(r.evaluation.metrics.assigned == 16);
        const auto& a = r.allocation.exhibitors;
        CHECK_FALSE(share_wall(*a[0].booth, *a[1].booth));
        CHECK_FALSE(share_wall(*a[0].booth, *a[2].booth));
        CHECK_FALSE(share_wall(*a[1].booth, *a[2].booth));
        CHECK_FALSE(share_wall(*a[5].booth, *a[6].booth));
    }
}

TEST_CASE("a hand-made plan with competitors side by side is graded hard and explained", "[solver]")
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
    CHECK(ev.score.hard == -1);
    REQUIRE(has(ev, "competitor-wall"));
    auto v = *std::find_if(ev.violations.begin(), ev.violations.end(), [](const Penalty& x) { return x.constraint == "competitor-wall"; });
    CHECK(v.level == PenaltyLevel::Hard);
    CHECK(std::find(v.subjects.begin(), v.subjects.end(), "exhibitor:A") != v.subjects.end());
    CHECK(std::find(v.subjects.begin(), v.subjects.end(), "booth:1.1A02-03") != v.subjects.end());
    CHECK(ev.metrics.competitor_adjacent_pairs == 1);
}

TEST_CASE("pinned booths are kept, single modules and runs alike", "[solver]")
{
    Project p = make_fair({1, 1, 2, 8, 2});
    add_random_exhibitors(p, 16, 0, 7);
    ExhibitorId one = add_exhibitor(p, "PIN1", 9), run = add_exhibitor(p, "PIN2", 18);
    p.exhibitor(one).locked_booth = "1.1A05";   // row 0, module 5
    p.exhibitor(run).locked_booth = "1.1A10-11"; // row 1, modules 2-3
    SolveResult r = solve(p);
    REQUIRE(r.evaluation.score.hard == 0);
    CHECK(*r.allocation.exhibitors[one.index()].booth == BoothCells{BlockId(0), 0, 1, 4, 1});
    CHECK(*r.allocation.exhibitors[run.index()].booth == BoothCells{BlockId(0), 1, 1, 1, 2});
    CHECK_FALSE(has(r.evaluation, "module-overlap"));

    SECTION("a pin to a booth that does not exist ends infeasible, with the reason")
    {
        p.exhibitor(one).locked_booth = "9.9Z99";
        SolveResult bad = solve(p);
        CHECK(bad.status == SolveStatus::Infeasible);
        CHECK_FALSE(bad.allocation.exhibitors[one.index()].booth);
        CHECK(to_english(bad.allocation.exhibitors[one.index()].reason).find("does not exist") != std::string::npos);
        CHECK(has(bad.evaluation, "locked-booth"));
    }
}

TEST_CASE("members of a planner-placed pavilion stay inside its region", "[solver]")
{
    Project p = make_fair({1, 2, 3, 8, 2});
    add_random_exhibitors(p, 40, 0, 3);
    PavilionId iran = add_pavilion(p, "Iran");
    // The region covers the middle block of band 0 and its right neighbour's first half.
    const Block& mid = p.blocks[1];
    Vec2 lo = mid.origin - Vec2{0.5, 0.5}, hi = mid.origin + Vec2{24 + 4 + 12 + 0.5, 6.5};
    p.pavilions[iran.index()].placed = Region{HallId(0), rectangle(lo, hi)};
    std::vector<ExhibitorId> members;
    for (int i = 0; i < 10; ++i)
    {
        members.push_back(add_exhibitor(p, "IR" + std::to_string(i), i % 3 == 0 ? 18 : 9));
        p.exhibitor(members.back()).pavilion = iran;
    }
    SolveResult r = solve(p);
    REQUIRE(r.evaluation.score.hard == 0);
    for (ExhibitorId m : members)
    {
        const auto& a = r.allocation.exhibitors[m.index()];
        REQUIRE(a.booth);
        for (Vec2 q : footprint(p.block(a.booth->block), *a.booth))
            CHECK(contains(p.pavilions[iran.index()].placed->polygon, q, 1e-6));
    }
    CHECK_FALSE(has(r.evaluation, "pavilion-region"));
    CHECK_FALSE(has(r.evaluation, "pavilion-split"));

    SECTION("a region too small leaves the rest unassigned with the reason")
    {
        p.pavilions[iran.index()].placed = Region{HallId(0), rectangle(mid.origin, mid.origin + Vec2{6, 3})}; // 2 modules
        SolveResult small = solve(p);
        CHECK(small.evaluation.score.hard == 0);
        int out = 0;
        for (ExhibitorId m : members)
            if (!small.allocation.exhibitors[m.index()].booth)
            {
                ++out;
                const Wording& why = small.allocation.exhibitors[m.index()].reason;
                CHECK(why.says == Says::NoRoomInRegion);
                CHECK(to_english(why).find("region of pavilion Iran") != std::string::npos);
            }
        CHECK(out >= 8);
    }
}

TEST_CASE("impossible requests come back unassigned with their reason", "[solver]")
{
    Project p = make_fair({1, 1, 1, 8, 2});
    ExhibitorId huge = add_exhibitor(p, "X0042", 400);
    p.exhibitor(huge).booth_kind = BoothKind::Raw;
    for (int i = 0; i < 20; ++i) // 20 single modules for 16 cells
        add_exhibitor(p, "S" + std::to_string(i), 9);
    SolveResult r = solve(p);
    CHECK(r.status == SolveStatus::Feasible);
    CHECK(r.evaluation.score.hard == 0);
    CHECK(r.allocation.exhibitors[huge.index()].reason == Wording{Says::NoBlockForRaw, {"X0042", "400"}});
    CHECK(to_english(r.allocation.exhibitors[huge.index()].reason) == "X0042: 400 m² of raw space: no block can hold it");
    int full = 0;
    for (const Assignment& a : r.allocation.exhibitors)
        full += !a.booth && to_english(a.reason).find("the venue is full") != std::string::npos;
    CHECK(full == 4);
    CHECK(r.evaluation.metrics.assigned == 16);
    CHECK(r.evaluation.score.medium < 0);
}

TEST_CASE("raw space gets at least 36 m² and a rectangle", "[solver]")
{
    Project p = make_fair({1, 1, 1, 6, 2});
    ExhibitorId small = add_exhibitor(p, "R1", 20), odd = add_exhibitor(p, "R2", 60);
    p.exhibitor(small).booth_kind = BoothKind::Raw;
    p.exhibitor(odd).booth_kind = BoothKind::Raw;
    SolveResult r = solve(p);
    REQUIRE(r.evaluation.score.hard == 0);
    CHECK(booth_area(p.blocks[0], *r.allocation.exhibitors[small.index()].booth) == 36);
    // 60 m² is 7 modules: no rectangle in a 2 x 6 block, so the smallest one above it (2 x 4).
    CHECK(booth_area(p.blocks[0], *r.allocation.exhibitors[odd.index()].booth) == 72);
}

TEST_CASE("a hand-made plan over a column or overlapping is graded per module", "[solver]")
{
    Project p = make_fair({1, 1, 1, 8, 2});
    p.blocks[0].cells[3] = CellUse::Column;
    add_exhibitor(p, "A", 18);
    add_exhibitor(p, "B", 18);
    Allocation a;
    a.exhibitors.resize(2);
    a.exhibitors[0].booth = BoothCells{BlockId(0), 0, 1, 2, 2}; // covers the column
    a.exhibitors[1].booth = BoothCells{BlockId(0), 0, 1, 1, 2}; // overlaps A by one module
    Evaluation ev = evaluate(p, a);
    CHECK(has(ev, "non-booth-cell"));
    CHECK(has(ev, "module-overlap"));
    CHECK(ev.score.hard <= -2);
}

TEST_CASE("applying an allocation merges modules into numbered booths", "[solver]")
{
    Project p = make_fair({1, 1, 1, 8, 2});
    add_exhibitor(p, "A", 18);
    add_exhibitor(p, "B", 9);
    Booth held;
    held.number = "1.1A08";
    held.hall = HallId(0);
    held.cells = {BlockId(0), 0, 1, 7, 1};
    held.status = BoothStatus::Held;
    p.booths.push_back(held);
    Allocation a;
    a.exhibitors.resize(2);
    a.exhibitors[0].booth = BoothCells{BlockId(0), 0, 1, 2, 2};
    a.exhibitors[1].booth = BoothCells{BlockId(0), 1, 1, 0, 1};
    apply_allocation(p, a);
    auto a_booth = p.find_booth("1.1A03-04");
    REQUIRE(a_booth);
    CHECK(p.booth(*a_booth).exhibitor == ExhibitorId(0));
    CHECK(p.booth(*a_booth).status == BoothStatus::Reserved);
    REQUIRE(p.find_booth("1.1A08"));
    CHECK(p.booth(*p.find_booth("1.1A08")).status == BoothStatus::Held);
    CHECK(p.booths.size() == 1 + 1 + 1 + (16 - 4)); // A, B, the hold, 12 free modules
    CHECK(current_allocation(p) == a);
    // The held module is not for the solver.
    SolveResult r = solve(p);
    for (const Assignment& x : r.allocation.exhibitors)
        CHECK_FALSE((x.booth->row == 0 && x.booth->col <= 7 && x.booth->col + x.booth->cols > 7));
}

TEST_CASE("the planner can ask why an exhibitor stands where it does", "[solver]")
{
    Project p = make_fair({1, 1, 1, 8, 2});
    ExhibitorId a = add_exhibitor(p, "A", 9);
    p.exhibitor(a).prefer.push_back({PreferenceKind::Island, {}});
    SolveResult r = solve(p);
    auto lines = explain_exhibitor(p, r.evaluation, r.allocation, a);
    REQUIRE(lines.size() >= 2);
    CHECK(lines[0].find("A stands at booth 1.1") == 0);
    CHECK(std::any_of(lines.begin(), lines.end(), [](const std::string& l) { return l.find("preference-unmet") != std::string::npos; }));
}

TEST_CASE("re-solving after one exhibitor withdraws moves almost nobody", "[solver]")
{
    Project p = make_fair({1, 3, 3, 8, 2});
    add_random_exhibitors(p, 60, 2, 5);
    SolveResult first = solve(p);
    apply_allocation(p, first.allocation);
    // X0001 withdraws: its booth becomes free, everybody else keeps theirs.
    p.exhibitors[0].area_m2 = 9;
    p.exhibitors[0].locked_booth.clear();
    std::vector<Booth> kept;
    for (const Booth& b : p.booths)
        if (b.exhibitor != ExhibitorId(0))
            kept.push_back(b);
    p.booths = kept;
    SolveResult again = solve(p);
    CHECK(again.evaluation.score.hard == 0);
    int moved = 0;
    for (size_t e = 1; e < p.exhibitors.size(); ++e)
        moved += !(first.allocation.exhibitors[e].booth == again.allocation.exhibitors[e].booth);
    CHECK(moved <= 2);
    CHECK(again.evaluation.metrics.moved == moved);
}

TEST_CASE("competitors facing each other across an aisle: avoided, forbidden or allowed as the venue says", "[solver]")
{
    Project p = make_fair({1, 2, 1, 8, 1}); // two single rows of 8 modules facing across a 4 m aisle
    add_exhibitor(p, "A", 9);
    add_exhibitor(p, "B", 9);
    p.exhibitors[0].competitors = {ExhibitorId(1)};
    Allocation a;
    a.exhibitors.resize(2);
    a.exhibitors[0].booth = BoothCells{BlockId(0), 0, 1, 3, 1};
    a.exhibitors[1].booth = BoothCells{BlockId(1), 0, 1, 3, 1}; // straight across
    auto facing = [&](const Evaluation& ev)
    {
        auto v = std::find_if(ev.violations.begin(), ev.violations.end(),
                              [](const Penalty& x) { return x.constraint == "competitor-facing"; });
        return v == ev.violations.end() ? std::optional<Penalty>() : std::optional<Penalty>(*v);
    };

    Evaluation avoid = evaluate(p, a);
    CHECK(avoid.score.hard == 0);
    CHECK(avoid.metrics.competitor_facing_pairs == 1);
    REQUIRE(facing(avoid));
    CHECK(facing(avoid)->level == PenaltyLevel::Soft);
    CHECK(facing(avoid)->penalty == Weights{}.competitor_facing);
    CHECK(facing(avoid)->message == "A and its competitor B face each other across the aisle (booths 1.1A04 and 1.1B04)");
    CHECK(has(avoid, "competitor-near")); // 4 m apart: also near, paid apart from facing

    SECTION("a diagonal pair is near but does not face")
    {
        a.exhibitors[1].booth = BoothCells{BlockId(1), 0, 1, 4, 1};
        Evaluation diagonal = evaluate(p, a);
        CHECK_FALSE(facing(diagonal));
        CHECK(diagonal.metrics.competitor_facing_pairs == 0);
        CHECK(has(diagonal, "competitor-near"));
    }
    SECTION("forbid makes it hard, allow lets it be")
    {
        p.venue.rules.competitors_facing = CompetitorsFacing::Forbid;
        Evaluation forbid = evaluate(p, a);
        CHECK(forbid.score.hard == -1);
        REQUIRE(facing(forbid));
        CHECK(facing(forbid)->level == PenaltyLevel::Hard);
        p.venue.rules.competitors_facing = CompetitorsFacing::Allow;
        Evaluation allow = evaluate(p, a);
        CHECK_FALSE(facing(allow));
        CHECK(allow.score.soft > avoid.score.soft);
    }
}

TEST_CASE("the solver seats rivals so that none face each other when the rows leave room", "[solver]")
{
    // 16 modules in two facing rows, 16 exhibitors of whom 8 are mutual rivals: only the
    // checkerboard keeps every pair off a wall and out of each other's sight across the aisle (with
    // free modules left over, a plan could trade a facing pair for fewer isolated free modules).
    for (CompetitorsFacing rule : {CompetitorsFacing::Avoid, CompetitorsFacing::Forbid})
        for (uint64_t seed : {1, 2, 3})
        {
            Project p = make_fair({1, 2, 1, 8, 1});
            p.venue.rules.competitors_facing = rule;
            for (int i = 0; i < 16; ++i)
                add_exhibitor(p, "E" + std::to_string(i), 9, i < 8 ? 0 : 1);
            for (int i = 0; i < 8; ++i)
                for (int j = 0; j < 8; ++j)
                    if (i != j)
                        p.exhibitors[size_t(i)].competitors.push_back(ExhibitorId(j));
            SolveOptions opt;
            opt.seed = seed;
            SolveResult r = solve(p, opt);
            CAPTURE(seed, int(rule));
            CHECK(r.evaluation.score.hard == 0);
            CHECK(r.evaluation.metrics.assigned == 16);
            CHECK(r.evaluation.metrics.competitor_facing_pairs == 0);
            CHECK(r.evaluation.metrics.competitor_adjacent_pairs == 0);
        }
}

TEST_CASE("a split pavilion says what binds it: no room, pinned members apart, or rivals inside", "[solver]")
{
    auto split_message = [](const Evaluation& ev)
    {
        for (const Penalty& v : ev.violations)
            if (v.constraint == "pavilion-split")
                return v.message;
        return std::string();
    };
    SECTION("no hall holds it")
    {
        Project p = make_fair({2, 1, 1, 8, 2}); // two halls of one 2 x 8 block: 144 m² each
        PavilionId pv = add_pavilion(p, "Guangdong Delegation");
        for (int i = 0; i < 20; ++i)
            p.exhibitor(add_exhibitor(p, "G" + std::to_string(i), 9)).pavilion = pv;
        SolveResult r = solve(p);
        CHECK(r.evaluation.metrics.assigned == 20);
        CHECK(split_message(r.evaluation) ==
              "pavilion Guangdong Delegation split (36 m² apart): needs 180 m² with shared space; the largest free "
              "connected area in any hall is 144 m² (hall 1.1)");
    }
    SECTION("pinned members apart")
    {
        Project p = make_fair({1, 1, 1, 8, 2});
        PavilionId pv = add_pavilion(p, "Iran");
        for (int i = 0; i < 4; ++i)
            p.exhibitor(add_exhibitor(p, "I" + std::to_string(i), 9)).pavilion = pv;
        p.exhibitors[0].locked_booth = "1.1A01";
        p.exhibitors[1].locked_booth = "1.1A08";
        Allocation a;
        a.exhibitors.resize(4);
        a.exhibitors[0].booth = BoothCells{BlockId(0), 0, 1, 0, 1};
        a.exhibitors[1].booth = BoothCells{BlockId(0), 0, 1, 7, 1};
        a.exhibitors[2].booth = BoothCells{BlockId(0), 0, 1, 1, 1};
        a.exhibitors[3].booth = BoothCells{BlockId(0), 0, 1, 2, 1};
        CHECK(split_message(evaluate(p, a)) ==
              "pavilion Iran split (9 m² apart): pinned booths stand apart from the rest: I1 (1.1A08)");
    }
    SECTION("rivals inside, room enough")
    {
        Project p = make_fair({1, 1, 1, 8, 2});
        PavilionId pv = add_pavilion(p, "Vietnam");
        for (int i = 0; i < 3; ++i)
            p.exhibitor(add_exhibitor(p, "V" + std::to_string(i), 9)).pavilion = pv;
        p.exhibitors[0].competitors = {ExhibitorId(1)};
        Allocation a;
        a.exhibitors.resize(3);
        a.exhibitors[0].booth = BoothCells{BlockId(0), 0, 1, 0, 1};
        a.exhibitors[1].booth = BoothCells{BlockId(0), 0, 1, 6, 1};
        a.exhibitors[2].booth = BoothCells{BlockId(0), 0, 1, 1, 1};
        CHECK(split_message(evaluate(p, a)) ==
              "pavilion Vietnam split (9 m² apart): no whole place found that keeps its 1 competitor pair(s) apart");
    }
}
