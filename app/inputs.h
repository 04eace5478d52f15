// Reading the files a planner hands to the command line, chosen by extension.
#pragma once

#include "layout/exhibitor_list.h"
#include "layout/model.h"

#include <string>

namespace bp::cli
{

// .json venue file (or a venue drawing where a reader exists). Throws InputError.
Venue read_venue_any(const std::string& path);

// .csv exhibitor list (or a spreadsheet where a reader exists) as a table. Throws InputError.
Table read_exhibitor_table_any(const std::string& path);

// Lowercased extension with its dot, e.g. ".csv".
std::string extension_of(const std::string& path);

// Prints warnings as `file:line: column: warning: message` on stderr.
void print_warnings(const std::vector<Problem>& warnings);

} // namespace bp::cli
