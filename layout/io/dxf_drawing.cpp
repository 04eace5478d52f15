// The public face of the venue DXF import besides the import itself: drawing units, the summary as
// text, and reading, inspecting and previewing a drawing (see venue_dxf.h).
#include "venue_dxf.h"

#include "dxf_collect.h"
#include "file_util.h"
#include "layout/model/names.h"

#include <cctype>
#include <cmath>

namespace bp
{

namespace
{

constexpr size_t kMaxVenuePoints = 200000;

// The first name of each unit is the one written; the others are read too.
constexpr EnumName<DrawingUnits> kUnitNames[] = {{DrawingUnits::Millimetre, "mm"}, {DrawingUnits::Centimetre, "cm"},
                                                 {DrawingUnits::Metre, "m"},       {DrawingUnits::Inch, "in"},
                                                 {DrawingUnits::Inch, "inch"},     {DrawingUnits::Foot, "ft"},
                                                 {DrawingUnits::Foot, "foot"},     {DrawingUnits::Foot, "feet"}};

std::string area_text(double m2)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f m²", m2 < 100 ? 1 : 0, m2);
    return buf;
}

} // namespace

std::optional<DrawingUnits> parse_drawing_units(const std::string& s)
{
    std::string lower = s;
    for (char& c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return value_in(kUnitNames, lower);
}

const char* to_string(DrawingUnits u)
{
    return name_in(kUnitNames, u);
}

double metres_per_unit(DrawingUnits u)
{
    switch (u)
    {
    case DrawingUnits::Millimetre:
        return 0.001;
    case DrawingUnits::Centimetre:
        return 0.01;
    case DrawingUnits::Metre:
        return 1;
    case DrawingUnits::Inch:
        return 0.0254;
    case DrawingUnits::Foot:
        return 0.3048;
    }
    return 0.001;
}

std::string DxfImportSummary::to_string() const
{
    std::string s = std::to_string(halls) + " hall(s), " + std::to_string(columns) + " column(s), " +
                    std::to_string(blocked) + " blocked zone(s), " + std::to_string(doors) + " door(s); units " +
                    units + " (" + units_source + ")";
    if (metadata)
        s += "; venue name, rules and hall heights from boothplan's record";
    s += "\nhalls:";
    for (size_t i = 0; i < hall_list.size() && i < 12; ++i)
        s += (i ? ", " : " ") + hall_list[i].code + " (" + area_text(hall_list[i].area_m2) + ")";
    if (hall_list.size() > 12)
        s += " and " + std::to_string(hall_list.size() - 12) + " more";
    if (texts_ignored || gaps_bridged)
        s += "\n" + std::to_string(texts_ignored) + " other text(s) inside halls ignored; " +
             std::to_string(gaps_bridged) + " gap(s) in outlines joined";
    if (!ignored.empty())
    {
        int total = 0;
        for (const auto& [what, count] : ignored)
            total += count;
        s += "\nignored: " + std::to_string(total) + " entities —";
        size_t shown = std::min<size_t>(ignored.size(), 6);
        for (size_t i = 0; i < shown; ++i)
            s += (i ? ", " : " ") + ignored[i].first + " (" + std::to_string(ignored[i].second) + ")";
        if (ignored.size() > shown)
            s += " and " + std::to_string(ignored.size() - shown) + " more";
    }
    for (const std::string& w : warnings)
        s += "\nwarning: " + w;
    return s;
}

VenueDrawing VenueDrawing::read(const std::string& path)
{
    return parse(read_file(path, kMaxDxfBytes, "a venue drawing"), path);
}

VenueDrawing VenueDrawing::parse(const std::string& bytes, const std::string& file_label)
{
    VenueDrawing d;
    d.file_ = file_label;
    d.drawing_ = std::make_shared<const DxfDrawing>(read_dxf(bytes, file_label));
    return d;
}

DxfInspection VenueDrawing::inspect(const DxfImportOptions& options) const
{
    return dxf_inspect(*drawing_, file_, options);
}

std::vector<Polygon> VenueDrawing::outlines(const std::string& layer, const DxfImportOptions& options) const
{
    std::string units, source;
    double unit = dxf_units(*drawing_, options, file_, units, source);
    DxfCollected c = dxf_collect(*drawing_, file_, unit, {dxf_upper(layer)}, false, kMaxVenuePoints);
    auto it = c.layers.find(dxf_upper(layer));
    std::vector<Polygon> out;
    if (it == c.layers.end())
        return out;
    std::vector<Vec2> names;
    for (const DxfPlacedText& t : it->second.texts)
        names.push_back(t.at);
    Box all;
    DxfLayerOutlines found = dxf_layer_outlines(it->second, names, options.tolerance_m, file_);
    for (const DxfShape& s : found.outlines)
        for (Vec2 p : s.poly)
            all.add(p);
    Vec2 shift{std::floor(all.min.x), std::floor(all.min.y)};
    for (DxfShape& s : found.outlines)
    {
        for (Vec2& p : s.poly)
            p = p - shift;
        out.push_back(std::move(s.poly));
    }
    return out;
}

} // namespace bp
