// Auto-allocation from the window: the recovery file first, the solver on its worker, its best plan
// so far in the plan view while it runs, its result as one undoable edit, the report for the
// allocation panel; and the background tasks (exports,
// the full check of a venue).
#include "app.h"

#include <algorithm>
#include <filesystem>
#include <tuple>

namespace bp::win
{

void App::start_solve(SolveScope scope)
{
    if (!doc || solver.running())
        return;
    if (doc->project().blocks.empty())
    {
        dialogs.message(tr(S::AutoAllocate), tr(S::NoGridYet));
        return;
    }
    // Whatever happens during the run, the work so far is on disk.
    if (doc->modified())
    {
        recovery.write(doc->project(), doc->recovery_path(), doc->revision());
        doc->mark_autosaved(doc->revision());
        recovery.flush();
    }
    solve_scope = scope;
    solver.start(doc->project(), doc->revision(), scope, settings.solve, [] { Platform::wake(); });
    status_message = tr(S::Allocating);
    show_allocation_panel = true;
}

SolveScope App::selection_scope() const
{
    SolveScope s;
    if (!doc)
        return s;
    for (BoothId b : selection.booths)
        if (ExhibitorId e = doc->project().booth(b).exhibitor; e.valid())
            s.exhibitors.push_back(e);
    if (selection.exhibitor.valid())
        s.exhibitors.push_back(selection.exhibitor);
    std::sort(s.exhibitors.begin(), s.exhibitors.end());
    s.exhibitors.erase(std::unique(s.exhibitors.begin(), s.exhibitors.end()), s.exhibitors.end());
    return s;
}

void App::stop_solve()
{
    solver.stop();
}

void App::poll_solver()
{
    std::optional<SolveOutcome> out = solver.take_outcome();
    if (!out || !doc)
        return;
    if (out->base_revision != doc->revision())
    {
        // The plan changed under the run (it should not: editing waits for it); do not overwrite.
        status_message = tr(S::SolveDiscardedChanged);
        return;
    }
    last_stop_latency_s = out->stop_latency_s;
    const Metrics m = out->result.evaluation.metrics;
    // A re-seat says who moved: counted against the plan before its edit lands.
    std::optional<ReseatMoves> moves;
    if (const auto* plan = std::get_if<ReplaceBooths>(&out->result.edit.variant()); plan && solve_scope.reseat.valid())
        moves = reseat_moves(doc->project(), *plan, solve_scope.reseat);
    ChangeSet changed = doc->apply(std::move(out->result.edit));
    report.reset();
    after_change(changed);
    // The penalties' booth ids index the booths of the plan just applied.
    report = make_report(doc->project(), std::move(out->result.evaluation), out->result.allocation);
    report->from_solve = true;
    report->status = out->result.status;
    report->time_s = out->result.time_s;
    report_revision = doc->revision();
    derived.pavilions = pavilion_rows(doc->project(), &*report);
    status_message =
        trf(S::SolveDoneX, {tr(out->result.status), std::to_string(m.assigned), std::to_string(m.exhibitors)});
    last_reseat = moves;
    if (moves)
    {
        status_message = trf(S::ReseatDoneXYZ, {doc->project().pavilion(moves->pavilion).name,
                                               std::to_string(moves->members), std::to_string(moves->others)});
        viewport.set_highlight(moves->booths); // who moved, until the next change
    }
}

void App::show_interim_plan()
{
    // A new plan at most this often: each is listed in full (bounded work while the solver has the cores).
    constexpr double kInterimEvery_s = 1.0;
    viewport.reveal_preview(); // painted in the last frame: drawn in this one
    if (!doc || !solver.running())
    {
        interim_listing_.cancel();
        if (interim_shown_ != 0)
            viewport.set_preview(PreviewPlan{});
        interim_shown_ = 0;
        interim_look_.reset();
        return;
    }
    if (std::optional<std::pair<uint64_t, PreviewPlan>> listed = interim_listing_.take())
    {
        viewport.set_preview(std::move(listed->second));
        interim_shown_ = listed->first;
        if (viewport.preview_waiting())
            redraw_frames_ = std::max(redraw_frames_, 1); // the next frame shows it
    }
    const double now = platform.now_s();
    if (interim_listing_.busy() || (interim_shown_ != 0 && now - interim_listed_at_s_ < kInterimEvery_s))
        return;
    const SolveProgress progress = solver.progress();
    if (!progress.interim || progress.interim_serial == interim_shown_)
        return;
    // The run works on a snapshot of this project (editing waits for it): its blocks are these.
    if (!interim_look_ || interim_look_->colour_by != viewport.display.colour_by)
        interim_look_ = std::make_shared<const InterimLook>(make_interim_look(doc->project(), viewport.display.colour_by));
    interim_listing_.start(progress.interim, progress.interim_serial, interim_look_, [] { Platform::wake(); });
    interim_listed_at_s_ = now;
}

void App::evaluate_plan()
{
    if (!doc || solver.running())
        return;
    const Project& p = doc->project();
    Allocation a = current_allocation(p);
    report = make_report(p, evaluate(p, a, settings.solve.weights), a);
    report->from_solve = false;
    report_revision = doc->revision();
    derived.pavilions = pavilion_rows(p, &*report);
}

void App::poll_background()
{
    if (checks_pending_.valid() && checks_pending_.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
    {
        auto [revision, checks] = checks_pending_.get();
        if (doc && revision == doc->revision())
        {
            derived.checks = std::move(checks);
            viewport.set_checks(derived.checks);
        }
        else if (doc)
            start_full_check(); // the plan moved on meanwhile
    }
    if (task && task->result.valid() && task->result.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
    {
        std::string error = task->result.get();
        if (error.empty())
            status_message = task->done;
        else
            dialogs.message(task->what, error);
        task.reset();
    }
}

} // namespace bp::win
