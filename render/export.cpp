// Format names and the dispatcher over every export format.
#include "export.h"

namespace bp
{

std::optional<ExportFormat> parse_export_format(const std::string& s)
{
    if (s == "pdf")
        return ExportFormat::Pdf;
    if (s == "svg")
        return ExportFormat::Svg;
    if (s == "png")
        return ExportFormat::Png;
    if (s == "xlsx")
        return ExportFormat::Xlsx;
    if (s == "geojson")
        return ExportFormat::GeoJson;
    if (s == "dxf")
        return ExportFormat::Dxf;
    if (s == "gltf" || s == "glb")
        return ExportFormat::Gltf;
    return std::nullopt;
}

const char* to_string(ExportFormat f)
{
    switch (f)
    {
    case ExportFormat::Pdf:
        return "pdf";
    case ExportFormat::Svg:
        return "svg";
    case ExportFormat::Png:
        return "png";
    case ExportFormat::Xlsx:
        return "xlsx";
    case ExportFormat::GeoJson:
        return "geojson";
    case ExportFormat::Dxf:
        return "dxf";
    case ExportFormat::Gltf:
        return "gltf";
    }
    return "";
}

void export_project(const Project& project, ExportFormat format, const std::string& path, const ExportOptions& options)
{
    switch (format)
    {
    case ExportFormat::Pdf:
        return export_pdf(project, path, options);
    case ExportFormat::Svg:
        return export_svg(project, path, options);
    case ExportFormat::Png:
        return export_png(project, path, options);
    case ExportFormat::Xlsx:
        return export_xlsx(project, path, options);
    case ExportFormat::GeoJson:
        return export_geojson(project, path, options);
    case ExportFormat::Dxf:
        return export_dxf(project, path, options);
    case ExportFormat::Gltf:
        return export_gltf(project, path, options);
    }
}

} // namespace bp
