// Entry of the planner window from main.cpp: `boothplan [PROJECT]` with the window's options, and
// the benchmark mode that drives the real window and prints its figures (`--bench`).
#pragma once

#include <memory>
#include <string>

namespace bp::win
{

struct WindowArgs
{
    std::string project;
    std::string language; // "en", "zh" or empty (settings, then $LANG)
    double autosave_interval_s = 30;
    bool native_dialogs = true;
    int width = 1600, height = 1000;
    std::string bench;        // a sample preset (tiny, cismef, canton, canton-x3) or a project file
    double bench_seconds = 3; // length of each timed phase of the benchmark
};

class Platform;
struct AppOptions;

// Runs the window until it closes; returns the exit status (2 without a display).
int run_window(const WindowArgs& args);
// The window's start-up, shared by run_window and the benchmark: the window of the size asked
// (nullptr, with the reason printed for `who`, without a display) and the App's options.
std::unique_ptr<Platform> open_window(const WindowArgs& args, const char* who);
AppOptions app_options(const WindowArgs& args);
// Benchmark mode: prints time to first frame, frame times idle / panning / during auto-allocation
// and the CPU use while idle.
int run_window_bench(const WindowArgs& args);

} // namespace bp::win
