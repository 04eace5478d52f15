// Venue JSON: structural reading (types, required members) then geometric validation, and writing.
#include "venue_json.h"

#include "file_util.h"
#include "json_values.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <set>

namespace bp
{

using nlohmann::json;

namespace
{

constexpr size_t kMaxVenueBytes = 64 << 20;
constexpr int kMaxDepth = 32; // the format itself is 5 deep
constexpr size_t kMaxPolygonPoints = 10000;

// Collects problems with the JSON path of the value they are about.
struct Reader
{
    std::string file;
    std::vector<Problem> problems;

    void bad(const std::string& path, const std::string& msg) { problems.push_back({file, 0, path, msg}); }

    std::optional<double> number(const json& j, const std::string& path, bool positive)
    {
        if (!j.is_number())
        {
            bad(path, "expected a number, found " + std::string(j.type_name()));
            return std::nullopt;
        }
        double v = j.get<double>();
        if (!std::isfinite(v) || (positive && v <= 0))
        {
            bad(path, "must be a number > 0, is " + j.dump());
            return std::nullopt;
        }
        return v;
    }

    std::optional<Vec2> point(const json& j, const std::string& path)
    {
        if (!j.is_array() || j.size() != 2 || !j[0].is_number() || !j[1].is_number())
        {
            bad(path, "expected a point [x, y] in metres, found " + j.dump());
            return std::nullopt;
        }
        Vec2 p{j[0].get<double>(), j[1].get<double>()};
        if (!std::isfinite(p.x) || !std::isfinite(p.y) || std::abs(p.x) > 1e6 || std::abs(p.y) > 1e6)
        {
            bad(path, "coordinates must be finite metres within 1,000 km of the origin");
            return std::nullopt;
        }
        return p;
    }

    Polygon polygon(const json& j, const std::string& path)
    {
        Polygon poly;
        if (!j.is_array())
        {
            bad(path, "expected an array of points, found " + std::string(j.type_name()));
            return poly;
        }
        if (j.size() > kMaxPolygonPoints)
        {
            bad(path, "more than " + std::to_string(kMaxPolygonPoints) + " points");
            return poly;
        }
        for (size_t i = 0; i < j.size(); ++i)
            if (auto p = point(j[i], path + "[" + std::to_string(i) + "]"))
                poly.push_back(*p);
        return poly;
    }

    std::string string(const json& obj, const char* key, const std::string& path, bool required)
    {
        if (!obj.contains(key))
        {
            if (required)
                bad(path + "." + key, "required member missing");
            return {};
        }
        if (!obj[key].is_string())
        {
            bad(path + "." + key, "expected a string, found " + std::string(obj[key].type_name()));
            return {};
        }
        return obj[key].get<std::string>();
    }

    // A hall object: its names, level, height, outline, columns, blocked zones, doors and rules.
    void hall(const json& h, const std::string& path, Venue& venue)
    {
        if (!h.is_object())
        {
            bad(path, "expected an object");
            return;
        }
        Hall hall;
        hall.code = string(h, "id", path, true);
        hall.name = string(h, "name", path, false);
        if (hall.name.empty())
            hall.name = "Hall " + hall.code;
        if (h.contains("level"))
        {
            if (!h["level"].is_number_integer())
                bad(path + ".level", "expected an integer floor level");
            else
                hall.level = h["level"].get<int>();
        }
        if (h.contains("height_m"))
            hall.height_m = number(h["height_m"], path + ".height_m", true).value_or(hall.height_m);
        if (!h.contains("outline"))
            bad(path + ".outline", "required member missing");
        else
            hall.outline = polygon(h["outline"], path + ".outline");
        polygons(h, "columns", path, hall.columns);
        polygons(h, "blocked", path, hall.blocked);
        if (h.contains("doors"))
        {
            if (!h["doors"].is_array())
                bad(path + ".doors", "expected an array of doors");
            else
                for (size_t k = 0; k < h["doors"].size(); ++k)
                    door(h["doors"][k], path + ".doors[" + std::to_string(k) + "]", hall);
        }
        if (h.contains("rules"))
            rules(h["rules"], path + ".rules", nullptr, &hall.rules);
        venue.halls.push_back(std::move(hall));
    }

    // An optional array of polygons, e.g. a hall's columns.
    void polygons(const json& h, const char* key, const std::string& path, std::vector<Polygon>& list)
    {
        if (!h.contains(key))
            return;
        if (!h[key].is_array())
        {
            bad(path + "." + key, "expected an array of polygons");
            return;
        }
        for (size_t k = 0; k < h[key].size(); ++k)
            list.push_back(polygon(h[key][k], path + "." + key + "[" + std::to_string(k) + "]"));
    }

