// The solve pipeline (construct, search per hall on threads, polish across halls), the baseline,
// writing an allocation back into the project's booths, and explanations.
#include "solver/detail/construct.h"
#include "solver/detail/search.h"

#include <algorithm>
#include <cstdio>
#include <map>

namespace bp
{

using namespace detail;

const char* to_string(SolveStatus s)
{
    switch (s)
    {
    case SolveStatus::Feasible:
        return "feasible";
    case SolveStatus::Infeasible:
        return "infeasible";
    case SolveStatus::Cancelled:
        return "cancelled";
    }
    return "?";
}

SolveResult solve(const Project& project, const SolveOptions& options)
{
    const auto t0 = Clock::now();
    auto seconds = [&] { return std::chrono::duration<double>(Clock::now() - t0).count(); };
    auto cancelled = [&] { return options.cancel && options.cancel->load(std::memory_order_relaxed); };
    auto report = [&](const char* phase, double fraction, Score best) {
        if (options.progress)
            options.progress({phase, fraction, best, seconds()});
    };
    SolveResult res;
    Problem P = build_problem(project);
    std::vector<std::string> reasons;
    std::vector<Place> places = construct(P, reasons, options.cancel);
    res.stats.construct_s = seconds();
    // Exhibitors no block could ever hold do not count against "everyone placed".
    int impossible = 0;
    for (size_t e = 0; e < P.ex.size(); ++e)
        impossible += !places[e].assigned() && reasons[e].find("no block can hold") != std::string::npos;
    auto check_goal = [&](const State& S) {
        if (res.stats.goal_s < 0 && S.score().hard == 0 && S.unassigned() == impossible && S.pavilions_split() == 0)
            res.stats.goal_s = seconds();
    };
    SearchControl control;
    control.seed = options.seed;
    control.cancel = options.cancel;
    control.deadline = t0 + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(std::max(0.0, options.time_limit_s)));
    {
        State S(P, options.weights, places);
        repair_isolated(S, control);
        repair_pavilions(S, control);
        places = S.places();
        check_goal(S);
        report("construct", 0, S.score());
    }

    std::vector<int32_t> movers;
    for (size_t e = 0; e < P.ex.size(); ++e)
        if (!P.ex[e].locked && reasons[e].find("no block can hold") == std::string::npos)
            movers.push_back(int32_t(e));
    // Moves per exhibitor, with a floor so that small fairs get a thorough search (well under 1 s).
    const int64_t budget = movers.empty() ? 0
                                          : static_cast<int64_t>(options.effort * std::max(400.0 * double(movers.size()), 3e6));
    bool stopped = cancelled();
    if (budget > 0 && !stopped)
    {
        // Halls are independent enough to search apart; the polish then works across halls.
        const auto s0 = Clock::now();
        control.iterations = budget * 8 / 10;
        control.progress = [&](double f, Score s) { report("search", f * 0.8, s); };
        int64_t moves = 0;
        places = parallel_search(P, options.weights, places, std::clamp(options.threads, 1, 2), control, moves, stopped);
        res.stats.moves += moves;
        State S(P, options.weights, places);
        repair_isolated(S, control);
        repair_pavilions(S, control);
        check_goal(S);
        if (!stopped && !cancelled())
        {
            std::vector<uint8_t> all(static_cast<size_t>(P.halls), 1);
            control.iterations = budget - budget * 8 / 10;
            control.cross_hall = true;
            control.seed = options.seed ^ 0x5DEECE66Dull;
            control.progress = [&](double f, Score s) { report("polish", 0.8 + f * 0.2, s); };
            SearchOutcome o = local_search(S, movers, all, control);
            res.stats.moves += o.moves;
            stopped = o.stopped;
            repair_isolated(S, control);
            repair_pavilions(S, control);
            repair_isolated(S, control); // pavilion repairs may leave holes
            check_goal(S);
        }
        places = S.places();
        res.stats.search_s = std::chrono::duration<double>(Clock::now() - s0).count();
        res.stats.moves_per_s = res.stats.search_s > 0 ? double(res.stats.moves) / res.stats.search_s : 0;
    }
    for (size_t e = 0; e < places.size(); ++e)
        if (!places[e].assigned() && reasons[e].empty())
        {
            reasons[e] = static_reason(P, int32_t(e));
            if (reasons[e].empty())
                reasons[e] = P.ex[e].code + ": no free space left for its booth (the venue is full)";
        }
    res.allocation = to_allocation(P, places);
    for (size_t e = 0; e < places.size(); ++e)
        if (!places[e].assigned())
            res.allocation.exhibitors[e].reason = reasons[e];
    res.evaluation = evaluate(P, res.allocation, options.weights);
    res.status = cancelled() ? SolveStatus::Cancelled
                 : res.evaluation.score.hard < 0 ? SolveStatus::Infeasible
                                                 : SolveStatus::Feasible;
    res.time_s = seconds();
    report("done", 1, res.evaluation.score);
    return res;
}

Allocation current_allocation(const Project& project)
{
    Allocation a;
    a.exhibitors.resize(project.exhibitors.size());
    for (const Booth& b : project.booths)
        if (b.exhibitor.valid() && b.exhibitor.index() < a.exhibitors.size())
            a.exhibitors[b.exhibitor.index()].booth = b.cells;
    return a;
}

