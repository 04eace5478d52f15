// `boothplan new`: a project from a venue file and, optionally, an exhibitor list.
#include "commands.h"
#include "inputs.h"

#include "layout/edit/edit.h"
#include "layout/io/project_store.h"

#include <filesystem>
#include <iostream>

namespace bp::cli
{

void add_new_command(CLI::App& app)
{
    struct Options
    {
        std::string venue, exhibitors, out;
        DxfCliOptions dxf;
        bool force = false;
    };
    auto opt = std::make_shared<Options>();
    CLI::App* cmd = app.add_subcommand("new", "Create a project from a venue file and an exhibitor list");
    cmd->add_option("--venue", opt->venue, "Venue file (boothplan-venue JSON or DXF drawing)")
        ->required()
        ->check(CLI::ExistingFile);
    cmd->add_option("--exhibitors", opt->exhibitors, "Exhibitor list (CSV or XLSX)")->check(CLI::ExistingFile);
    cmd->add_option("-o,--output", opt->out, "Project file to create (*.boothplan)")->required();
    cmd->add_flag("--force", opt->force, "Replace an existing project file");
    add_dxf_options(cmd, opt->dxf);
    cmd->callback(
        [opt]
        {
            if (std::filesystem::exists(opt->out) && !opt->force)
                throw ExitStatus{kExitBadInput, opt->out + ": exists; pass --force to replace it"};
            Project p;
            apply_edit(p, replace_venue(p, read_venue_any(opt->venue, parse_dxf_options(opt->dxf))));
            if (!opt->exhibitors.empty())
            {
                ExhibitorImport import = import_exhibitors(p, read_exhibitor_table_any(opt->exhibitors));
                print_warnings(import.warnings);
                apply_edit(p, std::move(import.edit));
            }
            save_project(p, opt->out);
            std::cout << opt->out << ": " << p.venue.halls.size() << " halls, " << p.exhibitors.size()
                      << " exhibitors, " << p.pavilions.size() << " pavilions, " << p.sectors.size() << " sectors\n";
        });
}

} // namespace bp::cli
