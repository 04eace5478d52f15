// Venue DXF import: the layers the planner mapped turned into halls, columns, blocked zones and
// doors in metres; hall names from the texts inside; validated like a venue JSON; the units'
// plausibility checked (dxf_units.cpp). Nothing is returned unless the whole drawing reads.
#include "venue_dxf.h"

#include "dxf_collect.h"
#include "dxf_geometry.h"
#include "dxf_meta.h"
#include "dxf_names.h"
#include "dxf_units.h"
#include "file_util.h"
#include "layout/model/diagnostics.h"
#include "venue_json.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <set>

namespace bp
{

namespace
{

constexpr size_t kMaxVenuePoints = 200000;

std::string fixed(double v, int decimals)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

// "4.8 cm", "3.01 m".
std::string length_text(double m)
{
    return m < 1 ? fixed(m * 100, 1) + " cm" : fixed(m, 2) + " m";
}

struct LayerKind
{
    const char* kind;
    const std::string* name;
    const char* fallback;
};

class Importer
{
public:
    Importer(const DxfDrawing& d, const std::string& file, const DxfImportOptions& o) : d_(d), file_(file), o_(o) {}

    Venue run(DxfImportSummary& sum);

private:
    // A point of the collected frame as the drawing's own coordinates, for finding it in CAD.
    std::string drawing_point(Vec2 p) const
    {
        Vec2 q = (p + c_.origin) * (1 / c_.unit);
        return "(" + fixed(q.x, 2) + ", " + fixed(q.y, 2) + ")";
    }
    const DxfLayerShapes* layer(const std::string& name) const
    {
        auto it = c_.layers.find(dxf_upper(name));
        return it == c_.layers.end() ? nullptr : &it->second;
    }
    void collect(DxfImportSummary& sum);
    DxfLayerOutlines hall_outlines(DxfImportSummary& sum);
    std::vector<std::string> hall_codes_of(const DxfLayerOutlines& found, HallNames& names, DxfImportSummary& sum);
    void warn_unnamed(const std::vector<const Polygon*>& unnamed, const DxfImportSummary& sum);
    Venue build_halls(const DxfLayerOutlines& found, const HallNames& names, const std::vector<std::string>& codes,
                      DxfImportSummary& sum);
    void summarise_ignored(DxfImportSummary& sum) const;
    void check_layers_exist();
    void report_open(const std::string& layer_name, const TracedOutlines& t, bool is_error);
    [[noreturn]] void no_halls(const DxfLayerOutlines& found);
    void place_columns_and_blocked(Venue& v, DxfImportSummary& sum);
    void place_doors(Venue& v, DxfImportSummary& sum);
    void read_meta(Venue& v, DxfImportSummary& sum) const;

