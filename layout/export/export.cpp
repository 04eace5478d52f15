// Format and option names, the export dispatcher and the helpers of export_util.h.
#include "export.h"

#include "export_util.h"
#include "layout/diagnostics.h"
#include "layout/file_util.h"

#include <cstdio>
#include <filesystem>
#include <stdexcept>
#include <unistd.h>

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

std::optional<ColourBy> parse_colour_by(const std::string& s)
{
    if (s == "pavilion")
        return ColourBy::Pavilion;
    if (s == "sector")
        return ColourBy::Sector;
    if (s == "status")
        return ColourBy::Status;
    if (s == "country")
        return ColourBy::Country;
    return std::nullopt;
}

std::optional<PageSize> parse_page_size(const std::string& s)
{
    if (s == "A4" || s == "a4")
        return PageSize::A4;
    if (s == "A3" || s == "a3")
        return PageSize::A3;
    if (s == "A1" || s == "a1")
        return PageSize::A1;
    return std::nullopt;
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

void export_geojson(const Project& project, const std::string& path, const ExportOptions& options)
{
    write_file_atomically(path, geojson_text(project, options));
}

// [SECTION] export_util.h

TempFile::TempFile(std::string target) : target_(std::move(target))
{
    tmp_ = target_ + ".tmp-" + std::to_string(getpid());
}

TempFile::~TempFile()
{
    if (!done_)
        std::remove(tmp_.c_str());
}

void TempFile::commit()
{
    std::error_code ec;
    std::filesystem::rename(tmp_, target_, ec);
    if (ec)
        throw std::runtime_error("cannot write " + target_ + ": " + ec.message());
    done_ = true;
}

std::optional<HallId> selected_hall(const Project& project, const ExportOptions& options)
{
    if (options.hall.empty())
        return std::nullopt;
    std::optional<HallId> h = project.find_hall(options.hall);
    if (!h)
        throw InputError("--hall", 0, "", "no hall '" + options.hall + "' in this project");
    return h;
}

void throw_bad_option(const std::string& option, const std::string& message)
{
    throw InputError(option, 0, "", message);
}

std::string dxf_escape(const std::string& s)
{
    std::string out;
    for (size_t i = 0; i < s.size();)
    {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80)
        {
            out += (c < 0x20) ? ' ' : static_cast<char>(c);
            ++i;
            continue;
        }
        int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        uint32_t cp = len == 4 ? c & 0x07 : len == 3 ? c & 0x0F : len == 2 ? c & 0x1F : '?';
        for (int k = 1; k < len && i + static_cast<size_t>(k) < s.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<size_t>(k)]) & 0x3F);
        i += static_cast<size_t>(len);
        char buf[16];
        if (cp > 0xFFFF)
            std::snprintf(buf, sizeof buf, "?"); // outside what \U+XXXX can say
        else
            std::snprintf(buf, sizeof buf, "\\U+%04X", cp);
        out += buf;
    }
    return out;
}

} // namespace bp
