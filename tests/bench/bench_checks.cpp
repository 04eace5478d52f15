// Benchmark of the grid generator, the checks and the collision index. Prints its figures:
// grid time and booth share per preset, checking every module of canton-x3 on one thread, one drag
// query, and the index against a naive all-pairs overlap test on 5,000 booths in the same run.
#include "layout/grid/booth_grid.h"
#include "tests/support/edit_support.h"
#include "layout/rules/checks.h"
#include "layout/rules/collision_index.h"
#include "layout/samples/samples.h"
#include "layout/geometry/shape_tests.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

using namespace bp;
using bp::test::regrid;

namespace
{

using Clock = std::chrono::steady_clock;
double ms_since(Clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

template <class F> double best_of(int runs, F&& f)
{
    double best = 1e300;
    for (int i = 0; i < runs; ++i)
    {
        auto t0 = Clock::now();
        f();
        best = std::min(best, ms_since(t0));
    }
    return best;
}

} // namespace

int main()
{
    std::printf("boothplan bench_checks (one thread)\n\n");
    std::printf("%-10s %6s %8s %10s %11s %11s\n", "preset", "halls", "modules", "grid ms", "share min", "share all");
    Project x3;
    for (SamplePreset preset : {SamplePreset::Tiny, SamplePreset::Cismef, SamplePreset::Canton, SamplePreset::CantonX3})
    {
        Project p = make_sample(preset, 1);
        auto t0 = Clock::now();
        GridReport r = regrid(p);
        double ms = ms_since(t0);
        double min_share = 1, hall_area = 0;
        for (const HallGridSummary& h : r.halls)
        {
            min_share = std::min(min_share, h.share());
            hall_area += h.hall_area_m2;
        }
        std::printf("%-10s %6zu %8d %10.1f %10.1f%% %10.1f%%\n", to_string(preset), r.halls.size(), r.modules(), ms,
                    100 * min_share, 100 * r.booth_area_m2() / hall_area);
        if (preset == SamplePreset::CantonX3)
            x3 = std::move(p);
    }

    // Checking everything.
    CheckReport report;
    double check_ms = best_of(5, [&] { report = check_project(x3); });
    std::printf("\ncheck_project canton-x3: %zu booth modules, %zu violations, best of 5: %.1f ms (goal < 100 ms)\n",
                x3.booths.size(), report.violations.size(), check_ms);

    // One drag query: a 30 m x 20 m pavilion region moved across one hall's full index.
    const HallId hall(0);
    CollisionIndex index = CollisionIndex::build(x3, hall);
    const Vec2 at = bounds(x3.hall(hall).outline).min;
    const int queries = 10000;
    size_t hits = 0;
    auto t0 = Clock::now();
    for (int i = 0; i < queries; ++i)
    {
        Vec2 o = at + Vec2{5.0 + (i % 90), 5.0 + (i / 90) % 55};
        hits += index.overlaps(rectangle(o, o + Vec2{30, 20}), kAllKinds).size();
    }
    double drag_ms = ms_since(t0) / queries;
    std::printf("drag query, one hall (%zu items): %.4f ms per query, %.1f items hit on average (goal < 0.5 ms)\n",
                index.size(), drag_ms, static_cast<double>(hits) / queries);

    // The same query against one index holding every booth of the venue.
    Box venue;
    for (const Hall& h : x3.venue.halls)
        for (Vec2 q : h.outline)
            venue.add(q);
    CollisionIndex all(venue.min, rectangle(venue.min, venue.max));
    t0 = Clock::now();
    for (size_t i = 0; i < x3.booths.size(); ++i)
        all.insert({ItemKind::Booth, static_cast<int32_t>(i)},
                   footprint(x3.block(x3.booths[i].cells.block), x3.booths[i].cells));
    double build_ms = ms_since(t0);
    hits = 0;
    t0 = Clock::now();
    for (int i = 0; i < queries; ++i)
    {
        Vec2 o = at + Vec2{5.0 + (i % 90), 5.0 + (i / 90) % 55};
        hits += all.overlaps(rectangle(o, o + Vec2{30, 20}), kind_bit(ItemKind::Booth)).size();
    }
    std::printf("drag query, venue-wide index of %zu booths (built in %.1f ms): %.4f ms per query\n", x3.booths.size(),
                build_ms, ms_since(t0) / queries);

    // Index against naive all-pairs on 5,000 booths, every 50th pushed 1 m into its neighbour.
    const size_t n = std::min<size_t>(5000, x3.booths.size());
    std::vector<Polygon> shapes;
    for (size_t i = 0; i < n; ++i)
    {
        Polygon fp = footprint(x3.block(x3.booths[i].cells.block), x3.booths[i].cells);
        shapes.push_back(i % 50 == 0 ? translated(fp, {1, 0}) : fp);
    }
    size_t naive_pairs = 0, index_pairs = 0;
    double naive_ms = best_of(3,
                              [&]
                              {
                                  naive_pairs = 0;
                                  for (size_t i = 0; i < n; ++i)
                                      for (size_t j = i + 1; j < n; ++j)
                                          naive_pairs += penetration(shapes[i], shapes[j]) > kOverlapTolerance;
                              });
    double index_ms = best_of(3,
                              [&]
                              {
                                  CollisionIndex five(venue.min, rectangle(venue.min, venue.max));
                                  for (size_t i = 0; i < n; ++i)
                                      five.insert({ItemKind::Booth, static_cast<int32_t>(i)}, shapes[i]);
                                  index_pairs =
                                      five.all_overlaps(kind_bit(ItemKind::Booth), kind_bit(ItemKind::Booth)).size();
                              });
    std::printf("all overlaps among %zu booths: naive all-pairs %.1f ms (%zu pairs), index incl. build %.2f ms (%zu "
                "pairs): %.0fx faster\n",
                n, naive_ms, naive_pairs, index_ms, index_pairs, naive_ms / index_ms);
    return naive_pairs == index_pairs ? 0 : 1;
}