    void door(const json& d, const std::string& path, Hall& hall)
    {
        if (!d.is_object())
        {
            bad(path, "expected an object with kind, from, to");
            return;
        }
        Door door;
        std::string kind = string(d, "kind", path, true);
        if (auto dk = parse_door_kind(kind))
            door.kind = *dk;
        else if (d.contains("kind"))
            bad(path + ".kind", "'" + kind + "' is not exit, entrance or freight");
        auto from = d.contains("from") ? point(d["from"], path + ".from") : std::nullopt;
        auto to = d.contains("to") ? point(d["to"], path + ".to") : std::nullopt;
        if (!d.contains("from") || !d.contains("to"))
            bad(path, "needs both from and to");
        if (from && to)
        {
            door.span = {*from, *to};
            hall.doors.push_back(door);
        }
    }

    // The venue-wide rule for competitors facing each other across an aisle.
    void competitors_facing(const json& j, const std::string& path, HallRules* base)
    {
        if (!base)
        {
            bad(path, "is a rule of the whole venue: set it in the venue's \"rules\", not a hall's");
            return;
        }
        const auto v = j.is_string() ? value_in(kCompetitorsFacingNames, j.get<std::string>()) : std::nullopt;
        if (!v)
        {
            bad(path, "expected \"forbid\", \"avoid\" or \"allow\"");
            return;
        }
        base->competitors_facing = *v;
    }

