// Exact comparison for bench_solver: a small fair (<= 300 modules, <= 8 pavilions) as a 0-1 model
// solved to optimality by COIN-OR CBC, next to the solver's result within 1 s.
//
// The model holds the part of the score that is linear in "exhibitor e takes booth p": unassigned
// area (medium), preferences and priority booth quality (soft), with competitors never sharing a
// wall as constraints. The solver runs with the other soft weights at 0 so both optimise the same
// objective.
#pragma once

#include "solver/detail/score.h"
#include "solver/solver.h"
#include "tests/solver/solver_fixture.h"

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

#ifdef BOOTHPLAN_HAVE_CBC
#include <CbcModel.hpp>
#include <CoinPackedMatrix.hpp>
#include <OsiClpSolverInterface.hpp>
#endif

namespace bench
{

#ifdef BOOTHPLAN_HAVE_CBC

struct ExactResult
{
    bool optimal = false;
    bp::Score score; // of the optimal plan, in the solver's terms
    double time_s = 0;
    int columns = 0, rows = 0;
};

// `start` (optional) seeds CBC with a known plan; the optimum is still proven by CBC.
inline ExactResult solve_exact(const bp::Project& project, const bp::Weights& W, double limit_s,
                               const bp::Allocation* start = nullptr)
{
    using namespace bp::detail;
    ExactResult out;
    AllocationProblem P = build_problem(project);
    const int E = int(P.exhibitors.size());
    std::vector<int> col_ex;
    std::vector<Place> col_place;
    std::vector<double> obj;
    std::vector<double> unassigned_medium(static_cast<size_t>(E));
    // cover[e][cell]: columns of e that cover the cell (kept for competitors only).
    std::vector<std::vector<std::vector<int>>> cover(static_cast<size_t>(E));
    std::vector<std::vector<int>> cell_cols(static_cast<size_t>(P.cells())), ex_cols(static_cast<size_t>(E));
    std::vector<int64_t> soft_max(static_cast<size_t>(E), 0);
    std::vector<int> no_occ(static_cast<size_t>(P.cells()), -1);
    for (int e = 0; e < E; ++e)
    {
        unassigned_medium[e] = double(exhibitor_term(P, W, e, Place{}).medium);
        if (!P.exhibitors[e].competitors.empty())
            cover[e].resize(static_cast<size_t>(P.cells()));
        for (int b = 0; b < int(P.blocks.size()); ++b)
        {
            Shape s[4];
            for (int k = 0, n = P.shapes(e, b, s); k < n; ++k)
                for (int r = 0; r + s[k].rows <= P.blocks[b].rows; ++r)
                    for (int c = 0; c + s[k].cols <= P.blocks[b].modules; ++c)
                    {
                        Place p{b, int16_t(r), s[k].rows, int16_t(c), s[k].cols};
                        if (P.exhibitors[e].locked ? !(p == P.exhibitors[e].lock) : !P.fits(e, p, no_occ))
                            continue;
                        int col = int(col_ex.size());
                        col_ex.push_back(e);
                        col_place.push_back(p);
                        Term t = exhibitor_term(P, W, e, p);
                        obj.push_back(double(t.soft)); // the medium and hard parts are 0 for a valid place
                        soft_max[e] = std::max(soft_max[e], t.soft);
                        ex_cols[e].push_back(col);
                        for (int rr = r; rr < r + s[k].rows; ++rr)
                            for (int cc = c; cc < c + s[k].cols; ++cc)
                            {
                                int u = P.cell(b, rr, cc);
                                cell_cols[u].push_back(col);
                                if (!cover[e].empty())
                                    cover[e][u].push_back(col);
                            }
                    }
        }
    }
    // Lexicographic: one m² of medium outweighs every soft penalty together.
    double big = 1;
    for (int e = 0; e < E; ++e)
        big += double(soft_max[e]);
    double constant = 0;
    for (int c = 0; c < int(obj.size()); ++c)
        obj[c] -= unassigned_medium[col_ex[c]] * big; // taking a booth saves the unassigned cost
    for (int e = 0; e < E; ++e)
        constant += unassigned_medium[e] * big;

    CoinPackedMatrix m(false, 0, 0);
    m.setDimensions(0, int(obj.size()));
    std::vector<double> row_lo, row_hi;
    auto add_row = [&](const std::vector<int>& idx) {
        std::vector<double> ones(idx.size(), 1.0);
        m.appendRow(int(idx.size()), idx.data(), ones.data());
        row_lo.push_back(0);
        row_hi.push_back(1);
    };
    for (int e = 0; e < E; ++e) // one booth at most
        if (!ex_cols[e].empty())
            add_row(ex_cols[e]);
    for (const auto& cols : cell_cols) // a module used once
        if (cols.size() > 1)
            add_row(cols);
    for (int a = 0; a < E; ++a) // competitors never on the two sides of one wall
        for (int b : P.exhibitors[a].competitors)
        {
            if (b <= a)
                continue;
            for (int u = 0; u < P.cells(); ++u)
                for (int k = P.neighbour_start[u]; k < P.neighbour_start[u + 1]; ++k)
                {
                    int v = P.neighbour[k];
                    if (!P.neighbour_wall[k] || cover[a][u].empty() || cover[b][v].empty())
                        continue;
                    std::vector<int> idx = cover[a][u];
                    idx.insert(idx.end(), cover[b][v].begin(), cover[b][v].end());
                    add_row(idx);
                }
        }
    std::vector<double> col_lo(obj.size(), 0), col_hi(obj.size(), 1);
    OsiClpSolverInterface lp;
    lp.loadProblem(m, col_lo.data(), col_hi.data(), obj.data(), row_lo.data(), row_hi.data());
    for (int c = 0; c < int(obj.size()); ++c)
        lp.setInteger(c);
    lp.messageHandler()->setLogLevel(0);
    out.columns = int(obj.size());
    out.rows = int(row_lo.size());
    auto t0 = std::chrono::steady_clock::now();
    CbcModel model(lp);
    model.setLogLevel(std::getenv("BENCH_CBC_LOG") ? 1 : 0);
    if (start)
    {
        std::vector<double> x0(obj.size(), 0.0);
        double value = constant;
        std::vector<Place> places = to_places(P, *start);
        for (int e = 0; e < E; ++e)
            for (int c : ex_cols[e])
                if (col_place[c] == places[e])
                {
                    x0[c] = 1;
                    value += obj[c];
                }
        model.setBestSolution(x0.data(), int(x0.size()), value - constant, true);
    }
    model.setMaximumSeconds(limit_s);
    model.branchAndBound();
    out.time_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    out.optimal = model.isProvenOptimal();
    const double* x = model.bestSolution();
    if (!x)
        return out;
    std::vector<Place> places(static_cast<size_t>(E));
    for (int c = 0; c < int(obj.size()); ++c)
        if (x[c] > 0.5)
            places[col_ex[c]] = col_place[c];
    out.score = evaluate(P, to_allocation(P, places), W).score;
    return out;
}

inline void run_exact_comparison(uint64_t seed)
{
    std::printf("\n== exact comparison with COIN-OR CBC (linear part of the score: unassigned area, preferences, "
                "priority booths; competitors as constraints)\n");
    std::printf("  %-34s %8s %8s %10s %14s %14s %8s %8s\n", "instance", "modules", "exhib.", "cbc s", "cbc score",
                "solver score", "solver s", "gap %");
    bp::Weights W;
    W.pavilion_split_per_m2 = W.pavilion_spread = W.sector_spread_per_m2 = 0;
    W.competitor_near = W.competitor_facing = W.isolated_module = W.moved = 0;
    struct Case
    {
        const char* name;
        bp::test::FairShape shape;
        int exhibitors, pavilions;
    };
    const Case cases[] = {{"1 hall, 2x5 blocks of 2x8", {1, 2, 5, 8, 2}, 80, 4},
                          {"1 hall, 3x6 blocks of 2x8", {1, 3, 6, 8, 2}, 140, 8},
                          {"2 halls, 3x3 blocks of 2x8", {2, 3, 3, 8, 2}, 150, 6}};
    for (const Case& c : cases)
    {
        bp::Project p = bp::test::make_fair(c.shape);
        bp::test::add_random_exhibitors(p, c.exhibitors, c.pavilions, seed);
        int modules = 0;
        for (const auto& b : p.blocks)
            modules += b.rows * b.modules;
        bp::SolveOptions opt;
        opt.seed = seed;
        opt.weights = W;
        opt.time_limit_s = 1.0;
        bp::SolveResult r = bp::solve(p, opt);
        ExactResult ex = solve_exact(p, W, 300, &r.allocation);
        double gap = ex.score.soft != 0 ? 100.0 * double(ex.score.soft - r.evaluation.score.soft) / double(-ex.score.soft) : 0;
        bool same_medium = ex.score.medium == r.evaluation.score.medium && ex.score.hard == r.evaluation.score.hard;
        std::printf("  %-34s %8d %8d %9.2f%s %6lld/%7lld %6lld/%7lld %8.2f %8.2f%s\n", c.name, modules, c.exhibitors,
                    ex.time_s, ex.optimal ? " " : "*", (long long)ex.score.medium, (long long)ex.score.soft,
                    (long long)r.evaluation.score.medium, (long long)r.evaluation.score.soft, r.time_s,
                    same_medium ? gap : 100.0, same_medium ? "" : "  (medium differs)");
    }
    std::printf("  (score shown as medium/soft; * = CBC stopped at its time limit, not proven optimal; gap = solver's "
                "soft penalty above the optimum, %% of the optimum)\n");
}

#else

inline void run_exact_comparison(uint64_t)
{
    std::printf("\n== exact comparison: skipped, this build has no COIN-OR CBC (pkg-config cbc)\n");
}

#endif

} // namespace bench
