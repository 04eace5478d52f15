// The exhibitor-to-booth list as an Excel workbook: a summary sheet (fill rate per hall and per
// pavilion), a sheet per hall and one for unassigned exhibitors. The created date is the export
// date at midnight UTC, so the same project gives byte-identical files.
#include "exports.h"
#include "file_util.h"
#include "exhibitor_list.h"

#include <xlsxwriter.h>

#include <cstdlib>
#include <ctime>
#include <map>
#include <set>
#include <stdexcept>

namespace bp
{

namespace
{

using Rows = std::vector<std::vector<std::string>>;

std::string sheet_name(std::string s, std::set<std::string>& used)
{
    for (char& c : s)
        if (std::string("[]:*?/\\").find(c) != std::string::npos)
            c = '_';
    if (s.size() > 28)
        s.resize(28);
    std::string base = s;
    for (int n = 2; used.count(s); ++n)
        s = base + "~" + std::to_string(n);
    used.insert(s);
    return s;
}

time_t midnight_utc(const std::string& date)
{
    std::tm tm{};
    if (sscanf(date.c_str(), "%d-%d-%d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday) != 3)
        return 946684800; // 2000-01-01
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    return timegm(&tm);
}

struct Formats
{
    lxw_format *bold, *percent, *number, *title;
};

void write_list_sheet(lxw_worksheet* ws, const Rows& rows, const std::vector<size_t>& which, const Formats& f)
{
    const std::vector<std::string>& header = rows[0];
    std::set<size_t> numeric;
    for (size_t c = 0; c < header.size(); ++c)
        if (header[c] == "area_m2" || header[c] == "booth_area_m2" || header[c] == "priority")
            numeric.insert(c);
    for (size_t c = 0; c < header.size(); ++c)
        worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), header[c].c_str(), f.bold);
    lxw_row_t r = 1;
    for (size_t i : which)
    {
        const std::vector<std::string>& row = rows[i];
        for (size_t c = 0; c < row.size(); ++c)
        {
            if (row[c].empty())
                continue;
            char* end = nullptr;
            double v = std::strtod(row[c].c_str(), &end);
            if (numeric.count(c) && end && *end == '\0')
                worksheet_write_number(ws, r, static_cast<lxw_col_t>(c), v, f.number);
            else
                worksheet_write_string(ws, r, static_cast<lxw_col_t>(c), row[c].c_str(), nullptr);
        }
        ++r;
    }
    worksheet_set_column(ws, 0, static_cast<lxw_col_t>(header.size() - 1), 14, nullptr);
    worksheet_freeze_panes(ws, 1, 0);
    if (!which.empty())
        worksheet_autofilter(ws, 0, 0, r - 1, static_cast<lxw_col_t>(header.size() - 1));
}

void write_summary(lxw_worksheet* ws, const Project& project, const std::optional<HallId>& only,
                   const std::string& date, const Formats& f)
{
    worksheet_write_string(ws, 0, 0, (project.venue.name + " \u2014 booth list").c_str(), f.title);
    worksheet_write_string(ws, 1, 0, ("Exported " + date + " by boothplan").c_str(), nullptr);
    lxw_row_t r = 3;
    const char* hall_cols[] = {"Hall",          "Name", "Booths", "Let", "Booth area m\u00b2", "Let area m\u00b2",
                               "BoothFill rate"};
    for (lxw_col_t c = 0; c < 7; ++c)
        worksheet_write_string(ws, r, c, hall_cols[c], f.bold);
    ++r;
    auto by_hall = booths_by_hall(project);
    BoothFill total;
    auto write_fill = [&](lxw_row_t row, const BoothFill& fill)
    {
        worksheet_write_number(ws, row, 2, fill.booths, nullptr);
        worksheet_write_number(ws, row, 3, fill.assigned, nullptr);
        worksheet_write_number(ws, row, 4, fill.area_m2, f.number);
        worksheet_write_number(ws, row, 5, fill.assigned_m2, f.number);
        worksheet_write_number(ws, row, 6, fill.rate(), f.percent);
    };
    for (size_t i = 0; i < project.venue.halls.size(); ++i)
    {
        if (only && only->index() != i)
            continue;
        BoothFill fill = hall_fill(project, by_hall[i]);
        worksheet_write_string(ws, r, 0, project.venue.halls[i].code.c_str(), nullptr);
        worksheet_write_string(ws, r, 1, project.venue.halls[i].name.c_str(), nullptr);
        write_fill(r++, fill);
        total.booths += fill.booths;
        total.assigned += fill.assigned;
        total.area_m2 += fill.area_m2;
        total.assigned_m2 += fill.assigned_m2;
    }
    worksheet_write_string(ws, r, 0, "Total", f.bold);
    write_fill(r++, total);

    // Pavilions: how much of the members' requested area they got.
    r += 2;
    const char* pav_cols[] = {"Pavilion",          "Country",          "Members",       "Placed",
                              "Requested m\u00b2", "Assigned m\u00b2", "BoothFill rate"};
    for (lxw_col_t c = 0; c < 7; ++c)
        worksheet_write_string(ws, r, c, pav_cols[c], f.bold);
    ++r;
    std::vector<double> requested(project.pavilions.size()), assigned(project.pavilions.size());
    std::vector<int> members(project.pavilions.size()), placed(project.pavilions.size());
    std::vector<bool> has_booth(project.exhibitors.size());
    for (const Booth& b : project.booths)
    {
        if (!b.exhibitor.valid() || (only && b.hall != *only))
            continue;
        const Exhibitor& e = project.exhibitor(b.exhibitor);
        if (e.pavilion.valid())
            assigned[e.pavilion.index()] += booth_area(project.block(b.cells.block), b.cells);
        has_booth[b.exhibitor.index()] = true;
    }
    for (size_t i = 0; i < project.exhibitors.size(); ++i)
    {
        const Exhibitor& e = project.exhibitors[i];
        if (!e.pavilion.valid())
            continue;
        requested[e.pavilion.index()] += e.area_m2;
        members[e.pavilion.index()] += 1;
        placed[e.pavilion.index()] += has_booth[i] ? 1 : 0;
    }
    for (size_t p = 0; p < project.pavilions.size(); ++p)
    {
        worksheet_write_string(ws, r, 0, project.pavilions[p].name.c_str(), nullptr);
        worksheet_write_string(ws, r, 1, project.pavilions[p].country.c_str(), nullptr);
        worksheet_write_number(ws, r, 2, members[p], nullptr);
        worksheet_write_number(ws, r, 3, placed[p], nullptr);
        worksheet_write_number(ws, r, 4, requested[p], f.number);
        worksheet_write_number(ws, r, 5, assigned[p], f.number);
        worksheet_write_number(ws, r, 6, requested[p] > 0 ? assigned[p] / requested[p] : 0, f.percent);
        ++r;
    }
    worksheet_set_column(ws, 0, 0, 22, nullptr);
    worksheet_set_column(ws, 1, 6, 14, nullptr);
}

} // namespace

void export_xlsx(const Project& project, const std::string& path, const ExportOptions& options)
{
    std::optional<HallId> only = selected_hall(project, options);
    Rows rows = exhibitor_booth_rows(project);
    if (rows.empty())
        throw std::runtime_error("exhibitor list has no header");
    size_t hall_col = 0;
    while (hall_col < rows[0].size() && rows[0][hall_col] != "hall")
        ++hall_col;
    std::map<std::string, std::vector<size_t>> by_hall;
    for (size_t i = 1; i < rows.size(); ++i)
        by_hall[hall_col < rows[i].size() ? rows[i][hall_col] : ""].push_back(i);

    TempFile tmp(path);
    lxw_workbook* wb = workbook_new(tmp.path().c_str());
    if (!wb)
        throw std::runtime_error("cannot write " + path);
    std::string date = export_date(options);
    std::string title = project.venue.name + " booth list", author = "boothplan";
    lxw_doc_properties props{};
    props.title = title.data();
    props.author = author.data();
    props.created = midnight_utc(date);
    workbook_set_properties(wb, &props);
    Formats f{};
    f.bold = workbook_add_format(wb);
    format_set_bold(f.bold);
    f.title = workbook_add_format(wb);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    f.percent = workbook_add_format(wb);
    format_set_num_format(f.percent, "0.0%");
    f.number = workbook_add_format(wb);
    format_set_num_format(f.number, "0.##");

    std::set<std::string> used;
    write_summary(workbook_add_worksheet(wb, sheet_name("Summary", used).c_str()), project, only, date, f);
    for (size_t i = 0; i < project.venue.halls.size(); ++i)
    {
        const Hall& h = project.venue.halls[i];
        if (only && only->index() != i)
            continue;
        lxw_worksheet* ws = workbook_add_worksheet(wb, sheet_name("Hall " + h.code, used).c_str());
        write_list_sheet(ws, rows, by_hall[h.code], f);
    }
    if (!only && by_hall.count(""))
        write_list_sheet(workbook_add_worksheet(wb, sheet_name("Unassigned", used).c_str()), rows, by_hall[""], f);
    lxw_error err = workbook_close(wb);
    if (err != LXW_NO_ERROR)
        throw std::runtime_error("cannot write " + path + ": " + lxw_strerror(err));
    tmp.commit();
}

} // namespace bp
