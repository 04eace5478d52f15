// `boothplan export`: the project as interchange JSON or booth maps and lists, written atomically.
#include "commands.h"

#include "layout/exhibitor_list.h"
#include "layout/file_util.h"
#include "layout/project_json.h"
#include "layout/project_store.h"

#include <iostream>

namespace bp::cli
{

namespace
{

struct ExportOptions
{
    std::string project, format, out, hall;
};

// The exhibitor-to-booth list, optionally of one hall.
std::string export_csv(const Project& p, const ExportOptions& o)
{
    auto rows = exhibitor_booth_rows(p);
    if (!o.hall.empty())
    {
        const size_t hall_col = 14;
        std::vector<std::vector<std::string>> kept{rows[0]};
        for (size_t i = 1; i < rows.size(); ++i)
            if (rows[i][hall_col] == o.hall)
                kept.push_back(rows[i]);
        rows = std::move(kept);
    }
    return write_csv(rows);
}

} // namespace

void add_export_command(CLI::App& app)
{
    auto opt = std::make_shared<ExportOptions>();
    CLI::App* cmd = app.add_subcommand("export", "Export the project: interchange JSON or exhibitor-to-booth CSV");
    cmd->add_option("PROJECT", opt->project, "Project file (*.boothplan)")->required()->check(CLI::ExistingFile);
    cmd->add_option("--format", opt->format, "json | csv")->required()->check(CLI::IsMember({"json", "csv"}));
    cmd->add_option("-o,--output", opt->out, "File to write")->required();
    cmd->add_option("--hall", opt->hall, "Only this hall (csv)");
    cmd->callback([opt] {
        Project p = load_project(opt->project);
        if (!opt->hall.empty() && !p.find_hall(opt->hall))
            throw ExitStatus{kExitBadInput, opt->project + ": --hall: no hall '" + opt->hall + "' in the venue"};
        std::string bytes;
        if (opt->format == "json")
        {
            if (!opt->hall.empty())
                throw ExitStatus{kExitBadInput, "--hall does not apply to --format json (it exports the whole project)"};
            bytes = write_project_json(p);
        }
        else
            bytes = export_csv(p, *opt);
        write_file_atomically(opt->out, bytes);
        std::cout << opt->out << ": " << opt->format << ", " << bytes.size() << " bytes\n";
    });
}

} // namespace bp::cli
