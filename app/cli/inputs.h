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
Venue read_venue_any(const std::string& path, const DxfLayers& layers = {});

// `--dxf-layer KIND=NAME` (repeatable; KIND hall|column|blocked|exit|entrance|freight) on a command.
void add_dxf_layer_option(CLI::App* cmd, std::vector<std::string>& specs);
// Throws InputError for an unknown KIND.
DxfLayers parse_dxf_layers(const std::vector<std::string>& specs);

// .csv exhibitor list (or a spreadsheet where a reader exists) as a table. Throws InputError.
Table read_exhibitor_table_any(const std::string& path);

// Lowercased extension with its dot, e.g. ".csv".
std::string extension_of(const std::string& path);

// Prints warnings as `file:line: column: warning: message` on stderr.
void print_warnings(const std::vector<Problem>& warnings);

} // namespace bp::cli
