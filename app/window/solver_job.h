// Auto-allocation in the window: the solver runs on a worker thread on its own copy of the project,
// publishes its progress for the allocation panel, stops when asked, and hands back its allocation
// as one undoable edit. No GL and no ImGui.
#pragma once

#include "layout/edit/edit.h"
#include "solver/solver.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace bp::win
{

// Allocate ▸ Settings.
struct SolveSettings
{
    uint64_t seed = 1;
    double time_limit_s = 60;
    int threads = 2;
    Weights weights;
};

// The undo label of a run: "Auto-allocate", "Auto-allocate hall 9.1", "Re-seat pavilion Iran", ...
EditLabel solve_label(const Project& project, const SolveScope& scope);

// One point of the convergence plot.
struct ScoreSample
{
    double time_s = 0;
    Score best;
};

struct SolveProgress
{
    bool running = false;
    bool started = false; // a run has begun in this session
    SolvePhase phase = SolvePhase::Construct;
    double fraction = 0;
    double time_s = 0;
    Score best;
    std::vector<ScoreSample> history;
    // The best plan so far, for the viewport to show while the run goes on; `interim_serial`
    // increases with every new one.
    std::shared_ptr<const Allocation> interim;
    uint64_t interim_serial = 0;
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

    // Starts a run on a snapshot of the project (taken here). `wake` is called from the worker
    // after each progress report and at the end (the window posts an empty event to redraw).
    // False when one is running.
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
