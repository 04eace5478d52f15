// Auto-allocation in the window: the solver runs on a worker thread on its own copy of the project,
// publishes its progress for the allocation panel, stops when asked, and hands back its allocation
// as one undoable edit. No GL and no ImGui.
#pragma once

#include "layout/edit/edit.h"
#include "solver/solver.h"

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace bp::win
{

// What the planner asked to allocate.
struct SolveScope
{
    enum class Kind : uint8_t
    {
        Venue,    // every exhibitor, every hall
        Hall,     // the exhibitors in one hall re-seated there, its free booths filled from the unassigned
        Selection // the selected booths re-seated among themselves, free ones filled from the unassigned
    };
    Kind kind = Kind::Venue;
    HallId hall;
    std::vector<BoothId> booths;
};

// Allocate ▸ Settings.
struct SolveSettings
{
    uint64_t seed = 1;
    double time_limit_s = 60;
    int threads = 2;
    Weights weights;
};

// The copy of the project the solver sees for a scope: everything outside it pinned (exhibitors
// locked to their booths, free booths blocked), so the solver moves only what the planner chose.
Project scoped_problem(const Project& project, const SolveScope& scope);

// A solver run's result as the edit that applies it ("Auto-allocate"), built on the project the run
// started from. Booths the planner held or blocked stay as they were.
Edit allocation_edit(const Project& base, const Allocation& allocation, const std::string& label);

// One point of the convergence plot.
struct ScoreSample
{
    double time_s = 0;
    Score best;
};

struct SolveProgress
{
    bool running = false;
    std::string phase; // "construct", "search", "polish", "done"
    double fraction = 0;
    double time_s = 0;
    Score best;
    std::vector<ScoreSample> history;
};

struct SolveOutcome
{
    SolveResult result;
    Edit edit;                  // applies the allocation
    uint64_t base_revision;     // the document revision the run started from
    double stop_latency_s = -1; // from Stop to the worker's end, when stopped
};

class SolverJob
{
public:
    SolverJob() = default;
    ~SolverJob(); // stops and joins a running solve
    SolverJob(const SolverJob&) = delete;
    SolverJob& operator=(const SolverJob&) = delete;

    // Starts a run on a copy of the project. `wake` is called from the worker after each progress
    // report and at the end (the window posts an empty event to redraw). False when one is running.
    bool start(const Project& project, uint64_t revision, const SolveScope& scope, const SolveSettings& settings,
               std::function<void()> wake = {});
    // Asks the run to stop; it ends within ~100 ms and its best allocation so far comes back.
    void stop();
    bool running() const { return running_.load(); }
    bool stopping() const { return cancel_.load(); }
    SolveProgress progress() const;
    // The finished run's outcome, once (nullopt while running or when already taken).
    std::optional<SolveOutcome> take_outcome();
    // Waits for the worker to end (tests, quitting).
    void join();

private:
    mutable std::mutex mutex_;
    SolveProgress progress_;
    std::optional<SolveOutcome> outcome_;
    std::atomic<bool> cancel_{false}, running_{false};
    std::chrono::steady_clock::time_point stop_asked_;
    std::thread worker_;
};

} // namespace bp::win
