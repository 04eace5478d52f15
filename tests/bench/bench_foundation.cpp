// Prints generation, save, load and JSON export times for every sample preset, as generated
// (venue and exhibitors) and again with its booth grid (every module a booth).
// Goal (issue 2): canton-x3 generation, save and load each under 2 s.
// Usage: bench_foundation [PRESET...]   (tiny, cismef, canton, canton-x3; default all four)
#include "layout/grid/booth_grid.h"
#include "tests/support/edit_support.h"
#include "layout/io/project_json.h"
#include "layout/io/project_store.h"
#include "layout/samples/samples.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <unistd.h>
#include <vector>

using namespace bp;
using bp::test::regrid;

template <class F> static double seconds(F&& f)
{
    auto t0 = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

int main(int argc, char** argv)
{
    std::vector<SamplePreset> presets;
    for (int i = 1; i < argc; ++i)
    {
        std::optional<SamplePreset> preset = parse_sample_preset(argv[i]);
        if (!preset)
        {
            std::fprintf(stderr, "bench_foundation: unknown preset %s (tiny, cismef, canton, canton-x3)\n", argv[i]);
            return 2;
        }
        presets.push_back(*preset);
    }
    if (presets.empty())
        presets = {SamplePreset::Tiny, SamplePreset::Cismef, SamplePreset::Canton, SamplePreset::CantonX3};
    std::string dir = std::filesystem::temp_directory_path() / ("bench-foundation-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    std::printf("%-10s %-7s %6s %8s %8s %10s %10s %10s %10s %10s\n", "preset", "grid", "halls", "exhib.", "booths",
                "generate_s", "save_s", "load_s", "json_s", "file_MB");
    for (SamplePreset preset : presets)
        for (bool with_grid : {false, true})
        {
            Project p;
            std::string path = dir + "/" + to_string(preset) + (with_grid ? "-grid" : "") + ".boothplan";
            double gen = seconds([&] {
                p = make_sample(preset, 1);
                if (with_grid)
                    regrid(p);
            });
            double save = seconds([&] { save_project(p, path); });
            Project q;
            double load = seconds([&] { q = load_project(path); });
            double json = seconds([&] { (void)write_project_json(q).size(); });
            std::printf("%-10s %-7s %6zu %8zu %8zu %10.3f %10.3f %10.3f %10.3f %10.2f\n", to_string(preset),
                        with_grid ? "yes" : "no", q.venue.halls.size(), q.exhibitors.size(), q.booths.size(), gen, save,
                        load, json, std::filesystem::file_size(path) / 1e6);
        }
    std::filesystem::remove_all(dir);
    return 0;
}
