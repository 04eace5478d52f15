// Everything that takes a plan out of the tool: printed booth maps (PDF, SVG, PNG), lists (XLSX),
// indoor maps (GeoJSON), CAD drawings (DXF) and the 3D scene (glTF). Every file is written to a
// temporary name and renamed, so an interrupted export never leaves half a file.
#pragma once

#include "layout/model.h"

#include <optional>
#include <string>

namespace bp
{

enum class ExportFormat
{
    Pdf,
    Svg,
    Png,
    Xlsx,
    GeoJson,
    Dxf,
    Gltf
};

enum class ColourBy
{
    Pavilion,
    Sector,
    Status,
    Country
};

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

std::optional<ExportFormat> parse_export_format(const std::string& s);
std::optional<ColourBy> parse_colour_by(const std::string& s);
std::optional<PageSize> parse_page_size(const std::string& s);
const char* to_string(ExportFormat f);

// Writes the project in the given format. An unknown `options.hall` throws InputError;
// a failure to write throws std::runtime_error.
void export_project(const Project& project, ExportFormat format, const std::string& path,
                    const ExportOptions& options = {});

// The individual exporters (export_project dispatches to these).
// PDF: an overview page of the venue then one page per hall (only that hall's page with options.hall).
void export_pdf(const Project& project, const std::string& path, const ExportOptions& options);
// SVG and PNG: one drawing, the hall of options.hall or else the venue overview.
void export_svg(const Project& project, const std::string& path, const ExportOptions& options);
void export_png(const Project& project, const std::string& path, const ExportOptions& options);
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
