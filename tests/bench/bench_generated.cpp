// Benchmark of allocation on fairs the solver has never seen (issue 12): generated fairs of 500 to
// 30,000 modules with a planted answer, each solved with a fixed time limit. Prints one line per
// fair and a table per size class: hard violations, exhibitors placed and pavilions whole against
// the planted answer, score against the planted score, and time to reach the planted score.
//
// Usage: bench_generated [--fairs N] [--first-seed N] [--time-limit S] [--threads N] [--class small|medium|large]
//                        [--save DIR]   (writes each fair, and the fair with its planted answer, as projects)
#include "layout/io/project_store.h"
#include "layout/samples/generated.h"
#include "solver/solver.h"
#include "tests/support/generated_support.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace
{

using Clock = std::chrono::steady_clock;

struct SizeClass
{
    const char* name;
    int lo, hi; // modules
    int share;  // of the fairs, in tenths
};
constexpr SizeClass kClasses[] = {{"small", 500, 2000, 4}, {"medium", 2000, 8000, 4}, {"large", 8000, 30000, 2}};

struct Row
{
    uint64_t seed = 0;
    const SizeClass* size = nullptr;
    int modules = 0, exhibitors = 0;
    bp::Evaluation planted, solved;
    double time_s = 0, target_s = -1, generate_s = 0;
    bp::SolveStatus status = bp::SolveStatus::Feasible;
    std::string summary, stop;
};

Row run_fair(uint64_t seed, const SizeClass& size, double limit_s, int threads, const char* save)
{
    Row row;
    row.seed = seed;
    row.size = &size;
    // Modules log-uniform in the class; halls so that a hall holds about 400 to 4,000 modules.
    double u = double((seed * 2654435761u) % 1000) / 1000.0;
    int modules = int(size.lo * std::pow(double(size.hi) / size.lo, u));
    int halls = std::clamp(int(std::lround(modules / 2500.0 + 0.5 + double(seed % 3))), 1, 8);
    auto t0 = Clock::now();
    bp::GeneratedFair fair = bp::make_generated_fair({seed, halls, 0, modules});
    row.generate_s = std::chrono::duration<double>(Clock::now() - t0).count();
    row.modules = fair.facts.modules;
    row.exhibitors = int(fair.project.exhibitors.size());
    row.summary = fair.facts.summary();
    row.planted = bp::evaluate(fair.project, bp::test::planted_allocation(fair));
    if (save) // the fair, and beside it the fair with its planted answer as booths
    {
        const std::string base = std::string(save) + "/generated-" + std::to_string(seed);
        bp::save_project(fair.project, base + ".boothplan");
        bp::Project answered = fair.project;
        bp::apply_allocation(answered, bp::test::planted_allocation(fair));
        bp::save_project(answered, base + "-planted.boothplan");
    }
    bp::SolveOptions opt;
    opt.seed = seed;
    opt.threads = threads;
    opt.time_limit_s = limit_s;
    opt.target = row.planted.score;
    bp::SolveResult r = bp::solve(fair.project, opt);
    row.solved = r.evaluation;
    row.time_s = r.time_s;
    row.target_s = r.stats.target_s;
    row.status = r.status;
    row.stop = bp::to_string(r.stats.stop);
    return row;
}

void print_row(const Row& r)
{
    const bp::Metrics &p = r.planted.metrics, &s = r.solved.metrics;
    std::printf(
        "%4llu %-6s %6d %6d | planted %lld/%lld/%lld, %d/%d whole | solver %lld/%lld/%lld, %d placed, %d/%d whole | "
        "%s %5.2f s (planted score at %s) stop: %s\n",
        (unsigned long long)r.seed, r.size->name, r.modules, r.exhibitors, (long long)r.planted.score.hard,
        (long long)r.planted.score.medium, (long long)r.planted.score.soft, p.pavilions_contiguous, p.pavilions,
        (long long)r.solved.score.hard, (long long)r.solved.score.medium, (long long)r.solved.score.soft, s.assigned,
        s.pavilions_contiguous, s.pavilions, r.solved.score >= r.planted.score ? ">=" : "< ", r.time_s,
        r.target_s >= 0 ? (std::to_string(r.target_s).substr(0, 5) + " s").c_str() : "never", r.stop.c_str());
    std::printf("     %s; generated in %.1f s\n", r.summary.c_str(), r.generate_s);
}

void print_table(const std::vector<Row>& rows)
{
    std::printf("\nclass    modules        fairs  zero-hard  placed>=planted  whole/planted-whole  score>=planted  "
                "planted-score time (median / max)  solve time (median / max)\n");
    for (const SizeClass& c : kClasses)
    {
        int n = 0, zero = 0, placed = 0, better = 0, whole = 0, planted_whole = 0, reached = 0;
        std::vector<double> t_target, t_solve;
        for (const Row& r : rows)
        {
            if (r.size != &c)
                continue;
            ++n;
            zero += r.solved.score.hard == 0;
            placed += r.solved.metrics.assigned >= r.planted.metrics.assigned;
            better += r.solved.score >= r.planted.score;
            whole += std::min(r.solved.metrics.pavilions_contiguous, r.planted.metrics.pavilions_contiguous);
            planted_whole += r.planted.metrics.pavilions_contiguous;
            if (r.target_s >= 0)
            {
                ++reached;
                t_target.push_back(r.target_s);
            }
            t_solve.push_back(r.time_s);
        }
        if (n == 0)
            continue;
        auto median = [](std::vector<double> v)
        {
            std::sort(v.begin(), v.end());
            return v.empty() ? -1.0 : v[v.size() / 2];
        };
        auto top = [](const std::vector<double>& v)
        { return v.empty() ? -1.0 : *std::max_element(v.begin(), v.end()); };
        std::printf("%-7s %6d-%-6d %5d  %5d/%-3d  %7d/%-3d      %7.1f%%            %6d/%-3d       %6.2f / %6.2f s (%d "
                    "reached)  %6.2f / %6.2f s\n",
                    c.name, c.lo, c.hi, n, zero, n, placed, n, planted_whole ? 100.0 * whole / planted_whole : 100.0,
                    better, n, median(t_target), top(t_target), reached, median(t_solve), top(t_solve));
    }
}

} // namespace

