// `boothplan grid`: (re)generates the booth grid of every hall from the venue and its rules and
// saves the project in one transaction; prints modules and net booth share per hall.
#include "commands.h"

#include "layout/grid/booth_grid.h"
#include "layout/io/project_store.h"

#include <chrono>
#include <cstdio>
#include <iostream>

namespace bp::cli
{

void add_grid_command(CLI::App& app)
{
    struct Options
    {
        std::string project;
        bool best_frame = false;
    };
    auto opt = std::make_shared<Options>();
    CLI::App* cmd = app.add_subcommand("grid", "(Re)generate booth blocks and numbers from the venue and its rules");
    cmd->add_option("PROJECT", opt->project, "Project file (*.boothplan)")->required()->check(CLI::ExistingFile);
    cmd->add_flag("--best-frame", opt->best_frame,
                  "Always take the frame with the most modules, even when booth numbers then change");
    cmd->callback(
        [opt]
        {
            auto t0 = std::chrono::steady_clock::now();
            Project p = load_project(opt->project);
            GridOptions options;
            if (opt->best_frame)
                options.keep_frame_loss = -1;
            GridResult grid = generate_grid(p, options);
            const GridReport& r = grid.report;
            apply_edit(p, std::move(grid.edit));
            save_project(p, opt->project);
            double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

            char line[256];
            double hall_area = 0;
            for (const HallGridSummary& h : r.halls)
            {
                hall_area += h.hall_area_m2;
                std::string rows = h.orientation_deg == 0    ? "east-west"
                                   : h.orientation_deg == 90 ? "north-south"
                                                             : "at " + std::to_string(h.orientation_deg) + " degrees";
                std::snprintf(line, sizeof line,
                              "hall %-6s %5d modules in %3d blocks, net booth share %5.1f %% (rows %s)%s\n",
                              h.code.c_str(), h.modules, h.blocks, 100 * h.share(), rows.c_str(),
                              h.frame_kept ? ", numbers kept" : "");
                std::cout << line;
                if (!h.note.empty())
                    std::cout << "hall " << h.code << ": " << h.note << "\n";
            }
            std::snprintf(line, sizeof line, "%s: %d modules in %zu halls, net booth share %.1f %% (%.2f s)\n",
                          opt->project.c_str(), r.modules(), r.halls.size(),
                          hall_area > 0 ? 100 * r.booth_area_m2() / hall_area : 0.0, s);
            std::cout << line;
            if (r.kept_allocations > 0)
                std::cout << "kept " << r.kept_allocations << " allocated or reserved booths\n";
            for (const DroppedAllocation& d : r.dropped)
                std::cout << "dropped: exhibitor " << p.exhibitor(d.exhibitor).code << " lost booth " << d.booth << ": "
                          << d.reason << "\n";
        });
}

} // namespace bp::cli
