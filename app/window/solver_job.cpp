// The solver on a worker thread: scoped copies of the project, progress for the panel, the result
// as an edit.
#include "solver_job.h"

#include <algorithm>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace bp::win
{

EditLabel solve_label(const Project& project, const SolveScope& scope)
{
    if (scope.reseat.valid())
        return {EditWords::ReseatPavilion, {project.pavilion(scope.reseat).name}};
    if (!scope.exhibitors.empty())
        return {EditWords::AutoAllocateSelection};
    if (scope.halls.size() == 1)
        return {EditWords::AutoAllocateHall, {project.hall(scope.halls.front()).code}};
    if (!scope.halls.empty())
        return {EditWords::AutoAllocateHalls, {std::to_string(scope.halls.size())}};
    return {EditWords::AutoAllocate};
}

SolverJob::~SolverJob()
{
    stop();
    join();
}

bool SolverJob::start(const Project& project, uint64_t revision, const SolveScope& scope, const SolveSettings& settings,
                      std::function<void()> wake)
{
    if (running_.load())
        return false;
    join(); // the previous worker has ended; reap it
    cancel_.store(false);
    running_.store(true);
    {
        std::lock_guard lock(mutex_);
        progress_ = SolveProgress{};
        progress_.running = true;
        progress_.started = true;
        outcome_.reset();
    }
    // The solver's own snapshot: the window keeps reading and drawing its project meanwhile.
    auto input = std::make_shared<SolveInput>(project, scope);
    EditLabel label = solve_label(project, scope);
    worker_ = std::thread(
        [this, input, settings, revision, wake, label]
        {
            // Below the window's priority (the solver's own threads inherit it): on a small machine
            // the window still draws at its pace while every core searches.
            setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 10);
            SolveOptions o;
            o.seed = settings.seed;
            o.time_limit_s = settings.time_limit_s;
            o.threads = settings.threads;
            o.weights = settings.weights;
            o.cancel = &cancel_;
            o.progress = [this, &wake](const Progress& p)
            {
                {
                    std::lock_guard lock(mutex_);
                    progress_.phase = p.phase;
                    progress_.fraction = p.fraction;
                    progress_.time_s = p.time_s;
                    progress_.best = p.best;
                    if (progress_.history.empty() || progress_.history.back().best != p.best ||
                        p.time_s - progress_.history.back().time_s > 0.25)
                        progress_.history.push_back({p.time_s, p.best});
                    if (p.allocation && p.allocation != progress_.interim)
                    {
                        progress_.interim = p.allocation;
                        ++progress_.interim_serial;
                    }
                }
                if (wake)
                    wake();
            };
            SolveOutcome out;
            out.base_revision = revision;
            out.result = solve(*input, o);
            const auto solved_at = std::chrono::steady_clock::now();
            const bool stopped = cancel_.load();
            if (auto* r = std::get_if<ReplaceBooths>(&out.result.edit.variant()))
            {
                r->label = label;
                r->label.stopped = stopped;
            }
            {
                std::lock_guard lock(mutex_);
                if (stopped)
                    out.stop_latency_s = std::chrono::duration<double>(solved_at - stop_asked_).count();
                progress_.running = false;
                progress_.phase = SolvePhase::Done;
                progress_.fraction = 1;
                progress_.best = out.result.evaluation.score;
                outcome_ = std::move(out);
            }
            running_.store(false);
            if (wake)
                wake();
        });
    return true;
}

void SolverJob::stop()
{
    if (running_.load() && !cancel_.load())
    {
        std::lock_guard lock(mutex_);
        stop_asked_ = std::chrono::steady_clock::now();
        cancel_.store(true);
    }
}

SolveProgress SolverJob::progress() const
{
    std::lock_guard lock(mutex_);
    return progress_;
}

std::optional<SolveOutcome> SolverJob::take_outcome()
{
    if (running_.load())
        return std::nullopt;
    std::lock_guard lock(mutex_);
    std::optional<SolveOutcome> o = std::move(outcome_);
    outcome_.reset();
    return o;
}

void SolverJob::join()
{
    if (worker_.joinable())
        worker_.join();
}

} // namespace bp::win
