// Lists, indoor maps, CAD drawings and the 3D scene written from a project (XLSX, GeoJSON, DXF,
// glTF), and the options every export shares with the booth maps of render/. Every file is
// written to a temporary name and renamed, so an interrupted export never leaves half a file.
#pragma once

#include "layout/model/model.h"
#include "layout/plan/colour_key.h"

#include <optional>
#include <string>

namespace bp
{

enum class PageSize
{
    A4,
    A3,
    A1
};

struct ExportOptions
{
    std::string hall; // hall code; empty: the whole venue
    ColourBy colour_by = ColourBy::Pavilion;
    PageSize page = PageSize::A3; // landscape
    double dpi = 150;             // PNG only
    std::string date;             // printed on maps; empty: today (UTC, YYYY-MM-DD)
};

std::optional<PageSize> parse_page_size(const std::string& s);

// Today's date (UTC) as YYYY-MM-DD, or the options' date when set.
std::string export_date(const ExportOptions& options);

// The hall chosen with options.hall, nullopt for the whole venue; an unknown code throws InputError.
std::optional<HallId> selected_hall(const Project& project, const ExportOptions& options);
[[noreturn]] void throw_bad_option(const std::string& option, const std::string& message);

// A summary sheet (fill rate per hall and per pavilion), then a sheet per hall and one of
// unassigned exhibitors. Byte-identical for the same project.
void export_xlsx(const Project& project, const std::string& path, const ExportOptions& options);

std::string geojson_text(const Project& project, const ExportOptions& options);
void export_geojson(const Project& project, const std::string& path, const ExportOptions& options);

// Millimetres, $INSUNITS=4; layers HALL, COLUMN, BLOCKED, DOOR, PAV-<pavilion>, SEC-<sector>, BOOTH-NUMBER,
// BOOTH-NAME. Non-ASCII text as \U+XXXX escapes (DXF R2000 text is not UTF-8).
void export_dxf(const Project& project, const std::string& path, const ExportOptions& options);

// glTF 2.0 (`.gltf` with the buffer embedded, or `.glb`): floors, hall walls, columns, booths.
void export_gltf(const Project& project, const std::string& path, const ExportOptions& options);

} // namespace bp
