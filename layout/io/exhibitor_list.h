// Exhibitor lists (CSV or XLSX, DESIGN §4): a table of cells with line numbers, validated into
// exhibitors, sectors and pavilions; and the exhibitor-to-booth list written back out.
#pragma once

#include "layout/edit/edit.h"
#include "layout/model/diagnostics.h"
#include "layout/model/model.h"

#include <cstdint>
#include <string>
#include <vector>

namespace bp
{

struct TableRow
{
    int line = 0; // 1-based line (CSV) or sheet row (XLSX) of the row's first cell
    std::vector<std::string> cells;
};

// Bounds on a list from outside, so that no file takes the machine's memory or time: six times the
// largest fair (the Canton Fair, ~32,000 exhibitors a year); every cell kept, empty ones included.
constexpr size_t kMaxExhibitors = 200'000;
constexpr size_t kMaxListCells = 8'000'000;
constexpr size_t kMaxFieldBytes = 64 << 10;
constexpr uintmax_t kMaxListFileBytes = uintmax_t(512) << 20;

// A sheet of strings: rows[0] is the header.
struct Table
{
    std::string file;
    std::vector<TableRow> rows;
};

// Reads a CSV file into a table: UTF-8 (BOM allowed; other encodings refused with the byte offset),
// RFC 4180 quoting, LF or CRLF. Throws InputError, also for a list beyond the bounds above.
Table read_csv_table(const std::string& path);
Table parse_csv_table(const std::string& bytes, const std::string& file_label);

struct ExhibitorImport
{
    ReplaceExhibitors edit; // apply it to import
    std::vector<Problem> warnings;
};

// The edit that replaces the project's exhibitor list with the table's, creating unknown sectors
// and pavilions: exhibitors that keep their id keep their booths, booths of dropped exhibitors
// become free. Validates every row: on any error throws InputError listing all of them
// (`file:line: column: message`).
ExhibitorImport import_exhibitors(const Project& project, const Table& table);

// The exhibitor-to-booth list: DESIGN §4 columns plus booth, hall, booth_area_m2, booth_type,
// sorted by hall and booth number (unassigned exhibitors last, by id).
std::vector<std::vector<std::string>> exhibitor_booth_rows(const Project& project);
std::string write_csv(const std::vector<std::vector<std::string>>& rows);

} // namespace bp
