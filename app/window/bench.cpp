// `boothplan --bench PRESET|PROJECT`: drives the real window on a fair and prints the time to the
// first frame after opening, frame times while idle, panning and during auto-allocation, the Stop
// latency, and the CPU the window uses while it waits for events (issue 10's goals: first frame of
// canton-x3 <= 2 s, frames during allocation <= 33 ms, idle CPU ~0). Where frames are presented in
// part (only what changed is drawn again), idle and allocation frames are also measured drawn
// whole, in the same run.
#include "window_main.h"

#include "app.h"
#include "tools/pavilion_footprint.h"
#include "tools/pavilion_tool.h"

#include "layout/grid/booth_grid.h"
#include "layout/io/project_store.h"
#include "layout/samples/samples.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <numeric>
#include <sys/resource.h>
#include <unistd.h>

namespace bp::win
{

namespace
{

struct Series
{
    std::vector<double> ms;
    double cpu_s = 0; // CPU of the whole process (llvmpipe's threads too) over the series
    double share = 1; // of the window's pixels drawn, on average
    void add(double v) { ms.push_back(v); }
    double mean() const { return ms.empty() ? 0 : std::accumulate(ms.begin(), ms.end(), 0.0) / double(ms.size()); }
    double pct(double q) const
    {
        if (ms.empty())
            return 0;
        std::vector<double> v = ms;
        std::sort(v.begin(), v.end());
        return v[std::min(v.size() - 1, static_cast<size_t>(q * double(v.size())))];
    }
    double max() const { return ms.empty() ? 0 : *std::max_element(ms.begin(), ms.end()); }
};

double cpu_seconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + 1e-6 * double(u.ru_utime.tv_usec + u.ru_stime.tv_usec);
}

void print_series(const char* what, const Series& s)
{
    std::printf("  %-32s %7.1f ms mean  %7.1f ms p95  %7.1f ms max  (%zu frames", what, s.mean(), s.pct(0.95), s.max(),
                s.ms.size());
    if (s.cpu_s > 0 && !s.ms.empty())
        std::printf(", %.1f ms CPU each", s.cpu_s * 1000 / double(s.ms.size()));
    if (s.share < 1)
        std::printf(", %.0f %% of the window drawn", s.share * 100);
    std::printf(")\n");
}

// The project file to open: a sample written to a temporary file (with its booth grid), or the file given.
std::string bench_project(const std::string& what, std::string& label)
{
    if (auto preset = parse_sample_preset(what))
    {
        Project p = make_sample(*preset, 1);
        apply_edit(p, generate_grid(p).edit);
        std::string path = (std::filesystem::temp_directory_path() /
                            ("boothplan-bench-" + std::to_string(getpid()) + "-" + what + ".boothplan"))
                               .string();
        std::filesystem::remove(path);
        save_project(p, path);
        label = what;
        return path;
    }
    label = std::filesystem::path(what).filename().string();
    return what;
}

// Draws one frame and waits until the GPU (llvmpipe: the CPU) has finished it.
double timed_frame(App& app, Platform& platform)
{
    double t0 = platform.now_s();
    app.frame();
    platform.finish();
    return (platform.now_s() - t0) * 1000;
}

// Frames for `seconds`, `before` called ahead of each; with the share of the window each one drew.
Series timed_frames(App& app, Platform& platform, double seconds, const std::function<void()>& before = {})
{
    Series s;
    double share = 0;
    s.cpu_s = -cpu_seconds();
    for (double t0 = platform.now_s(); platform.now_s() - t0 < seconds;)
    {
        if (before)
            before();
        s.add(timed_frame(app, platform));
        share += platform.last_frame_share();
    }
    s.cpu_s += cpu_seconds();
    s.share = s.ms.empty() ? 0 : share / double(s.ms.size());
    return s;
}

// Time to the first frame: reading the file, building the scene and the font atlas, one frame drawn.
void first_frame(App& app, Platform& platform, const std::string& path, const std::string& label)
{
    const double t_open = platform.now_s();
    app.open_project(path);
    const double t_opened = platform.now_s();
    app.frame();
    platform.finish();
    const double first_ms = (platform.now_s() - t_open) * 1000;
    if (!app.doc)
        return;
    const Project& p = app.doc->project();
    int fb_w = 0, fb_h = 0;
    platform.framebuffer_size(fb_w, fb_h);
    std::printf("bench_window %s: %zu halls, %zu booths, %zu exhibitors; %s; window %dx%d; frames presented %s\n",
                label.c_str(), p.venue.halls.size(), p.booths.size(),
                p.exhibitors.size(), platform.gl_renderer().c_str(), fb_w, fb_h, platform.partial_frames() ? "in part (what changed)" : "whole");
    std::printf("  %-32s %7.0f ms  (opening %.0f ms: file %.0f, derived %.0f, scene %.0f; fonts %.0f ms, %zu glyphs "
                "in %dx%d)\n",
                "first frame after opening", first_ms, (t_opened - t_open) * 1000, app.open_times.read_ms,
                app.open_times.derived_ms, app.open_times.scene_ms, app.font_info.build_ms, app.font_info.glyphs,
                app.font_info.width, app.font_info.height);
}

// Idle: frames redrawn with nothing changed (a hover without effect: nothing is drawn again when
// frames are presented in part), and frames after an expose (everything drawn again); panning.
void idle_and_panning(App& app, Platform& platform, double phase)
{
    print_series("frame idle (nothing changed)", timed_frames(app, platform, phase));
    print_series("frame idle, drawn whole", timed_frames(app, platform, phase, [&] { platform.invalidate(); }));
    gl::FrameStats st = app.viewport.stats();
    std::printf("  %-32s %7.1f ms cpu in draw(), %d draw calls, %lld triangles, %.1f MB on the GPU\n", "renderer",
                st.cpu_ms, st.draw_calls, static_cast<long long>(st.triangles), double(st.gpu_bytes) / 1e6);
    print_series("frame panning", timed_frames(app, platform, phase, [&] { app.viewport.pan_by(7, 3); }));
}

// CPU while idle: the real loop, waiting for events that never come.
void idle_cpu(App& app, Platform& platform, double phase)
{
    app.fit_all();
    for (int i = 0; i < 30 && app.viewport.animating(); ++i)
        timed_frame(app, platform);
    // The frames the window still owes (hover settling, the antialiased still frame) come first.
    for (int i = 0; i < 50; ++i)
    {
        const int64_t before = app.frame_times.frames;
        app.step(0.3);
        if (app.frame_times.frames == before)
            break;
    }
    const double c0 = cpu_seconds(), w0 = platform.now_s();
    int64_t frames0 = app.frame_times.frames;
    while (platform.now_s() - w0 < phase)
        app.step(phase - (platform.now_s() - w0));
    const double idle = (cpu_seconds() - c0) / std::max(1e-9, platform.now_s() - w0);
    std::printf("  %-32s %7.2f %%  (%lld frames drawn in %.1f s of waiting)\n", "CPU while idle", idle * 100,
                static_cast<long long>(app.frame_times.frames - frames0), platform.now_s() - w0);
}

// Frames at the window's pace (~10 a second plus input) while the solver works, for `seconds`. A
// solve that ends before the phase does (cismef converges in a few seconds) is started again, so
// that every phase measures frames during an allocation; the finished ones are applied as they
// would be in the window.
Series allocating_frames(App& app, Platform& platform, double seconds, double pace_s, bool pan)
{
    Series s;
    double share = 0;
    for (const double s0 = platform.now_s(); platform.now_s() - s0 < seconds;)
    {
        if (!app.solver.running())
        {
            app.frame(); // takes the finished result in
            app.start_solve({});
            continue;
        }
        if (pan)
            app.viewport.pan_by(3, 0);
        s.add(timed_frame(app, platform));
        share += platform.last_frame_share();
        platform.wait_events(pace_s);
    }
    s.share = s.ms.empty() ? 0 : share / double(s.ms.size());
    return s;
}

// During auto-allocation: first the planner watches the progress (with the window's own choice of
// whole or partial frames, then the other where the driver offers it, to compare), then looks
// around the plan; then Stop.
void allocating(App& app, Platform& platform, double phase)
{
    app.settings.solve.time_limit_s = std::max(phase * 5, 12.0);
    app.start_solve({});
    const int64_t drawn0 = app.viewport.views_drawn();
    const bool partial = platform.partial_frames();
    Series watching = allocating_frames(app, platform, phase, 0.1, false);
    const int64_t drawn1 = app.viewport.views_drawn();
    platform.set_partial_frames(!partial);
    const bool compared = platform.partial_frames() != partial; // false: the driver has no partial frames
    Series watching_other = compared ? allocating_frames(app, platform, phase, 0.1, false) : Series{};
    platform.set_partial_frames(partial);
    Series panning = allocating_frames(app, platform, phase, 0.016, true);
    const bool still_running = app.solver.running();
    const double stop0 = platform.now_s();
    app.stop_solve();
    app.solver.join();
    const double stop_ms = (platform.now_s() - stop0) * 1000;
    app.frame();
    print_series("frame allocating, watching", watching);
    std::printf("  %-32s %7lld of %zu  (the others copied the views as last drawn)\n", "  frames the venue was drawn",
                static_cast<long long>(drawn1 - drawn0), watching.ms.size());
    if (compared)
        print_series(partial ? "  the same, frames drawn whole" : "  the same, presented in part", watching_other);
    print_series("frame allocating, panning", panning);
    std::printf("  %-32s %7.0f ms  (solver %s, %d threads; the window %s)\n", "Stop to the result in hand", stop_ms,
                still_running ? "stopped" : "had finished", app.settings.solve.threads,
                app.last_stop_latency_s >= 0 ? "applied its best plan so far" : "applied the finished plan");
    if (app.last_stop_latency_s >= 0)
        std::printf("  %-32s %7.0f ms\n", "Stop to the solver's return", app.last_stop_latency_s * 1000);
}

// The pavilion with the most members.
PavilionId largest_pavilion(const Project& p)
{
    PavilionId best;
    size_t most = 0;
    for (size_t i = 0; i < p.pavilions.size(); ++i)
    {
        const PavilionId id(static_cast<int32_t>(i));
        if (size_t n = p.members(id).size(); n > most)
        {
            most = n;
            best = id;
        }
    }
    return best;
}

// The planner drags the largest pavilion over the first hall, zoomed in on it (booths drawn), the
// pointer circling about the hall's middle: frames as the window draws them (the footprint's verdict,
// its overlay, the plan under it), and the verdict alone at the same points. Released over the menu
// bar, so the drag ends without a drop.
void dragging(App& app, Platform& platform, double phase)
{
    const Project& p = app.doc->project();
    const PavilionId who = largest_pavilion(p);
    if (!who.valid() || p.venue.halls.empty())
        return;
    PlanSelection hall;
    hall.hall = HallId(0);
    app.select(hall, true);
    for (int i = 0; i < 60 && app.viewport.animating(); ++i)
        timed_frame(app, platform);
    const float s = platform.framebuffer_scale();
    const gl::ScreenRect r = app.viewport.plan_rect;
    const float cx = (r.x + r.w / 2) / s, cy = (r.y + r.h / 2) / s, radius = std::min(r.w, r.h) / s * 0.25f;
    int step = 0;
    auto at = [&](int k)
    {
        const double a = 0.15 * k;
        return std::pair{cx + radius * static_cast<float>(std::cos(a)), cy + radius * static_cast<float>(std::sin(a))};
    };
    platform.script_pointer(Platform::ScriptedPointer{cx, cy, true});
    app.frame();
    app.viewport.begin_drag(std::make_unique<PavilionTool>(p, who));
    Series frames = timed_frames(app, platform, phase,
                                 [&]
                                 {
                                     auto [x, y] = at(++step);
                                     platform.script_pointer(Platform::ScriptedPointer{x, y, true});
                                 });
    // The verdict alone, at the venue points the frames had under the pointer.
    PavilionFootprint footprint(p, who);
    Series verdicts;
    int fits = 0;
    for (int k = 1; k <= step; ++k)
    {
        auto [x, y] = at(k);
        std::optional<Vec2> v = app.viewport.venue_at(x * s, y * s);
        if (!v)
            continue;
        const double t0 = platform.now_s();
        fits += footprint.at(*v, true).fits();
        verdicts.add((platform.now_s() - t0) * 1000);
    }
    platform.script_pointer(Platform::ScriptedPointer{5, 5, true});
    app.frame();
    platform.script_pointer(Platform::ScriptedPointer{5, 5, false});
    app.frame();
    app.frame();
    platform.script_pointer(std::nullopt);
    std::printf("  dragging %s (%zu members, %.0f m²) over hall %s\n", p.pavilion(who).name.c_str(),
                p.members(who).size(), pavilion_need_m2(p, who), p.hall(HallId(0)).code.c_str());
    print_series("frame dragging a pavilion", frames);
    std::printf("  %-32s %7.3f ms mean  %7.3f ms max  (%zu points, fits at %d)\n", "  its verdict (collision query)",
                verdicts.mean(), verdicts.max(), verdicts.ms.size(), fits);
}

} // namespace

