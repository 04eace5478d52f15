// Options shared by every export, and the GeoJSON file writer.
#include "exports.h"

#include "layout/io/file_util.h"
#include "layout/model/diagnostics.h"

#include <ctime>

namespace bp
{

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

std::string export_date(const ExportOptions& options)
{
    if (!options.date.empty())
        return options.date;
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
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

void export_geojson(const Project& project, const std::string& path, const ExportOptions& options)
{
    write_file_atomically(path, geojson_text(project, options));
}

} // namespace bp
