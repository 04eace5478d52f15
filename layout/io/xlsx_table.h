// Exhibitor lists kept in Excel: the first worksheet of an .xlsx read into the same Table the CSV
// reader makes, so import_exhibitors applies the same columns and checks (DESIGN §4).
#pragma once

#include "exhibitor_list.h"

#include <string>

namespace bp
{

// Shared strings, inline strings, numbers and booleans; rows keep their sheet row numbers for
// messages; wholly empty rows are skipped. Throws InputError naming the file (and the part of the
// package) when it is not a readable .xlsx.
Table read_xlsx_table(const std::string& path);
Table parse_xlsx_table(const std::string& bytes, const std::string& file_label);

} // namespace bp