int run_window_bench(const WindowArgs& args)
{
    std::string label;
    const std::string path = bench_project(args.bench, label);
    const bool temporary = path != args.bench;
    std::unique_ptr<Platform> platform = open_window(args, "boothplan --bench");
    if (!platform)
        return 2;
    WindowArgs bench_args = args;
    bench_args.project.clear();
    bench_args.native_dialogs = false;
    bench_args.autosave_interval_s = 3600; // no autosave inside the timed phases
    bench_args.language = "en";
    int status = 0;
    {
        App app(*platform, app_options(bench_args));
        first_frame(app, *platform, path, label);
        if (!app.doc)
        {
            std::fprintf(stderr, "boothplan --bench: could not open %s\n", path.c_str());
            status = 2;
        }
        else
        {
            for (int i = 0; i < 5; ++i)
                timed_frame(app, *platform); // settle: camera fit, checks from the worker
            idle_and_panning(app, *platform, args.bench_seconds);
            idle_cpu(app, *platform, args.bench_seconds);
            dragging(app, *platform, args.bench_seconds);
            allocating(app, *platform, args.bench_seconds);
        }
        app.doc.reset();
    }
    if (temporary)
    {
        std::error_code ec;
        std::filesystem::remove(path, ec);
        std::filesystem::remove(path + ".recovery", ec);
    }
    return status;
}

} // namespace bp::win