    const DxfDrawing& d_;
    const std::string& file_;
    const DxfImportOptions& o_;
    DxfCollected c_;
    std::vector<Problem> errors_;
    std::vector<std::string> warnings_;
    Vec2 shift_;                   // metres subtracted after collecting, so the halls start at the origin
    std::string name_layer_;       // where hall names are written
    std::set<std::string> wanted_; // upper-case names of the layers read
};

void Importer::check_layers_exist()
{
    const DxfLayers& l = o_.layers;
    // (A hall layer the drawing lacks is said with the drawing's layers when no hall is found.)
    LayerKind kinds[] = {
        {"name", &l.name, ""},     {"column", &l.column, "COLUMN"},       {"blocked", &l.blocked, "BLOCKED"},
        {"exit", &l.exit, "EXIT"}, {"entrance", &l.entrance, "ENTRANCE"}, {"freight", &l.freight, "FREIGHT"}};
    for (const LayerKind& k : kinds)
    {
        if (k.name->empty() || dxf_upper(*k.name) == k.fallback || layer(*k.name))
            continue;
        std::string similar;
        std::string wanted = dxf_upper(*k.name);
        for (const auto& [key, shapes] : c_.layers)
            if (key.size() >= 3 && wanted.size() >= 3 &&
                (key.find(wanted) != std::string::npos || wanted.find(key) != std::string::npos))
                similar += (similar.empty() ? "" : ", ") + shell_word(shapes.name);
        errors_.push_back({file_, 0, "--dxf-layer",
                           std::string(k.kind) + "=" + *k.name + ": the drawing has no layer '" + *k.name + "'" +
                               (similar.empty() ? "" : " (similar: " + similar + ")")});
    }
}

void Importer::report_open(const std::string& layer_name, const TracedOutlines& t, bool is_error)
{
    int shown = 0;
    for (const OpenChain& c : t.open)
    {
        if (!nearly_closed(c))
            continue;
        if (++shown > 5)
            break;
        double suggest = std::ceil(c.gap * 110) / 100;
        std::string msg = "layer " + layer_name + ": an outline is not closed: open by " + length_text(c.gap) + " at " +
                          drawing_point(c.at) + "; close it in the drawing, or join ends that far apart with " +
                          "--dxf-tolerance " + (suggest < 1 ? fixed(suggest * 100, 0) + "cm" : fixed(suggest, 2) + "m");
        if (is_error)
            errors_.push_back({file_, c.line, "", msg});
        else
            warnings_.push_back(msg + " (line " + std::to_string(c.line) + "; ignored)");
    }
}

void Importer::no_halls(const DxfLayerOutlines& found)
{
    const std::string& hall = o_.layers.hall;
    std::string why = "no hall outline on layer " + shell_word(hall);
    const DxfLayerShapes* l = layer(hall);
    if (!l || l->total == 0)
        why += l ? " (the layer is empty)" : " (the drawing has no such layer)";
    else
    {
        int loose = 0;
        for (const OpenChain& c : found.traced.open)
            loose += c.loose_ends;
        why += ": its " + std::to_string(l->total) + " entities close no outline" +
               (loose ? " (lines stop loose at " + std::to_string(loose) + " places)" : std::string());
    }
    errors_.insert(errors_.begin(), {file_, 0, "", why});
    errors_.push_back({file_, 0, "",
                       "map the layer that holds the hall outlines with --dxf-layer hall=LAYER (and the hall names "
                       "with --dxf-layer name=LAYER); the drawing's layers:\n" +
                           dxf_inspect(d_, file_, o_).layer_table()});
    throw InputError(errors_);
}

void Importer::place_columns_and_blocked(Venue& v, DxfImportSummary& sum)
{
    for (bool is_column : {true, false})
    {
        const std::string& name = is_column ? o_.layers.column : o_.layers.blocked;
        const DxfLayerShapes* l = layer(name);
        if (!l)
            continue;
        DxfLayerOutlines found = dxf_layer_outlines(*l, {}, o_.tolerance_m, file_);
        report_open(l->name, found.traced, false);
        for (DxfShape& s : found.outlines)
        {
            Vec2 inside = interior_point(s.poly) - shift_;
            for (Vec2& p : s.poly)
                p = p - shift_;
            Hall* in = nullptr;
            for (Hall& h : v.halls)
                if (contains(h.outline, inside))
                    in = &h;
            if (!in)
            {
                warnings_.push_back(std::string(is_column ? "column" : "blocked zone") + " at line " +
                                    std::to_string(s.line) + " is outside every hall; ignored");
                continue;
            }
            (is_column ? in->columns : in->blocked).push_back(counter_clockwise(s.poly));
            ++(is_column ? sum.columns : sum.blocked);
        }
    }
}

void Importer::place_doors(Venue& v, DxfImportSummary& sum)
{
    // In the order drawn, so that a drawing's doors keep their order whatever layer they are on.
    struct Drawn
    {
        const DrawnChain* chain;
        DoorKind kind;
        const std::string* layer;
    };
    std::vector<Drawn> drawn;
    std::pair<const std::string*, DoorKind> kinds[] = {{&o_.layers.exit, DoorKind::Exit},
                                                       {&o_.layers.entrance, DoorKind::Entrance},
                                                       {&o_.layers.freight, DoorKind::Freight}};
    for (auto [name, kind] : kinds)
    {
        const DxfLayerShapes* l = layer(*name);
        if (!l)
            continue;
        int not_doors = static_cast<int>(l->closed.size());
        for (const DrawnChain& c : l->chains)
            if (c.points.size() == 2)
                drawn.push_back({&c, kind, &l->name});
            else
                ++not_doors;
        if (not_doors)
            warnings_.push_back(
                "layer " + l->name + ": " + std::to_string(not_doors) +
                " shape(s) are not doors (a door is a LINE or a 2-point polyline on the outline); ignored");
    }
    std::stable_sort(drawn.begin(), drawn.end(),
                     [](const Drawn& a, const Drawn& b) { return a.chain->line < b.chain->line; });
    for (const Drawn& d : drawn)
    {
        const DrawnChain& c = *d.chain;
        Segment span{c.points[0] - shift_, c.points[1] - shift_};
        Hall* on = nullptr;
        for (Hall& h : v.halls)
        {
            bool hit = segment_on_boundary(h.outline, span, 0.1);
            for (const Polygon& z : h.blocked)
                hit = hit || segment_on_boundary(z, span, 0.1);
            if (hit)
            {
                on = &h;
                break;
            }
        }
        if (!on)
            errors_.push_back({file_, c.line, "",
                               std::string(to_string(d.kind)) + " door on layer " + *d.layer + " at " +
                                   drawing_point(c.points[0]) + " is not on any hall outline or blocked zone"});
        else
        {
            on->doors.push_back({d.kind, span});
            ++sum.doors;
        }
    }
}

// boothplan's own record, when the drawing is one of its exports (see dxf_meta.h).
std::pair<std::string, int> meta_record(const DxfDrawing& d)
{
    for (const DxfEntity& e : d.entities)
    {
        if (dxf_upper(e.layer) != kDxfMetaLayer)
            continue;
        std::string record;
        bool ours = false;
        for (const DxfTag& t : e.tags)
        {
            if (t.code == 1001)
                ours = t.value == kDxfMetaApp;
            else if (ours && t.code == 1000)
                record += t.value;
        }
        if (!record.empty())
            return {record, e.line};
    }
    return {"", 0};
}

void Importer::read_meta(Venue& v, DxfImportSummary& sum) const
{
    auto [record, line] = meta_record(d_);
    if (record.empty())
        return;
    std::string problem;
    if (apply_dxf_meta(record, file_, v, problem))
        sum.metadata = true;
    else
        sum.warnings.push_back("boothplan's record at line " + std::to_string(line) + " is unreadable (" +
                               problem.substr(0, 120) + "); the venue is read from the drawing alone");
}

int level_from_code(const std::string& code)
{
    // "9.2" is building 9, level 2 in the Pazhou complex's numbering.
    size_t dot = code.rfind('.');
    if (dot != std::string::npos && dot + 2 == code.size() && code[dot + 1] >= '1' && code[dot + 1] <= '9')
        return code[dot + 1] - '0';
    return 1;
}

void Importer::collect(DxfImportSummary& sum)
{
    double unit = dxf_units(d_, o_, file_, sum.units, sum.units_source);
    const DxfLayers& L = o_.layers;
    name_layer_ = L.name.empty() ? L.hall : L.name;
    for (const std::string* n : {&L.hall, static_cast<const std::string*>(&name_layer_), &L.column, &L.blocked, &L.exit,
                                 &L.entrance, &L.freight})
        wanted_.insert(dxf_upper(*n));
    c_ = dxf_collect(d_, file_, unit, wanted_, false, kMaxVenuePoints);
    check_layers_exist();
    if (!errors_.empty())
    {
        errors_.push_back({file_, 0, "", "the drawing's layers:\n" + dxf_inspect(d_, file_, o_).layer_table()});
        throw InputError(errors_);
    }
}

DxfLayerOutlines Importer::hall_outlines(DxfImportSummary& sum)
{
    static const DxfLayerShapes none;
    const DxfLayerShapes* hall_layer = layer(o_.layers.hall);
    const DxfLayerShapes* names = layer(name_layer_);
    std::vector<Vec2> name_points;
    if (names)
        for (const DxfPlacedText& t : names->texts)
            if (!is_area_label(t.text))
                name_points.push_back(t.at);
    DxfLayerOutlines found = dxf_layer_outlines(hall_layer ? *hall_layer : none, name_points, o_.tolerance_m, file_);
    sum.gaps_bridged = found.traced.gaps_bridged;
    report_open(hall_layer ? hall_layer->name : o_.layers.hall, found.traced, true);
    if (found.outlines.empty())
        no_halls(found);
    if (found.nested)
        warnings_.push_back(std::to_string(found.nested) + " closed shape(s) on layer " + hall_layer->name +
                            " inside a hall outline are not halls; ignored (map columns or blocked zones to "
                            "their own layers)");
    return found;
}

std::vector<std::string> Importer::hall_codes_of(const DxfLayerOutlines& found, HallNames& names, DxfImportSummary& sum)
{
    const DxfLayerShapes* layer_of_names = layer(name_layer_);
    names = name_halls(found.outlines, layer_of_names ? layer_of_names->texts : std::vector<DxfPlacedText>{});
    sum.texts_ignored = names.ignored_inside;
    sum.texts_outside = names.outside;
    if (names.outside)
    {
        std::string list;
        for (const std::string& e : names.outside_examples)
            list += (list.empty() ? "" : ", ") + e;
        warnings_.push_back(std::to_string(names.outside) + " text(s) on layer " + layer_of_names->name +
                            " outside every hall outline, e.g. " + list + "; ignored");
    }
    int shown = 0, more = 0;
    for (size_t i = 0; i < names.others.size(); ++i)
    {
        if (names.others[i].empty())
            continue;
        if (++shown > 3)
        {
            ++more;
            continue;
        }
        std::string list;
        for (const std::string& o : names.others[i])
            list += (list.empty() ? "'" : ", '") + o + "'";
        warnings_.push_back("the outline named '" + names.names[i] + "' also holds " + list +
                            ": if these are rooms of their own, close the walls between them in the drawing");
    }
    if (more)
        warnings_.push_back("… and " + std::to_string(more) + " more outlines holding several names");
    std::vector<std::string> renamed;
    std::vector<std::string> codes = hall_codes(names.names, renamed);
    warnings_.insert(warnings_.end(), renamed.begin(), renamed.end());
    return codes;
}

void Importer::warn_unnamed(const std::vector<const Polygon*>& unnamed, const DxfImportSummary& sum)
{
    const DxfLayerShapes* names = layer(name_layer_);
    std::string msg = std::to_string(unnamed.size()) + " hall(s) have no name (a TEXT or MTEXT on layer " +
                      (names ? names->name : name_layer_) + " inside the outline): numbered";
    for (const DxfImportSummary::HallFound& h : sum.hall_list)
        if (h.numbered)
            msg += " " + h.code;
    // Point at a layer whose texts sit inside the unnamed halls.
    std::string best;
    int most = 0;
    for (const auto& [key, shapes] : c_.layers)
        if (int n = texts_inside(unnamed, shapes); n > most && &shapes != names)
        {
            most = n;
            best = shapes.name;
        }
    if (most)
        msg += "; layer " + best + " has " + std::to_string(most) + " text(s) inside them: --dxf-layer " +
               shell_word("name=" + best) + " would name them";
    warnings_.push_back(msg);
}

Venue Importer::build_halls(const DxfLayerOutlines& found, const HallNames& names,
                            const std::vector<std::string>& codes, DxfImportSummary& sum)
{
    Box all;
    for (const DxfShape& o : found.outlines)
        for (Vec2 p : o.poly)
            all.add(p);
    // An export of boothplan keeps its own coordinates; other drawings move to the origin.
    shift_ = meta_record(d_).first.empty() ? Vec2{std::floor(all.min.x), std::floor(all.min.y)} : c_.origin * -1.0;
    sum.offset = c_.origin + shift_;
    Venue venue;
    venue.name = std::filesystem::path(file_).stem().string();
    std::vector<const Polygon*> unnamed;
    for (size_t i = 0; i < found.outlines.size(); ++i)
    {
        Hall h;
        h.code = codes[i];
        bool numbered = names.names[i].empty();
        h.name = std::isdigit(static_cast<unsigned char>(h.code[0])) || numbered ? "Hall " + h.code : h.code;
        h.level = level_from_code(h.code);
        for (Vec2 p : found.outlines[i].poly)
            h.outline.push_back(p - shift_);
        h.outline = counter_clockwise(h.outline);
        if (numbered)
            unnamed.push_back(&found.outlines[i].poly);
        sum.hall_list.push_back({h.code, area(h.outline), numbered});
        venue.halls.push_back(std::move(h));
    }
    if (!unnamed.empty())
        warn_unnamed(unnamed, sum);
    return venue;
}

// What was not read: other layers, and types the mapped layers hold that say nothing here.
void Importer::summarise_ignored(DxfImportSummary& sum) const
{
    for (const auto& [key, shapes] : c_.layers)
    {
        if (shapes.total == 0 || key == kDxfMetaLayer)
            continue;
        if (!wanted_.count(key))
        {
            sum.ignored.push_back({"layer " + shapes.name, shapes.total});
            continue;
        }
        for (const auto& [type, count] : shapes.types)
            if (!(DxfGeometry::has_geometry(type) || type == "TEXT" || type == "MTEXT" || type == "ATTRIB" ||
                  type == "INSERT"))
                sum.ignored.push_back({type + " on layer " + shapes.name, count});
    }
    std::stable_sort(sum.ignored.begin(), sum.ignored.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
}

Venue Importer::run(DxfImportSummary& sum)
{
    collect(sum);
    DxfLayerOutlines found = hall_outlines(sum);
    HallNames names;
    std::vector<std::string> codes = hall_codes_of(found, names, sum);
    Venue venue = build_halls(found, names, codes, sum);
    read_meta(venue, sum);
    place_columns_and_blocked(venue, sum);
    place_doors(venue, sum);
    sum.halls = static_cast<int>(venue.halls.size());
    summarise_ignored(sum);
    if (errors_.empty())
        errors_ = validate_venue(venue, file_);
    if (!errors_.empty())
        throw InputError(errors_);
    warn_implausible_units(venue, c_, shift_, o_.units.has_value(), sum);
    sum.warnings.insert(sum.warnings.begin(), warnings_.begin(), warnings_.end());
    return venue;
}

} // namespace

Venue VenueDrawing::import(const DxfImportOptions& options, DxfImportSummary* summary) const
{
    DxfImportSummary sum;
    Venue v = Importer(*drawing_, file_, options).run(sum);
    if (summary)
        *summary = std::move(sum);
    return v;
}

Venue read_venue_dxf(const std::string& path, const DxfImportOptions& options, DxfImportSummary* summary)
{
    return VenueDrawing::read(path).import(options, summary);
}

Venue parse_venue_dxf(const std::string& bytes, const std::string& file_label, const DxfImportOptions& options,
                      DxfImportSummary* summary)
{
    return VenueDrawing::parse(bytes, file_label).import(options, summary);
}

} // namespace bp