    // A rules object: into the venue's defaults (`base`) or a hall's overrides (`over`).
    void rules(const json& j, const std::string& path, HallRules* base, HallRuleOverrides* over)
    {
        if (!j.is_object())
        {
            bad(path, "expected an object");
            return;
        }
        for (auto it = j.begin(); it != j.end(); ++it)
        {
            std::string p = path + "." + it.key();
            if (it.key() == kCompetitorsFacingRule)
            {
                competitors_facing(*it, p, base);
                continue;
            }
            const HallRuleField* f = find_hall_rule_field(it.key().c_str());
            if (!f)
            {
                std::string known;
                for (const HallRuleField& k : hall_rule_fields())
                    known += (known.empty() ? "" : ", ") + std::string(k.name);
                bad(p, "unknown rule (known: " + known + ", " + kCompetitorsFacingRule + ")");
                continue;
            }
            std::optional<double> v;
            if (!(f->limit && it->is_null())) // null lifts a limit
            {
                v = number(*it, p, !f->zero_allowed);
                if (!v)
                    continue;
                if (f->zero_allowed && *v < 0)
                {
                    bad(p, "must be >= 0");
                    continue;
                }
                if (*v < f->minimum)
                    bad(p, f->minimum_reason);
            }
            if (base)
                set_rule_value(*base, *f, v);
            if (over)
                set_rule_override(*over, *f, std::optional<std::optional<double>>(std::in_place, v));
        }
    }
};

// The text as JSON, or an InputError naming the line and column where it stops being JSON.
json parse_json_text(const std::string& text, const std::string& file)
{
    // Bounds: a venue file from outside never takes the machine's memory, stack or time.
    if (text.size() > kMaxVenueBytes)
        throw InputError(file, 0, "", "larger than 64 MiB: not a venue file");
    try
    {
        auto depth_bound = [&](int depth, json::parse_event_t, json&)
        {
            if (depth > kMaxDepth)
                throw InputError(file, 0, "", "nested more than 32 levels deep: not a venue file");
            return true;
        };
        return json::parse(text, depth_bound);
    }
    catch (const json::parse_error& e)
    {
        size_t at = std::min(e.byte > 0 ? e.byte - 1 : 0, text.size());
        int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
        size_t nl = text.rfind('\n', at == 0 ? 0 : at - 1);
        size_t column = nl == std::string::npos ? at + 1 : at - nl;
        std::string msg = e.what();
        size_t cut = msg.find("syntax error");
        throw InputError(file, line, "column " + std::to_string(column),
                         "not valid JSON: " + (cut == std::string::npos ? msg : msg.substr(cut)));
    }
    catch (const json::out_of_range& e) // a number beyond a double, e.g. 1e400
    {
        std::string msg = e.what();
        size_t cut = msg.find("number overflow");
        throw InputError(file, 0, "", "not valid JSON: " + (cut == std::string::npos ? msg : msg.substr(cut)));
    }
}

} // namespace

Venue parse_venue_json(const std::string& text, const std::string& file)
{
    const json root = parse_json_text(text, file);
    Reader r{file, {}};
    Venue venue;
    if (!root.is_object())
        throw InputError(file, 1, "$", "expected a JSON object with \"format\": \"boothplan-venue\"");
    if (r.string(root, "format", "$", true) != "boothplan-venue" && root.contains("format"))
        r.bad("$.format", "expected \"boothplan-venue\"");
    if (!root.contains("version") || !root["version"].is_number_integer())
        r.bad("$.version", "required integer member missing");
    else if (root["version"].get<int>() > 1)
        r.bad("$.version", "version " + root["version"].dump() + " is newer than this boothplan reads (1)");
    venue.name = r.string(root, "name", "$", true);
    if (root.contains("rules"))
        r.rules(root["rules"], "$.rules", &venue.rules, nullptr);
    if (!root.contains("halls") || !root["halls"].is_array() || root["halls"].empty())
        r.bad("$.halls", "expected a non-empty array of halls");
    else
        for (size_t i = 0; i < root["halls"].size(); ++i)
            r.hall(root["halls"][i], "$.halls[" + std::to_string(i) + "]", venue);
    if (!r.problems.empty())
        throw InputError(r.problems);
    std::vector<Problem> geometric = validate_venue(venue, file);
    if (!geometric.empty())
        throw InputError(geometric);
    for (Hall& h : venue.halls)
        h.outline = counter_clockwise(h.outline);
    return venue;
}

Venue read_venue_json(const std::string& path)
{
    return parse_venue_json(read_file(path, kMaxVenueBytes, "a venue file"), path);
}

std::vector<Problem> validate_venue(const Venue& venue, const std::string& file)
{
    std::vector<Problem> out;
    auto bad = [&](const std::string& where, const std::string& msg) { out.push_back({file, 0, where, msg}); };
    std::set<std::string> codes;
    if (venue.halls.empty())
        bad("$.halls", "the venue has no halls");
    for (size_t i = 0; i < venue.halls.size(); ++i)
    {
        const Hall& h = venue.halls[i];
        std::string path = "$.halls[" + std::to_string(i) + "]";
        if (h.code.empty())
            bad(path + ".id", "empty hall id");
        else if (!codes.insert(h.code).second)
            bad(path + ".id", "hall id '" + h.code + "' appears twice");
        if (auto problem = simple_polygon_problem(h.outline))
        {
            bad(path + ".outline", "not a simple polygon: " + *problem);
            continue; // the checks below need a valid outline
        }
        for (const char* key : {"columns", "blocked"})
        {
            const auto& list = std::string(key) == "columns" ? h.columns : h.blocked;
            for (size_t k = 0; k < list.size(); ++k)
            {
                std::string kp = path + "." + key + "[" + std::to_string(k) + "]";
                if (auto problem = simple_polygon_problem(list[k]))
                    bad(kp, "not a simple polygon: " + *problem);
                else if (!contains(h.outline, centroid(list[k]), 1e-6))
                    bad(kp, "lies outside the hall outline");
            }
        }
        for (size_t k = 0; k < h.doors.size(); ++k)
        {
            const Door& d = h.doors[k];
            std::string dp = path + ".doors[" + std::to_string(k) + "]";
            if (distance(d.span.a, d.span.b) < 0.5)
            {
                bad(dp, "a door must be at least 0.5 m wide");
                continue;
            }
            bool placed = segment_on_boundary(h.outline, d.span);
            for (const Polygon& b : h.blocked)
                placed = placed || segment_on_boundary(b, d.span);
            if (!placed)
                bad(dp, "does not lie on the hall outline or on a blocked zone's boundary (within 1 cm)");
        }
        HallRules r = apply(venue.rules, h.rules);
        if (r.block_depth_m < r.module_m)
            bad(path + ".rules", "block_depth_m must be at least module_m");
        if (r.max_row_m < r.module_m)
            bad(path + ".rules", "max_row_m must be at least module_m");
    }
    return out;
}

std::string write_venue_json(const Venue& v)
{
    json root;
    root["format"] = "boothplan-venue";
    root["version"] = 1;
    root["name"] = v.name;
    root["rules"] = rules_json(v.rules);
    json halls = json::array();
    for (const Hall& h : v.halls)
    {
        json hj = {{"id", h.code}, {"name", h.name}, {"level", h.level}, {"height_m", h.height_m}};
        hj["outline"] = polygon_json(h.outline);
        hj["columns"] = json::array();
        for (const Polygon& c : h.columns)
            hj["columns"].push_back(polygon_json(c));
        hj["blocked"] = json::array();
        for (const Polygon& b : h.blocked)
            hj["blocked"].push_back(polygon_json(b));
        hj["doors"] = json::array();
        for (const Door& d : h.doors)
            hj["doors"].push_back(
                {{"kind", to_string(d.kind)}, {"from", {d.span.a.x, d.span.a.y}}, {"to", {d.span.b.x, d.span.b.y}}});
        json o = overrides_json(h.rules);
        if (!o.empty())
            hj["rules"] = o;
        halls.push_back(hj);
    }
    root["halls"] = halls;
    return root.dump(2) + "\n";
}

} // namespace bp
