// The whole project as one JSON document: the venue in its interchange form plus sectors,
// pavilions, exhibitors, the booth grid and the booths.
#include "project_json.h"

#include "json_values.h"
#include "venue_json.h"

#include <nlohmann/json.hpp>

namespace bp
{

using nlohmann::json;

static json region_json(const Project& p, const std::optional<Region>& r)
{
    if (!r)
        return json();
    return {{"hall", p.hall(r->hall).code}, {"polygon", polygon_json(r->polygon)}};
}

static std::string colour_text(uint32_t c)
{
    static const char* hex = "0123456789abcdef";
    std::string s = "#";
    for (int shift = 20; shift >= 0; shift -= 4)
        s += hex[(c >> shift) & 0xF];
    return s;
}

static json sectors_json(const Project& p)
{
    json sectors = json::array();
    for (const Sector& s : p.sectors)
        sectors.push_back({{"name", s.name}, {"colour", colour_text(s.colour)}, {"zone", region_json(p, s.zone)}});
    return sectors;
}

static json pavilions_json(const Project& p)
{
    json pavilions = json::array();
    for (size_t i = 0; i < p.pavilions.size(); ++i)
    {
        const Pavilion& v = p.pavilions[i];
        json members = json::array();
        for (ExhibitorId m : p.members(PavilionId(static_cast<int32_t>(i))))
            members.push_back(p.exhibitor(m).code);
        pavilions.push_back({{"name", v.name},
                             {"country", v.country},
                             {"region", v.region},
                             {"colour", colour_text(v.colour)},
                             {"shared_space_share", v.shared_space_share},
                             {"placed", region_json(p, v.placed)},
                             {"members", members}});
    }
    return pavilions;
}

static json exhibitors_json(const Project& p)
{
    json exhibitors = json::array();
    for (const Exhibitor& e : p.exhibitors)
    {
        json prefer = json::array(), rivals = json::array();
        for (const Preference& pr : e.prefer)
            prefer.push_back(to_string(pr));
        for (ExhibitorId c : e.competitors)
            rivals.push_back(p.exhibitor(c).code);
        exhibitors.push_back({{"id", e.code},
                              {"name", e.name},
                              {"name_local", e.name_local},
                              {"country", e.country},
                              {"region", e.region},
                              {"sector", e.sector ? json(p.sector(e.sector).name) : json()},
                              {"area_m2", e.area_m2},
                              {"booth_kind", to_string(e.booth_kind)},
                              {"pavilion", e.pavilion ? json(p.pavilion(e.pavilion).name) : json()},
                              {"prefer", prefer},
                              {"competitors", rivals},
                              {"priority", e.priority},
                              {"locked_booth", e.locked_booth}});
    }
    return exhibitors;
}

// A block's cells as one letter each, in the order of CellUse (the legend beside says which).
static const char kCellLetters[] = "BCXDE";

static json blocks_json(const Project& p)
{
    json blocks = json::array();
    for (const Block& b : p.blocks)
    {
        std::string cells;
        for (CellUse u : b.cells)
            cells += kCellLetters[static_cast<int>(u)];
        json open = json::array(), main = json::array();
        for (int s = 0; s < 4; ++s)
        {
            open.push_back(b.open_side[s]);
            main.push_back(b.main_aisle_side[s]);
        }
        blocks.push_back({{"hall", p.hall(b.hall).code},
                          {"origin", {b.origin.x, b.origin.y}},
                          {"along", {b.along.x, b.along.y}},
                          {"module_m", b.module_m},
                          {"row_depth_m", b.row_depth_m},
                          {"rows", b.rows},
                          {"modules", b.modules},
                          {"cells", cells},
                          {"numbers", b.numbers},
                          {"open_sides", open},
                          {"main_aisle_sides", main}});
    }
    return blocks;
}

static json booths_json(const Project& p)
{
    json booths = json::array();
    for (const Booth& b : p.booths)
    {
        const Block& block = p.block(b.cells.block);
        booths.push_back({{"number", b.number},
                          {"hall", p.hall(b.hall).code},
                          {"block", b.cells.block.value},
                          {"row", b.cells.row},
                          {"rows", b.cells.rows},
                          {"col", b.cells.col},
                          {"cols", b.cells.cols},
                          {"area_m2", booth_area(block, b.cells)},
                          {"type", to_string(booth_type(block, b.cells))},
                          {"status", to_string(b.status)},
                          {"exhibitor", b.exhibitor ? json(p.exhibitor(b.exhibitor).code) : json()}});
    }
    return booths;
}

std::string write_project_json(const Project& p)
{
    json root;
    root["format"] = "boothplan-project";
    root["version"] = 1;
    root["venue"] = json::parse(write_venue_json(p.venue));
    root["sectors"] = sectors_json(p);
    root["pavilions"] = pavilions_json(p);
    root["exhibitors"] = exhibitors_json(p);
    root["blocks"] = blocks_json(p);
    json legend = json::object();
    for (size_t u = 0; u + 1 < sizeof kCellLetters; ++u)
        legend[std::string(1, kCellLetters[u])] = to_string(static_cast<CellUse>(u));
    root["cell_legend"] = legend;
    root["booths"] = booths_json(p);
    return root.dump(1) + "\n";
}

} // namespace bp
