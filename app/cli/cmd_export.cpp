// `boothplan export`: the project as interchange JSON or booth maps and lists, written atomically.
#include "commands.h"

#include "layout/io/exhibitor_list.h"
#include "render/export.h"
#include "layout/io/file_util.h"
#include "layout/io/project_json.h"
#include "layout/io/project_store.h"

#include <iostream>

namespace bp::cli
{

namespace
{

struct ExportOptions
{
    std::string project, format, out, hall;
    std::string colour_by = "pavilion", page = "A3", date;
    double dpi = 150;
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
    CLI::App* cmd = app.add_subcommand("export", "Export the project: booth maps (pdf, svg, png), lists (csv, xlsx), "
                                                 "geojson, dxf, gltf or interchange json");
    cmd->add_option("PROJECT", opt->project, "Project file (*.boothplan)")->required()->check(CLI::ExistingFile);
    cmd->add_option("--format", opt->format, "pdf | svg | png | csv | xlsx | geojson | dxf | gltf | json")
        ->required()
        ->check(CLI::IsMember({"json", "csv", "pdf", "svg", "png", "xlsx", "geojson", "dxf", "gltf"}));
    cmd->add_option("-o,--output", opt->out, "File to write")->required();
    cmd->add_option("--hall", opt->hall, "Only this hall (all formats but json)");
    cmd->add_option("--color-by,--colour-by", opt->colour_by, "Booth colours: pavilion | sector | status | country")
        ->check(CLI::IsMember({"pavilion", "sector", "status", "country"}));
    cmd->add_option("--page", opt->page, "Page size of maps (landscape): A4 | A3 | A1")
        ->check(CLI::IsMember({"A4", "A3", "A1", "a4", "a3", "a1"}));
    cmd->add_option("--dpi", opt->dpi, "PNG resolution")->check(CLI::Range(10.0, 1200.0));
    cmd->add_option("--date", opt->date, "Date printed on maps (default: today, YYYY-MM-DD)");
    cmd->callback([opt] {
        Project p = load_project(opt->project);
        if (!opt->hall.empty() && !p.find_hall(opt->hall))
            throw ExitStatus{kExitBadInput, opt->project + ": --hall: no hall '" + opt->hall + "' in the venue"};
        if (std::optional<ExportFormat> f = parse_export_format(opt->format))
        {
            bp::ExportOptions eo;
            eo.hall = opt->hall;
            eo.colour_by = *parse_colour_by(opt->colour_by);
            eo.page = *parse_page_size(opt->page);
            eo.dpi = opt->dpi;
            eo.date = opt->date;
            export_project(p, *f, opt->out, eo);
            std::cout << opt->out << ": " << opt->format << "\n";
            return;
        }
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
