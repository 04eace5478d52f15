// Benchmark of the allocation solver (issue 4): time to a plan with zero hard violations, everyone
// placed and every pavilion contiguous on the samples; moves per second; the greedy baseline side by
// side; and on small fairs the exact optimum from COIN-OR CBC (solver_exact.h).
//
// Usage: bench_solver [exact] [cismef] [reseat] [canton] [canton-x3] [cancel] [--threads N] [--seed N]
//                     [--time-limit S]   (each solve; default 60 s cismef, 30 s canton, 120 s canton-x3)
#include "layout/edit/edit.h"
#include "layout/grid/booth_grid.h"
#include "layout/samples/samples.h"
#include "solver/detail/construct.h"
#include "solver/detail/search.h"
#include "solver/solver.h"
#include "solver_exact.h"
#include "tests/support/edit_support.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <sys/resource.h>
#include <thread>
#include <vector>

namespace
{

using Clock = std::chrono::steady_clock;

double peak_rss_mb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0; // kilobytes on Linux
}

void row(const char* name, double a, double b, const char* better)
{
    std::printf("  %-28s %14.0f %14.0f   %s\n", name, a, b, better);
}

// The soft metrics of the solver and of the baseline, side by side (penalties: lower is better).
void compare(const bp::Evaluation& s, const bp::Evaluation& g)
{
    const bp::Metrics &a = s.metrics, &b = g.metrics;
    std::printf("  %-28s %14s %14s\n", "metric", "solver", "greedy");
    row("score.hard", double(s.score.hard), double(g.score.hard), "higher is better");
    row("score.medium", double(s.score.medium), double(g.score.medium), "higher is better");
    row("score.soft", double(s.score.soft), double(g.score.soft), "higher is better");
    row("assigned", a.assigned, b.assigned, "");
    row("pavilions contiguous", a.pavilions_contiguous, b.pavilions_contiguous, "");
    row("pavilion split penalty", double(a.pavilion_split), double(b.pavilion_split), "lower is better");
    row("pavilion spread penalty", double(a.pavilion_spread), double(b.pavilion_spread), "lower is better");
    row("sector spread penalty", double(a.sector_spread), double(b.sector_spread), "lower is better");
    row("preferences met", a.preferences_met, b.preferences_met, "");
    row("preference penalty", double(a.preference), double(b.preference), "lower is better");
    row("priority penalty", double(a.priority), double(b.priority), "lower is better");
    row("competitor pairs on a wall", a.competitor_adjacent_pairs, b.competitor_adjacent_pairs, "lower is better");
    row("competitor pairs < 10 m", a.competitor_near_pairs, b.competitor_near_pairs, "lower is better");
    row("competitor near penalty", double(a.competitor_near), double(b.competitor_near), "lower is better");
    row("isolated free modules", a.isolated_modules, b.isolated_modules, "lower is better");
    row("isolated penalty", double(a.isolated), double(b.isolated), "lower is better");
}

