// Every way a plan leaves the tool, chosen by format: the booth maps drawn here (PDF, SVG, PNG
// through Cairo) and the lists, indoor maps, CAD drawings and 3D scene written by layout/io.
#pragma once

#include "layout/io/exports.h"

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

std::optional<ExportFormat> parse_export_format(const std::string& s);
const char* to_string(ExportFormat f);

// Writes the project in the given format. An unknown `options.hall` throws InputError;
// a failure to write throws std::runtime_error.
void export_project(const Project& project, ExportFormat format, const std::string& path,
                    const ExportOptions& options = {});

// PDF: an overview page of the venue then one page per hall (only that hall's page with options.hall).
void export_pdf(const Project& project, const std::string& path, const ExportOptions& options);
// SVG and PNG: one drawing, the hall of options.hall or else the venue overview.
void export_svg(const Project& project, const std::string& path, const ExportOptions& options);
void export_png(const Project& project, const std::string& path, const ExportOptions& options);

} // namespace bp
