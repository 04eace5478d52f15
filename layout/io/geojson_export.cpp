// GeoJSON booth map (DESIGN §4): a FeatureCollection in venue metres with halls, blocked zones,
// columns, doors, pavilion regions and booths. Rings are closed and counter-clockwise.
#include "exports.h"
#include "file_util.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace bp
{

namespace
{
using Json = nlohmann::ordered_json;

double mm(double v)
{
    double r = std::round(v * 1000) / 1000;
    return r == 0 ? 0 : r; // no "-0"
}

Json point(Vec2 p)
{
    return Json::array({mm(p.x), mm(p.y)});
}

Json polygon(const Polygon& poly)
{
    Polygon ccw = counter_clockwise(poly);
    Json ring = Json::array();
    for (Vec2 p : ccw)
        ring.push_back(point(p));
    if (!ccw.empty())
        ring.push_back(point(ccw.front()));
    return Json{{"type", "Polygon"}, {"coordinates", Json::array({ring})}};
}

Json feature(Json properties, Json geometry)
{
    return Json{{"type", "Feature"}, {"properties", std::move(properties)}, {"geometry", std::move(geometry)}};
}

Json text_or_null(const std::string& s)
{
    return s.empty() ? Json(nullptr) : Json(s);
}
} // namespace

std::string geojson_text(const Project& project, const ExportOptions& options)
{
    std::optional<HallId> only = selected_hall(project, options);
    Json features = Json::array();
    for (size_t i = 0; i < project.venue.halls.size(); ++i)
    {
        const Hall& h = project.venue.halls[i];
        if (only && only->index() != i)
            continue;
        features.push_back(
            feature(Json{{"kind", "hall"}, {"id", h.code}, {"name", h.name}, {"level", h.level}}, polygon(h.outline)));
        for (const Polygon& z : h.blocked)
            features.push_back(feature(Json{{"kind", "blocked"}, {"hall", h.code}}, polygon(z)));
        for (const Polygon& c : h.columns)
            features.push_back(feature(Json{{"kind", "column"}, {"hall", h.code}}, polygon(c)));
        for (const Door& d : h.doors)
        {
            // A door is a span of wall: a LineString, the one geometry here that is not a polygon.
            Json geom{{"type", "LineString"}, {"coordinates", Json::array({point(d.span.a), point(d.span.b)})}};
            features.push_back(feature(Json{{"kind", "door"}, {"hall", h.code}, {"door", to_string(d.kind)}}, geom));
        }
    }
    for (const Pavilion& p : project.pavilions)
    {
        if (!p.placed || (only && p.placed->hall != *only) || !p.placed->hall.valid())
            continue;
        char colour[8];
        std::snprintf(colour, sizeof colour, "#%06X", p.colour & 0xFFFFFF);
        features.push_back(feature(Json{{"kind", "pavilion"},
                                        {"name", p.name},
                                        {"hall", project.hall(p.placed->hall).code},
                                        {"country", text_or_null(p.country)},
                                        {"colour", colour}},
                                   polygon(p.placed->polygon)));
    }
    for (const Booth& b : project.booths)
    {
        if (only && b.hall != *only)
            continue;
        const Block& block = project.block(b.cells.block);
        Json props{{"kind", "booth"},
                   {"booth", b.number},
                   {"hall", project.hall(b.hall).code},
                   {"area_m2", mm(booth_area(block, b.cells))},
                   {"type", to_string(booth_type(block, b.cells))},
                   {"status", to_string(b.status)}};
        if (b.exhibitor.valid())
        {
            const Exhibitor& e = project.exhibitor(b.exhibitor);
            props["exhibitor"] = e.code;
            props["name"] = e.name;
            props["name_local"] = text_or_null(e.name_local);
            props["country"] = e.country;
            props["sector"] = e.sector.valid() ? Json(project.sector(e.sector).name) : Json(nullptr);
            props["pavilion"] = e.pavilion.valid() ? Json(project.pavilion(e.pavilion).name) : Json(nullptr);
        }
        else
        {
            for (const char* k : {"exhibitor", "name", "name_local", "country", "sector", "pavilion"})
                props[k] = nullptr;
        }
        features.push_back(feature(std::move(props), polygon(footprint(block, b.cells))));
    }
    Json doc{{"type", "FeatureCollection"}, {"name", project.venue.name}, {"features", std::move(features)}};
    return doc.dump() + "\n";
}

} // namespace bp
