// Benchmark of the pavilion drag (issue 11): the footprint verdict the window computes every frame
// while a pavilion is dragged (snapping, the collision query, what the blocks hold), on cismef and
// canton-x3, and the re-seat of Iran (52 members) and of the largest pavilion on cismef after a drop
// (goal <= 1 s).
// Prints its figures; never run by ctest.
#include "app/window/tools/pavilion_footprint.h"
#include "app/window/tools/reseat_moves.h"

#include "layout/grid/booth_grid.h"
#include "layout/samples/samples.h"
#include "solver/solver.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>

using namespace bp;
using namespace bp::win;

namespace
{

using Clock = std::chrono::steady_clock;
double ms_since(Clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

PavilionId largest_pavilion(const Project& p)
{
    PavilionId best(0);
    for (size_t i = 0; i < p.pavilions.size(); ++i)
        if (p.members(PavilionId(static_cast<int32_t>(i))).size() > p.members(best).size())
            best = PavilionId(static_cast<int32_t>(i));
    return best;
}

// The cursor swept across one hall as a planner drags: 400 positions on its diagonal.
void drag_sweep(const char* name, const Project& p, PavilionId pav)
{
    const Hall& hall = p.venue.halls.front();
    Box b = bounds(hall.outline);
    auto t0 = Clock::now();
    PavilionFootprint f(p, pav);
    FootprintVerdict first = f.at({(b.min.x + b.max.x) / 2, (b.min.y + b.max.y) / 2}, true);
    const double first_ms = ms_since(t0); // builds the hall's collision index
    double worst = 0, total = 0;
    int fits = 0;
    const int n = 400;
    for (int i = 0; i < n; ++i)
    {
        double t = (i + 0.5) / n;
        Vec2 c{b.min.x + (b.max.x - b.min.x) * t, b.min.y + (b.max.y - b.min.y) * t};
        auto q0 = Clock::now();
        FootprintVerdict v = f.at(c, true);
        double ms = ms_since(q0);
        worst = std::max(worst, ms);
        total += ms;
        fits += v.fits();
    }
    std::printf("%-10s drag %s (%zu members, %.0f m²) over hall %s: first verdict %.2f ms (index built), then "
                "%.3f ms mean, %.3f ms worst per frame; fits at %d of %d positions (%s at the centre)\n",
                name, p.pavilion(pav).name.c_str(), p.members(pav).size(), f.need_m2(), hall.code.c_str(), first_ms,
                total / n, worst, fits, n, first.fits() ? "fits" : first.reason.c_str());
}

Project sample(SamplePreset preset)
{
    Project p = make_sample(preset, 1);
    apply_edit(p, generate_grid(p).edit);
    return p;
}

// The first place on a 6 m grid over the halls where the pavilion's footprint fits.
std::optional<FootprintVerdict> first_fit(const Project& p, PavilionId pav)
{
    PavilionFootprint f(p, pav);
    for (size_t h = 0; h < p.venue.halls.size(); ++h)
    {
        Box b = bounds(p.venue.halls[h].outline);
        for (double y = b.min.y + 6; y < b.max.y; y += 6)
            for (double x = b.min.x + 6; x < b.max.x; x += 6)
                if (FootprintVerdict v = f.at({x, y}, true); v.fits())
                    return v;
    }
    return std::nullopt;
}

// Drops the pavilion at its first fit on the allocated plan and re-seats it as the window does.
void reseat(const Project& allocated, PavilionId pav)
{
    Project p = allocated;
    std::optional<FootprintVerdict> spot = first_fit(p, pav);
    if (!spot)
    {
        std::printf("cismef     no place fits %s\n", p.pavilion(pav).name.c_str());
        return;
    }
    apply_edit(p, PlacePavilion{pav, Region{spot->hall, spot->shape}});
    SolveScope scope;
    scope.reseat = pav;
    SolveOptions window; // as the window runs it: 2 threads, its default effort and limit
    window.threads = 2;
    auto t0 = Clock::now();
    SolveResult r = solve(SolveInput(p, scope), window);
    const double s = ms_since(t0) / 1000;
    ReseatMoves m = reseat_moves(p, std::get<ReplaceBooths>(r.edit.variant()), pav);
    std::printf("cismef     re-seat %s (%zu members) in hall %s: %.2f s (goal <= 1 s), %s; %d members moved, %d "
                "others made room\n",
                p.pavilion(pav).name.c_str(), p.members(pav).size(), p.hall(spot->hall).code.c_str(), s,
                to_string(r.status), m.members, m.others);
}

void reseat_cismef()
{
    Project p = sample(SamplePreset::Cismef);
    SolveOptions o;
    o.threads = 2;
    o.effort = 0.3;
    auto t0 = Clock::now();
    apply_edit(p, solve(SolveInput(p), o).edit);
    std::printf("cismef     first allocation (effort 0.3, 2 threads): %.1f s\n", ms_since(t0) / 1000);
    // The 52-member Iran pavilion, then the largest one.
    if (std::optional<PavilionId> iran = p.find_pavilion("Iran"))
        reseat(p, *iran);
    reseat(p, largest_pavilion(p));
}

} // namespace

int main()
{
    {
        Project p = sample(SamplePreset::Cismef);
        if (std::optional<PavilionId> iran = p.find_pavilion("Iran"))
            drag_sweep("cismef", p, *iran);
        drag_sweep("cismef", p, largest_pavilion(p));
    }
    {
        Project p = sample(SamplePreset::CantonX3);
        drag_sweep("canton-x3", p, largest_pavilion(p));
    }
    reseat_cismef();
    return 0;
}
