// The solver on a worker thread: scoped copies of the project, progress for the panel, the result
// as an edit.
#include "solver_job.h"

#include <algorithm>
#include <unordered_set>

namespace bp::win
{

Project scoped_problem(const Project& project, const SolveScope& scope)
{
    Project p = project;
    if (scope.kind == SolveScope::Kind::Venue)
        return p;
    std::unordered_set<int32_t> chosen;
    for (BoothId b : scope.booths)
        chosen.insert(b.value);
    auto inside = [&](const Booth& b, size_t index) {
        return scope.kind == SolveScope::Kind::Hall ? b.hall == scope.hall
                                                    : chosen.count(static_cast<int32_t>(index)) > 0;
    };
    for (size_t i = 0; i < p.booths.size(); ++i)
    {
        Booth& b = p.booths[i];
        if (inside(b, i))
            continue;
        if (b.exhibitor.valid())
        {
            Exhibitor& x = p.exhibitor(b.exhibitor);
            if (x.locked_booth.empty())
                x.locked_booth = b.number; // stays where it is
        }
        else if (b.status != BoothStatus::Held)
            b.status = BoothStatus::Blocked; // not for this run
    }
    return p;
}

Edit allocation_edit(const Project& base, const Allocation& allocation, const std::string& label)
{
    Project after = base;
    apply_allocation(after, allocation);
    return ReplaceBooths{std::move(after.blocks), std::move(after.booths), label};
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
        progress_.phase = "construct";
        outcome_.reset();
    }
    // The worker owns its copies: the window keeps editing views and the document meanwhile.
    auto base = std::make_shared<Project>(project);
    auto problem = std::make_shared<Project>(scoped_problem(project, scope));
    worker_ = std::thread(
        [this, base, problem, scope, settings, revision, wake]
        {
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
                }
                if (wake)
                    wake();
            };
            SolveOutcome out;
            out.base_revision = revision;
            out.result = solve(*problem, o);
            const auto solved_at = std::chrono::steady_clock::now();
            const bool stopped = cancel_.load();
            std::string label = scope.kind == SolveScope::Kind::Venue ? "Auto-allocate"
                                : scope.kind == SolveScope::Kind::Hall
                                    ? "Auto-allocate hall " + base->hall(scope.hall).code
                                    : "Auto-allocate selection";
            if (stopped)
                label += " (stopped)";
            out.edit = allocation_edit(*base, out.result.allocation, label);
            if (stopped)
            {
                std::lock_guard lock(mutex_);
                out.stop_latency_s = std::chrono::duration<double>(solved_at - stop_asked_).count();
            }
            if (scope.kind != SolveScope::Kind::Venue)
            {
                // The scoped copy blocked booths outside the scope; score the plan as the venue holds it.
                Project after = *base;
                apply_edit(after, out.edit);
                out.result.evaluation = evaluate(after, out.result.allocation, settings.weights);
            }
            {
                std::lock_guard lock(mutex_);
                progress_.running = false;
                progress_.phase = "done";
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
