// `boothplan import`: replaces a project's exhibitor list or venue; nothing changes on bad input.
#include "commands.h"
#include "inputs.h"

#include "layout/edit/edit.h"
#include "layout/io/project_store.h"

#include <iostream>

namespace bp::cli
{

void add_import_command(CLI::App& app)
{
    struct Options
    {
        std::string project, exhibitors, venue;
        DxfCliOptions dxf;
    };
    auto opt = std::make_shared<Options>();
    CLI::App* cmd = app.add_subcommand("import", "Replace a project's exhibitor list or its venue");
    cmd->add_option("PROJECT", opt->project, "Project file (*.boothplan)")->required()->check(CLI::ExistingFile);
    auto* ex =
        cmd->add_option("--exhibitors", opt->exhibitors, "Exhibitor list (CSV or XLSX)")->check(CLI::ExistingFile);
    auto* ve = cmd->add_option("--venue", opt->venue, "Venue file (JSON or DXF)")->check(CLI::ExistingFile);
    add_dxf_options(cmd, opt->dxf);
    ex->excludes(ve);
    cmd->callback(
        [opt, cmd]
        {
            if (opt->exhibitors.empty() && opt->venue.empty())
                throw CLI::RequiredError("--exhibitors or --venue");
            Project p = load_project(opt->project);
            if (!opt->exhibitors.empty())
            {
                size_t before = p.exhibitors.size();
                ExhibitorImport import = import_exhibitors(p, read_exhibitor_table_any(opt->exhibitors));
                print_warnings(import.warnings);
                apply_edit(p, std::move(import.edit));
                save_project(p, opt->project);
                std::cout << opt->project << ": " << p.exhibitors.size() << " exhibitors (was " << before << "), "
                          << p.pavilions.size() << " pavilions, " << p.sectors.size() << " sectors\n";
            }
            else
            {
                apply_edit(p, replace_venue(p, read_venue_any(opt->venue, parse_dxf_options(opt->dxf))));
                save_project(p, opt->project);
                std::cout << opt->project << ": venue '" << p.venue.name << "' with " << p.venue.halls.size()
                          << " halls; the booth grid was cleared: run `boothplan grid " << opt->project << "`\n";
            }
            (void)cmd;
        });
}

} // namespace bp::cli