void run_preset(const char* name, bp::SamplePreset preset, uint64_t seed, int threads, double limit_s)
{
    auto t0 = Clock::now();
    bp::Project project = bp::make_sample(preset, seed);
    bp::GridReport grid = bp::test::regrid(project);
    double prep = std::chrono::duration<double>(Clock::now() - t0).count();
    double requested_modules = 0;
    for (const auto& e : project.exhibitors)
        requested_modules += e.area_m2 / 9.0;
    std::printf("\n== %s (seed %llu): %zu halls, %d bookable modules, %zu exhibitors, %zu pavilions, ~%.0f modules "
                "requested; sample+grid %.2f s\n",
                name, (unsigned long long)seed, project.venue.halls.size(), grid.modules(), project.exhibitors.size(),
                project.pavilions.size(), requested_modules, prep);

    bp::SolveOptions opt;
    opt.seed = seed;
    opt.threads = threads;
    opt.time_limit_s = limit_s;
    bp::SolveResult r = bp::solve(project, opt);
    const bp::Metrics& m = r.evaluation.metrics;
    std::printf("solver (%d thread%s): status %s, total %.2f s (construction %.2f s, search %.2f s)\n", threads,
                threads == 1 ? "" : "s", bp::to_string(r.status), r.time_s, r.stats.construct_s, r.stats.search_s);
    if (r.stats.goal_s >= 0)
        std::printf("  time to zero hard + all placed + pavilions contiguous: %.2f s\n", r.stats.goal_s);
    else
        std::printf("  goal (zero hard + all placed + pavilions contiguous) NOT reached: hard %lld, unassigned %d, "
                    "split pavilions %d\n",
                    (long long)-r.evaluation.score.hard, m.exhibitors - m.assigned,
                    m.pavilions - m.pavilions_contiguous);
    std::printf("  move evaluations: %lld, %.0f per second\n", (long long)r.stats.moves, r.stats.moves_per_s);
    std::printf("  search: %d rounds, stopped: %s\n", r.stats.rounds, bp::describe_stop(r.stats).c_str());
    std::printf("  fill rate %.3f, %d booths, peak memory %.0f MB\n", m.fill_rate, m.booths, peak_rss_mb());

    if (threads == 1)
    {
        // Raw move-evaluation rate: one thread of local search from the construction, no repairs.
        using namespace bp::detail;
        bp::Weights W;
        AllocationProblem P = build_problem(project);
        std::vector<bp::Wording> reasons;
        State S(P, W, construct(P, reasons, nullptr));
        std::vector<int32_t> movers;
        for (size_t e = 0; e < P.exhibitors.size(); ++e)
            if (!P.exhibitors[e].locked && S.places()[e].assigned())
                movers.push_back(int32_t(e));
        std::vector<uint8_t> halls(static_cast<size_t>(P.halls), 1);
        SearchControl c;
        c.iterations = 3000000;
        c.deadline = Clock::now() + std::chrono::seconds(60);
        auto m0 = Clock::now();
        SearchOutcome o = local_search(S, movers, halls, c);
        double ms = std::chrono::duration<double>(Clock::now() - m0).count();
        std::printf("  one-thread local search: %lld iterations, %lld scored moves in %.2f s: %.0f iterations/s, "
                    "%.0f move evaluations/s\n",
                    (long long)c.iterations, (long long)o.moves, ms, double(c.iterations) / ms, double(o.moves) / ms);
    }

    auto g0 = Clock::now();
    bp::Allocation greedy = bp::greedy_allocation(project);
    double gt = std::chrono::duration<double>(Clock::now() - g0).count();
    bp::Evaluation ge = bp::evaluate(project, greedy);
    std::printf("greedy baseline: %.2f s\n", gt);
    compare(r.evaluation, ge);
}

// Bookable modules of the project whose centre lies inside the region.
int modules_inside(const bp::Project& project, const bp::Region& region)
{
    int n = 0;
    for (const bp::Block& b : project.blocks)
        if (b.hall == region.hall)
            for (int r = 0; r < b.rows; ++r)
                for (int c = 0; c < b.modules; ++c)
                    n += b.cell(r, c) == bp::CellUse::Booth &&
                         bp::contains(region.polygon, bp::centroid(bp::footprint(b, {bp::BlockId(), r, 1, c, 1})));
    return n;
}

// The window's re-seat: the Iran pavilion (52 members on cismef; else the largest) of a solved fair
// is dragged onto a strip at the west end of its hall, just large enough for its members and 30 %
// shared space, and re-seated there.
void run_reseat(bp::SamplePreset preset, const char* name, uint64_t seed)
{
    bp::Project project = bp::make_sample(preset, seed);
    bp::test::regrid(project);
    bp::SolveOptions opt;
    opt.seed = seed;
    opt.threads = 2;
    bp::SolveResult first = bp::solve(project, opt);
    bp::apply_edit(project, first.edit);
    bp::PavilionId pav(0);
    for (size_t i = 1; i < project.pavilions.size(); ++i)
        if (project.members(bp::PavilionId(int32_t(i))).size() > project.members(pav).size())
            pav = bp::PavilionId(int32_t(i));
    if (auto iran = project.find_pavilion("Iran"))
        pav = *iran;
    const auto members = project.members(pav);
    double need = 0;
    bp::HallId hall;
    for (bp::ExhibitorId m : members)
    {
        need += std::max(9.0, project.exhibitor(m).area_m2) / 9.0;
        if (const auto& b = first.allocation.exhibitors[m.index()].booth)
            hall = project.block(b->block).hall;
    }
    bp::Box box = bp::bounds(project.hall(hall).outline);
    bp::Region region{hall, {}};
    for (double w = 6; w < box.max.x - box.min.x; w += 3)
    {
        region.polygon = bp::rectangle(box.min, {box.min.x + w, box.max.y});
        if (modules_inside(project, region) >= 1.3 * need)
            break;
    }
    bp::apply_edit(project, bp::PlacePavilion{pav, region});
    const bp::Allocation before = bp::current_allocation(project);
    auto t0 = Clock::now();
    bp::SolveResult r = bp::solve(bp::SolveInput(project, bp::SolveScope{{}, {}, pav}), opt);
    double s = std::chrono::duration<double>(Clock::now() - t0).count();
    int moved = 0;
    for (size_t e = 0; e < project.exhibitors.size(); ++e)
        moved +=
            project.exhibitors[e].pavilion != pav && !(before.exhibitors[e].booth == r.allocation.exhibitors[e].booth);
    int whole = 1;
    for (const bp::Penalty& v : r.evaluation.violations)
        whole &= !(v.constraint == "pavilion-split" && !v.ids.pavilions.empty() && v.ids.pavilions[0] == pav);
    std::printf("\n== re-seat on %s: pavilion %s (%zu members, ~%.0f modules) into a region of %d modules in hall %s: "
                "%.2f s (goal <= 1 s), %d other exhibitors moved, pavilion %s, hard %lld, %d of %d placed\n",
                name, project.pavilion(pav).name.c_str(), members.size(), need, modules_inside(project, region),
                project.hall(hall).code.c_str(), s, moved, whole ? "in one piece" : "SPLIT",
                (long long)r.evaluation.score.hard, r.evaluation.metrics.assigned, r.evaluation.metrics.exhibitors);
}

