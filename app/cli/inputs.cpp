// Reading venue and exhibitor files by extension.
#include "inputs.h"

#include "layout/io/xlsx_table.h"
#include "layout/io/venue_json.h"

#include <filesystem>
#include <iostream>

namespace bp::cli
{

std::string extension_of(const std::string& path)
{
    std::string ext = std::filesystem::path(path).extension().string();
    for (char& c : ext)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

Venue read_venue_any(const std::string& path, const DxfImportOptions& dxf)
{
    std::string ext = extension_of(path);
    if (ext == ".json")
        return read_venue_json(path);
    if (ext == ".dxf")
    {
        DxfImportSummary summary;
        Venue v = read_venue_dxf(path, dxf, &summary);
        std::cout << path << ": " << summary.to_string() << "\n";
        return v;
    }
    throw InputError(path, 0, "", "unknown venue file type '" + ext + "': expected .json or .dxf");
}

void add_dxf_options(CLI::App* cmd, DxfCliOptions& o)
{
    cmd->add_option("--dxf-layer", o.layers,
                    "Layer of a venue DXF, as KIND=LAYER (KIND: hall, name, column, blocked, exit, entrance, freight; "
                    "repeatable). Defaults: the upper-case kinds; hall names from texts on the hall layer");
    cmd->add_option("--units", o.units, "Units of a venue DXF, overriding its $INSUNITS: mm, cm, m, in or ft");
    cmd->add_option("--dxf-tolerance", o.tolerance,
                    "Join loose ends of hall outlines up to this far apart, e.g. 5cm (default), 20mm, 0.1m");
}

DxfImportOptions parse_dxf_options(const DxfCliOptions& o)
{
    DxfImportOptions out;
    DxfLayers& layers = out.layers;
    for (const std::string& spec : o.layers)
    {
        size_t eq = spec.find('=');
        std::string kind = spec.substr(0, eq), name = eq == std::string::npos ? "" : spec.substr(eq + 1);
        for (char& c : kind)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        std::string* slot = kind == "hall"       ? &layers.hall
                            : kind == "name"     ? &layers.name
                            : kind == "column"   ? &layers.column
                            : kind == "blocked"  ? &layers.blocked
                            : kind == "exit"     ? &layers.exit
                            : kind == "entrance" ? &layers.entrance
                            : kind == "freight"  ? &layers.freight
                                                 : nullptr;
        if (!slot || name.empty())
            throw InputError("--dxf-layer", 0, "",
                             "'" + spec +
                                 "': expected KIND=LAYER with KIND hall, name, column, blocked, exit, entrance or freight");
        *slot = name;
    }
    if (!o.units.empty())
    {
        out.units = parse_drawing_units(o.units);
        if (!out.units)
            throw InputError("--units", 0, "", "'" + o.units + "': expected mm, cm, m, in or ft");
    }
    if (!o.tolerance.empty())
    {
        // A length: a number and an optional unit (metres when none).
        size_t used = 0;
        double v = -1;
        try
        {
            v = std::stod(o.tolerance, &used);
        }
        catch (const std::exception&)
        {
        }
        std::string unit = o.tolerance.substr(used);
        std::optional<DrawingUnits> u = unit.empty() ? DrawingUnits::Metre : parse_drawing_units(unit);
        double m = u ? v * metres_per_unit(*u) : -1;
        if (!u || !(m >= 0) || m > 10)
            throw InputError("--dxf-tolerance", 0, "",
                             "'" + o.tolerance + "': expected a length up to 10 m such as 5cm, 20mm or 0.1m");
        out.tolerance_m = m;
    }
    return out;
}

Table read_exhibitor_table_any(const std::string& path)
{
    std::string ext = extension_of(path);
    if (ext == ".csv" || ext == ".txt")
        return read_csv_table(path);
    if (ext == ".xlsx")
        return read_xlsx_table(path);
    throw InputError(path, 0, "", "unknown exhibitor list type '" + ext + "': expected .csv or .xlsx");
}

void print_warnings(const std::vector<Problem>& warnings)
{
    for (const Problem& w : warnings)
    {
        Problem p = w;
        p.message = "warning: " + p.message;
        std::cerr << p.to_string() << "\n";
    }
}

} // namespace bp::cli
