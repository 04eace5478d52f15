// The BOOTHPLAN record of DXF exports (see dxf_meta.h), through the venue JSON reader and writer.
#include "dxf_meta.h"

#include "layout/model/diagnostics.h"
#include "venue_json.h"

#include <nlohmann/json.hpp>

namespace bp
{

using nlohmann::json;

std::vector<std::string> dxf_meta_chunks(const Venue& venue)
{
    json v = json::parse(write_venue_json(venue));
    json record = {{"format", "boothplan-venue-meta"}, {"version", 1}, {"name", v["name"]}, {"rules", v["rules"]}};
    record["halls"] = json::array();
    for (json& h : v["halls"])
    {
        json keep = {{"id", h["id"]}, {"name", h["name"]}, {"level", h["level"]}, {"height_m", h["height_m"]}};
        if (h.contains("rules"))
            keep["rules"] = h["rules"];
        record["halls"].push_back(keep);
    }
    // ASCII only (\uXXXX escapes: DXF R2000 strings are not UTF-8); pieces never begin or end with a
    // space, which DXF readers may trim.
    std::string text = record.dump(-1, ' ', true);
    std::vector<std::string> chunks;
    for (size_t i = 0; i < text.size();)
    {
        size_t n = std::min<size_t>(240, text.size() - i);
        while (n > 1 && i + n < text.size() && (text[i + n - 1] == ' ' || text[i + n] == ' '))
            --n;
        chunks.push_back(text.substr(i, n));
        i += n;
    }
    return chunks;
}

bool apply_dxf_meta(const std::string& text, const std::string& file, Venue& venue, std::string& problem)
{
    try
    {
        json record = json::parse(text);
        if (!record.is_object() || record.value("format", "") != "boothplan-venue-meta")
        {
            problem = "not a boothplan-venue-meta record";
            return false;
        }
        if (!record.contains("version") || !record["version"].is_number_integer() || record["version"].get<int>() > 1)
        {
            problem = "record version is newer than this boothplan reads (1)";
            return false;
        }
        json v = json::parse(write_venue_json(venue));
        if (record.contains("name"))
            v["name"] = record["name"];
        if (record.contains("rules"))
            v["rules"] = record["rules"];
        if (record.contains("halls") && record["halls"].is_array())
            for (const json& h : record["halls"])
                for (json& drawn : v["halls"])
                    if (h.is_object() && h.contains("id") && drawn["id"] == h["id"])
                        for (const char* key : {"name", "level", "height_m", "rules"})
                            if (h.contains(key))
                                drawn[key] = h[key];
        venue = parse_venue_json(v.dump(), file);
        return true;
    }
    catch (const json::exception& e)
    {
        problem = e.what();
    }
    catch (const InputError& e)
    {
        problem = e.problems.empty() ? "invalid" : e.problems.front().message;
    }
    return false;
}

} // namespace bp