// How long solve() takes to return after the cancel flag is raised mid-search.
void run_cancel(bp::SamplePreset preset, const char* name, int after_ms)
{
    bp::Project project = bp::make_sample(preset, 1);
    bp::test::regrid(project);
    std::atomic<bool> cancel{false};
    bp::SolveOptions opt;
    opt.effort = 100; // far more than it can finish before the flag
    opt.threads = 2;
    opt.cancel = &cancel;
    Clock::time_point raised;
    std::thread raiser(
        [&]
        {
            std::this_thread::sleep_for(std::chrono::milliseconds(after_ms));
            raised = Clock::now();
            cancel = true;
        });
    bp::SolveResult r = bp::solve(project, opt);
    double ms = std::chrono::duration<double, std::milli>(Clock::now() - raised).count();
    raiser.join();
    std::printf("\n== cancel on %s: flag raised at %d ms, solve returned %.0f ms later (status %s, final evaluation "
                "included)\n",
                name, after_ms, ms, bp::to_string(r.status));
}

} // namespace

int main(int argc, char** argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // figures appear as they are measured, even into a file
    std::vector<std::string> what;
    int threads = 2;
    double time_limit = 0; // 0: each preset's own (60, 30, 120 s)
    uint64_t seed = 1;
    for (int i = 1; i < argc; ++i)
    {
        if (!std::strcmp(argv[i], "--time-limit") && i + 1 < argc)
        {
            time_limit = std::atof(argv[++i]);
            continue;
        }
        if (!std::strcmp(argv[i], "--threads") && i + 1 < argc)
            threads = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--seed") && i + 1 < argc)
            seed = std::strtoull(argv[++i], nullptr, 10);
        else
            what.push_back(argv[i]);
    }
    if (what.empty())
        what = {"exact", "cismef", "reseat", "canton", "canton-x3", "cancel"};
    for (const std::string& w : what)
    {
        if (w == "exact")
            bench::run_exact_comparison(seed);
        else if (w == "cismef")
        {
            run_preset("cismef", bp::SamplePreset::Cismef, seed, 1, time_limit > 0 ? time_limit : 60);
            run_preset("cismef", bp::SamplePreset::Cismef, seed, threads, time_limit > 0 ? time_limit : 60);
        }
        else if (w == "cancel")
        {
            run_cancel(bp::SamplePreset::Cismef, "cismef", 300);
            run_cancel(bp::SamplePreset::CantonX3, "canton-x3", 2000);
        }
        else if (w == "reseat")
            run_reseat(bp::SamplePreset::Cismef, "cismef", seed);
        else if (w == "canton")
            run_preset("canton", bp::SamplePreset::Canton, seed, threads, time_limit > 0 ? time_limit : 30);
        else if (w == "canton-x3")
            run_preset("canton-x3", bp::SamplePreset::CantonX3, seed, threads, time_limit > 0 ? time_limit : 120);
        else
            std::fprintf(stderr, "bench_solver: unknown part %s\n", w.c_str());
    }
    return 0;
}
