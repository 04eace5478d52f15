// Reading venue and exhibitor files by extension.
#include "inputs.h"

#include "layout/venue_json.h"

#include <filesystem>
#include <iostream>

namespace bp::cli
{

std::string extension_of(const std::string& path)
{
    std::string ext = std::filesystem::path(path).extension().string();
    for (char& c : ext)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

Venue read_venue_any(const std::string& path)
{
    std::string ext = extension_of(path);
    if (ext == ".json")
        return read_venue_json(path);
    throw InputError(path, 0, "", "unknown venue file type '" + ext + "': expected .json");
}

Table read_exhibitor_table_any(const std::string& path)
{
    std::string ext = extension_of(path);
    if (ext == ".csv" || ext == ".txt")
        return read_csv_table(path);
    throw InputError(path, 0, "", "unknown exhibitor list type '" + ext + "': expected .csv");
}

void print_warnings(const std::vector<Problem>& warnings)
{
    for (const Problem& w : warnings)
    {
        Problem p = w;
        p.message = "warning: " + p.message;
        std::cerr << p.to_string() << "\n";
    }
}

} // namespace bp::cli
