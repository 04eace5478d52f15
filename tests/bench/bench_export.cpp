// Times every export format on the cismef sample (14 halls, ~5,400 booths, 3,000 exhibitors let by
// the test fixture). Goal (issue 5): the whole set under 5 s.  Usage: bench_export [OUTDIR]
#include "layout/io/exhibitor_list.h"
#include "render/export.h"
#include "layout/io/file_util.h"
#include "tests/support/export_fixture.h"

#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <unistd.h>

using namespace bp;

int main(int argc, char** argv)
{
    namespace fs = std::filesystem;
    bool keep = argc > 1;
    fs::path dir = keep ? fs::path(argv[1]) : fs::temp_directory_path() / ("bench-export-" + std::to_string(getpid()));
    fs::create_directories(dir);
    auto t0 = std::chrono::steady_clock::now();
    Project p = test::let_sample(SamplePreset::Cismef);
    double setup = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf("cismef: %zu halls, %zu booths, %zu exhibitors (sample + grid + fixture allocation %.2f s)\n",
                p.venue.halls.size(), p.booths.size(), p.exhibitors.size(), setup);
    ExportOptions o;
    o.date = "2026-05-18";
    double total = 0, total_cpu = 0;
    // Wall time, and the process's CPU time, which a machine busy with other work inflates less.
    auto cpu_now = []
    {
        timespec ts{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
        return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
    };
    auto timed = [&](const char* name, const fs::path& file, auto&& write)
    {
        auto s = std::chrono::steady_clock::now();
        double c0 = cpu_now();
        write(file.string());
        double t = std::chrono::duration<double>(std::chrono::steady_clock::now() - s).count();
        double cpu = cpu_now() - c0;
        total += t;
        total_cpu += cpu;
        std::printf("%-8s %7.3f s  cpu %7.3f s  %9.1f KiB  %s\n", name, t, cpu, fs::file_size(file) / 1024.0,
                    file.filename().c_str());
    };
    for (ExportFormat f : {ExportFormat::Pdf, ExportFormat::Svg, ExportFormat::Png, ExportFormat::Xlsx,
                           ExportFormat::GeoJson, ExportFormat::Dxf, ExportFormat::Gltf})
    {
        std::string ext = to_string(f);
        timed(ext.c_str(), dir / ("cismef." + ext), [&](const std::string& path) { export_project(p, f, path, o); });
    }
    timed("csv", dir / "cismef.csv",
          [&](const std::string& path) { write_file_atomically(path, write_csv(exhibitor_booth_rows(p))); });
    std::printf("total    %7.3f s  cpu %7.3f s  (goal < 5 s: %s)\n", total, total_cpu, total < 5 ? "met" : "NOT met");
    if (!keep)
        fs::remove_all(dir);
    return 0;
}