int main(int argc, char** argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    int fairs = 50, threads = 2;
    uint64_t first = 1;
    double limit = 20;
    const char* only = nullptr;
    const char* save = nullptr;
    for (int i = 1; i + 1 < argc; i += 2)
    {
        if (!std::strcmp(argv[i], "--fairs"))
            fairs = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--first-seed"))
            first = std::strtoull(argv[i + 1], nullptr, 10);
        else if (!std::strcmp(argv[i], "--time-limit"))
            limit = std::atof(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--threads"))
            threads = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--class"))
            only = argv[i + 1];
        else if (!std::strcmp(argv[i], "--save"))
            save = argv[i + 1];
    }
    std::printf("bench_generated: %d generated fairs from seed %llu, time limit %.0f s, %d thread(s)\n", fairs,
                (unsigned long long)first, limit, threads);
    std::printf("seed class  modules exhib. | planted hard/medium/soft, pavilions whole | solver ... | time\n");
    std::vector<Row> rows;
    for (int k = 0; k < fairs; ++k)
    {
        // Classes in turn by their shares (4 small, 4 medium, 2 large in every ten seeds): a seed
        // names one fair.
        static constexpr int kPattern[10] = {0, 1, 0, 1, 2, 0, 1, 0, 1, 2};
        const uint64_t seed = first + uint64_t(k);
        const SizeClass& c = kClasses[kPattern[(seed - 1) % 10]];
        if (only && std::strcmp(only, c.name))
            continue;
        rows.push_back(run_fair(seed, c, limit, threads, save));
        print_row(rows.back());
    }
    print_table(rows);
    return 0;
}
