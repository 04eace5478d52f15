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

Venue read_venue_any(const std::string& path, const DxfLayers& layers)
{
    std::string ext = extension_of(path);
    if (ext == ".json")
        return read_venue_json(path);
    if (ext == ".dxf")
    {
        DxfImportSummary summary;
        Venue v = read_venue_dxf(path, layers, &summary);
        std::cout << path << ": " << summary.to_string() << "\n";
        return v;
    }
    throw InputError(path, 0, "", "unknown venue file type '" + ext + "': expected .json or .dxf");
}

void add_dxf_layer_option(CLI::App* cmd, std::vector<std::string>& specs)
{
    cmd->add_option("--dxf-layer", specs,
                    "Layer name in a venue DXF, as KIND=NAME (KIND: hall, column, blocked, exit, entrance, freight); "
                    "defaults are the upper-case kinds");
}

DxfLayers parse_dxf_layers(const std::vector<std::string>& specs)
{
    DxfLayers layers;
    for (const std::string& spec : specs)
    {
        size_t eq = spec.find('=');
        std::string kind = spec.substr(0, eq), name = eq == std::string::npos ? "" : spec.substr(eq + 1);
        std::string* slot = kind == "hall"       ? &layers.hall
                            : kind == "column"   ? &layers.column
                            : kind == "blocked"  ? &layers.blocked
                            : kind == "exit"     ? &layers.exit
                            : kind == "entrance" ? &layers.entrance
                            : kind == "freight"  ? &layers.freight
                                                 : nullptr;
        if (!slot || name.empty())
            throw InputError("--dxf-layer", 0, "", "'" + spec +
                                                       "': expected KIND=NAME with KIND hall, column, blocked, exit, entrance or freight");
        *slot = name;
    }
    return layers;
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
