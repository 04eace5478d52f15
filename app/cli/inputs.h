// Reading the files a planner hands to the command line, chosen by extension.
#pragma once

#include "layout/io/exhibitor_list.h"
#include "layout/io/venue_dxf.h"
#include "layout/model/model.h"

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace bp::cli
{

// .json venue file or .dxf venue drawing (its import summary printed on stdout). Throws InputError.
Venue read_venue_any(const std::string& path, const DxfImportOptions& dxf = {});

// How a venue DXF is read, as given on the command line.
struct DxfCliOptions
{
    std::vector<std::string> layers; // --dxf-layer KIND=NAME, repeatable
    std::string units;               // --units mm|cm|m|in|ft
    std::string tolerance;           // --dxf-tolerance 5cm
};
// `--dxf-layer`, `--units` and `--dxf-tolerance` on a command.
void add_dxf_options(CLI::App* cmd, DxfCliOptions& o);
// Throws InputError for an unknown KIND (compared without regard to case), units or tolerance.
DxfImportOptions parse_dxf_options(const DxfCliOptions& o);

// .csv exhibitor list (or a spreadsheet where a reader exists) as a table. Throws InputError.
Table read_exhibitor_table_any(const std::string& path);

// Lowercased extension with its dot, e.g. ".csv".
std::string extension_of(const std::string& path);

// Prints warnings as `file:line: column: warning: message` on stderr.
void print_warnings(const std::vector<Problem>& warnings);

} // namespace bp::cli
