// `boothplan solve`: allocates every exhibitor of a project to booths, saves the plan in one
// transaction and writes the solve report of DESIGN §5.
#include "commands.h"

#include "layout/io/file_util.h"
#include "layout/io/project_store.h"
#include "solver/solver.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

namespace bp::cli
{

namespace
{

nlohmann::json report_json(const SolveResult& r, uint64_t seed)
{
    const Metrics& m = r.evaluation.metrics;
    nlohmann::json j;
    j["status"] = to_string(r.status);
    j["seed"] = seed;
    j["time_s"] = std::round(r.time_s * 1000) / 1000;
    j["score"] = {
        {"hard", r.evaluation.score.hard}, {"medium", r.evaluation.score.medium}, {"soft", r.evaluation.score.soft}};
    j["metrics"] = {{"exhibitors", m.exhibitors},
                    {"assigned", m.assigned},
                    {"area_requested_m2", m.area_requested_m2},
                    {"area_assigned_m2", m.area_assigned_m2},
                    {"booths", m.booths},
                    {"fill_rate", std::round(m.fill_rate * 10000) / 10000},
                    {"pavilions", m.pavilions},
                    {"pavilions_contiguous", m.pavilions_contiguous},
                    {"competitor_adjacent_pairs", m.competitor_adjacent_pairs},
                    {"competitor_facing_pairs", m.competitor_facing_pairs},
                    {"preferences_requested", m.preferences_requested},
                    {"preferences_met", m.preferences_met},
                    {"isolated_modules", m.isolated_modules},
                    {"moved", m.moved}};
    nlohmann::json v = nlohmann::json::array();
    for (const Penalty& x : r.evaluation.violations)
        v.push_back({{"constraint", x.constraint},
                     {"level", to_string(x.level)},
                     {"penalty", x.penalty},
                     {"subjects", x.subjects},
                     {"message", x.message}});
    j["violations"] = std::move(v);
    j["search"] = {{"construct_s", r.stats.construct_s},
                   {"moves", r.stats.moves},
                   {"moves_per_s", std::round(r.stats.moves_per_s)},
                   {"rounds", r.stats.rounds},
                   {"stop", to_string(r.stats.stop)},
                   {"why_stopped", describe_stop(r.stats)}};
    return j;
}

} // namespace

void add_solve_command(CLI::App& app)
{
    struct Options
    {
        std::string project, report;
        uint64_t seed = 1;
        double time_limit = 60;
        int threads = 2;
    };
    auto opt = std::make_shared<Options>();
    CLI::App* cmd =
        app.add_subcommand("solve", "Allocate exhibitors to booths by pavilion, sector and competitor rules");
    cmd->add_option("PROJECT", opt->project, "Project file (*.boothplan) with a booth grid")->required();
    cmd->add_option("--seed", opt->seed, "Random seed; the same seed gives the same plan")->capture_default_str();
    cmd->add_option("--time-limit", opt->time_limit, "Stop searching after this many seconds")
        ->check(CLI::Range(0.0, 86400.0))
        ->capture_default_str();
    cmd->add_option("--threads", opt->threads, "Threads sharing the halls (1 or 2)")
        ->check(CLI::Range(1, 2))
        ->capture_default_str();
    cmd->add_option("--report", opt->report, "Write the solve report (JSON) here");
    cmd->callback(
        [opt]
        {
            Project project = load_project(opt->project);
            if (project.blocks.empty())
                throw ExitStatus{kExitBadInput,
                                 opt->project + ": no booth grid yet; run `boothplan grid " + opt->project + "` first"};
            SolveOptions so;
            so.seed = opt->seed;
            so.time_limit_s = opt->time_limit;
            so.threads = opt->threads;
            if (progress_wanted())
                so.progress = [](const Progress& p)
                {
                    std::fprintf(stderr, "\rsolve: %-9s %3.0f%%  score %lld/%lld/%lld  %.1f s ", to_string(p.phase),
                                 p.fraction * 100, (long long)p.best.hard, (long long)p.best.medium,
                                 (long long)p.best.soft, p.time_s);
                    if (p.phase == SolvePhase::Done)
                        std::fputc('\n', stderr);
                };
            SolveResult r = solve(project, so);
            if (!opt->report.empty())
            {
                try // whole or not at all: a solve killed while writing never leaves half a report
                {
                    write_file_atomically(opt->report, report_json(r, opt->seed).dump(2) + "\n");
                }
                catch (const std::runtime_error&)
                {
                    throw ExitStatus{kExitBadInput, opt->report + ": cannot write the report"};
                }
            }
            if (r.status != SolveStatus::Cancelled)
            {
                apply_edit(project, r.edit);
                save_project(project, opt->project);
            }
            const Metrics& m = r.evaluation.metrics;
            std::printf(
                "%s: %s in %.2f s: %d of %d exhibitors placed, %d of %d pavilions in one piece, score %lld/%lld/%lld\n",
                opt->project.c_str(), to_string(r.status), r.time_s, m.assigned, m.exhibitors, m.pavilions_contiguous,
                m.pavilions, (long long)r.evaluation.score.hard, (long long)r.evaluation.score.medium,
                (long long)r.evaluation.score.soft);
            if (m.competitor_facing_pairs > 0)
                std::printf("  %d competitor pair(s) face each other across an aisle (venue rule competitors_facing: %s)\n",
                            m.competitor_facing_pairs, name_in(kCompetitorsFacingNames, project.venue.rules.competitors_facing));
            int shown = 0;
            for (const Penalty& v : r.evaluation.violations)
                if (v.level != PenaltyLevel::Soft && shown++ < 50)
                    std::printf("  %s %s: %s\n", to_string(v.level), v.constraint.c_str(), v.message.c_str());
            if (shown > 50)
                std::printf("  ... %d more (see --report)\n", shown - 50);
            if (r.status == SolveStatus::Infeasible)
                throw ExitStatus{kExitViolations, ""};
        });
}

} // namespace bp::cli
