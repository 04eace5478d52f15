// Format names and the dispatcher over every export format.
#include "export.h"
#include "layout/model/names.h"

namespace bp
{

namespace
{
constexpr EnumName<ExportFormat> kFormatNames[] = {{ExportFormat::Pdf, "pdf"},         {ExportFormat::Svg, "svg"},
                                                   {ExportFormat::Png, "png"},         {ExportFormat::Xlsx, "xlsx"},
                                                   {ExportFormat::GeoJson, "geojson"}, {ExportFormat::Dxf, "dxf"},
                                                   {ExportFormat::Gltf, "gltf"}};
} // namespace

std::optional<ExportFormat> parse_export_format(const std::string& s)
{
    if (s == "glb")
        return ExportFormat::Gltf; // the binary glTF's own extension
    return value_in(kFormatNames, s);
}

const char* to_string(ExportFormat f)
{
    return name_in(kFormatNames, f);
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