Allocation greedy_allocation(const Project& project)
{
    Problem P = build_problem(project);
    std::vector<std::string> reasons;
    Allocation a = to_allocation(P, greedy(P, reasons));
    for (size_t e = 0; e < a.exhibitors.size(); ++e)
        if (!a.exhibitors[e].booth)
            a.exhibitors[e].reason = reasons[e];
    return a;
}

void apply_allocation(Project& project, const Allocation& allocation)
{
    std::vector<Booth> out;
    std::vector<std::vector<uint8_t>> taken(project.blocks.size());
    for (size_t b = 0; b < project.blocks.size(); ++b)
        taken[b].assign(project.blocks[b].cells.size(), 0);
    auto mark = [&](const BoothCells& c) {
        const Block& blk = project.blocks[c.block.index()];
        for (int r = c.row; r < c.row + c.rows; ++r)
            for (int k = c.col; k < c.col + c.cols; ++k)
                taken[c.block.index()][static_cast<size_t>(r * blk.modules + k)] = 1;
    };
    auto inside = [&](const BoothCells& c) {
        return c.block.valid() && c.block.index() < project.blocks.size() && c.row >= 0 && c.col >= 0 &&
               c.row + c.rows <= project.blocks[c.block.index()].rows && c.col + c.cols <= project.blocks[c.block.index()].modules;
    };
    std::map<int32_t, const Booth*> previous;
    for (const Booth& b : project.booths)
    {
        if (b.exhibitor.valid())
            previous[b.exhibitor.value] = &b;
        else if ((b.status == BoothStatus::Held || b.status == BoothStatus::Blocked) && inside(b.cells))
        {
            out.push_back(b); // the planner's holds stay
            mark(b.cells);
        }
    }
    for (size_t e = 0; e < allocation.exhibitors.size() && e < project.exhibitors.size(); ++e)
    {
        const auto& booth = allocation.exhibitors[e].booth;
        if (!booth || !inside(*booth))
            continue;
        const Block& blk = project.block(booth->block);
        Booth b;
        b.cells = *booth;
        b.hall = blk.hall;
        b.number = booth_number(blk, b.cells);
        b.exhibitor = ExhibitorId(int32_t(e));
        auto it = previous.find(int32_t(e));
        bool sold_here = it != previous.end() && it->second->status == BoothStatus::Sold && it->second->cells == b.cells;
        b.status = sold_here ? BoothStatus::Sold : BoothStatus::Reserved;
        out.push_back(b);
        mark(b.cells);
    }
    for (size_t bi = 0; bi < project.blocks.size(); ++bi)
    {
        const Block& blk = project.blocks[bi];
        for (int r = 0; r < blk.rows; ++r)
            for (int c = 0; c < blk.modules; ++c)
            {
                size_t k = static_cast<size_t>(r * blk.modules + c);
                if (k >= blk.cells.size() || blk.cells[k] != CellUse::Booth || taken[bi][k])
                    continue;
                Booth b;
                b.cells = {BlockId(int32_t(bi)), r, 1, c, 1};
                b.hall = blk.hall;
                b.number = booth_number(blk, b.cells);
                out.push_back(b);
            }
    }
    std::stable_sort(out.begin(), out.end(), [](const Booth& a, const Booth& b) {
        return std::tie(a.cells.block, a.cells.row, a.cells.col) < std::tie(b.cells.block, b.cells.row, b.cells.col);
    });
    project.booths = std::move(out);
}

std::vector<std::string> explain_exhibitor(const Project& project, const Evaluation& evaluation, const Allocation& allocation,
                                           ExhibitorId id)
{
    std::vector<std::string> lines;
    if (!id.valid() || id.index() >= project.exhibitors.size() || id.index() >= allocation.exhibitors.size())
        return lines;
    const Exhibitor& x = project.exhibitor(id);
    const Assignment& a = allocation.exhibitors[id.index()];
    char buf[256];
    if (a.booth && a.booth->block.valid() && a.booth->block.index() < project.blocks.size())
    {
        const Block& blk = project.block(a.booth->block);
        std::snprintf(buf, sizeof buf, "%s stands at booth %s in hall %s: %.0f m² for %.0f m² requested, %s", x.code.c_str(),
                      booth_number(blk, *a.booth).c_str(), project.hall(blk.hall).code.c_str(), booth_area(blk, *a.booth),
                      x.area_m2, to_string(booth_type(blk, *a.booth)));
        lines.push_back(buf);
        if (x.pavilion.valid())
            lines.push_back("member of pavilion " + project.pavilion(x.pavilion).name + ": placed with the other members");
        if (x.sector.valid())
            lines.push_back("sector " + project.sector(x.sector).name + ": placed with its sector where room allows");
        if (!x.locked_booth.empty())
            lines.push_back("pinned by the planner to booth " + x.locked_booth);
    }
    else
        lines.push_back(a.reason.empty() ? x.code + ": not placed" : a.reason);
    const std::string subject = "exhibitor:" + x.code;
    for (const Penalty& v : evaluation.violations)
        if (std::find(v.subjects.begin(), v.subjects.end(), subject) != v.subjects.end() && v.constraint != "unassigned")
            lines.push_back(std::string(to_string(v.level)) + " " + v.constraint + ": " + v.message);
    if (x.pavilion.valid())
    {
        const std::string pav = "pavilion:" + project.pavilion(x.pavilion).name;
        for (const Penalty& v : evaluation.violations)
            if (v.constraint == "pavilion-split" && !v.subjects.empty() && v.subjects[0] == pav)
                lines.push_back("why the pavilion is split: " + v.message);
    }
    return lines;
}

} // namespace bp
