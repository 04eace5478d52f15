// Venue DXF import: entities of the strict tag reader turned into halls, columns, blocked zones
// and doors in metres; arcs and bulges flattened to within 0.05 m; validated like a venue JSON.
#include "venue_dxf.h"

#include "dxf_tags.h"
#include "layout/model/diagnostics.h"
#include "file_util.h"
#include "venue_json.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>

namespace bp
{

namespace
{

constexpr double kFlattenTolerance_m = 0.05;
// Venue shapes have tens of points; these bounds keep validation (quadratic per polygon) fast on
// any input, including a fuzzer's.
constexpr size_t kMaxShapePoints = 2048, kMaxTotalPoints = 50000;
constexpr double kPi = 3.14159265358979323846;

struct Located
{
    Polygon poly;
    int line = 0;
};

struct DrawnDoor
{
    DoorKind kind;
    Segment span;
    int line = 0;
};

struct DrawnName
{
    std::string text;
    Vec2 at;
    int line = 0;
};

std::string upper(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return s;
}

// Points of an arc from p to q whose bulge is tan(sweep/4), p excluded and q included.
void add_bulge(Polygon& out, Vec2 p, Vec2 q, double bulge, double tol)
{
    double c = distance(p, q);
    if (std::fabs(bulge) < 1e-9 || c < 1e-12)
    {
        out.push_back(q);
        return;
    }
    bulge = std::clamp(bulge, -1e3, 1e3);
    double sweep = 4 * std::atan(bulge);
    double r = c / (2 * std::sin(std::fabs(sweep) / 2));
    Vec2 mid = (p + q) * 0.5, dir = (q - p) * (1 / c), left{-dir.y, dir.x};
    Vec2 centre = mid + left * ((c / 2) * (1 - bulge * bulge) / (2 * bulge));
    double step = tol < r ? 2 * std::acos(1 - tol / r) : kPi / 2;
    int n = std::clamp(static_cast<int>(std::ceil(std::fabs(sweep) / std::max(step, 1e-6))), 1, 1024);
    double a0 = std::atan2(p.y - centre.y, p.x - centre.x);
    for (int k = 1; k < n; ++k)
    {
        double a = a0 + sweep * k / n;
        out.push_back({centre.x + r * std::cos(a), centre.y + r * std::sin(a)});
    }
    out.push_back(q);
}

Polygon circle(Vec2 c, double r, double tol)
{
    // Vertices at r / cos(pi/n) stray r (1/cos(pi/n) - 1) from the circle: keep that within tol.
    double step = 2 * std::acos(r / (r + tol));
    int n = std::clamp(static_cast<int>(std::ceil(2 * kPi / std::max(step, 1e-6))), 8, 1024);
    // Circumscribed, so a round column's footprint never comes out smaller than the column.
    double rv = r / std::cos(kPi / n);
    Polygon out;
    for (int k = 0; k < n; ++k)
        out.push_back({c.x + rv * std::cos(2 * kPi * k / n), c.y + rv * std::sin(2 * kPi * k / n)});
    return out;
}

struct Shape
{
    Polygon points; // flattened, drawing units
    bool closed = false;
};

class EntityReader
{
public:
    EntityReader(const std::string& file, double tol_units) : file_(file), tol_(tol_units) {}

    // LWPOLYLINE or POLYLINE, flattened.
    Shape polyline(const DxfEntity& e) const
    {
        std::vector<Vec2> pts;
        std::vector<double> bulges;
        int flags = 0;
        bool mirrored = false;
        auto vertex_tag = [&](const DxfTag& t)
        {
            if (t.code == 10)
            {
                pts.push_back({dxf_number(t, file_), 0});
                bulges.push_back(0);
            }
            else if (t.code == 20 && !pts.empty())
                pts.back().y = dxf_number(t, file_);
            else if (t.code == 42 && !bulges.empty())
                bulges.back() = dxf_number(t, file_);
        };
        for (const DxfTag& t : e.tags)
        {
            if (t.code == 70)
                flags = dxf_int(t, file_);
            else if (t.code == 230)
                mirrored = dxf_number(t, file_) < 0;
            else if (e.type == "LWPOLYLINE")
                vertex_tag(t);
        }
        if (e.type == "POLYLINE")
            for (const std::vector<DxfTag>& v : e.vertices)
            {
                size_t before = pts.size();
                for (const DxfTag& t : v)
                    if (t.code == 10 || t.code == 20 || t.code == 42)
                        vertex_tag(t);
                if (pts.size() != before + 1)
                    throw InputError(file_, e.line, "", "POLYLINE vertex without exactly one 10/20 point");
            }
        if (mirrored)
            for (size_t i = 0; i < pts.size(); ++i)
            {
                pts[i].x = -pts[i].x;
                bulges[i] = -bulges[i];
            }
        Shape s;
        s.closed = (flags & 1) != 0;
        if (!s.closed && pts.size() > 2 && distance(pts.front(), pts.back()) <= tol_ * 0.01)
        {
            s.closed = true;
            pts.pop_back();
        }
        for (size_t i = 0; i < pts.size(); ++i)
        {
            if (i == 0)
                s.points.push_back(pts[0]);
            if (s.points.size() > kMaxShapePoints)
                throw InputError(file_, e.line, e.type, "shape with more than 2048 points (arcs flattened)");
            bool last = i + 1 == pts.size();
            if (!last)
                add_bulge(s.points, pts[i], pts[i + 1], bulges[i], tol_);
            else if (s.closed && pts.size() > 1)
            {
                add_bulge(s.points, pts[i], pts[0], bulges[i], tol_);
                s.points.pop_back(); // the first point again
            }
        }
        return s;
    }

    Polygon circle_of(const DxfEntity& e) const
    {
        Vec2 c;
        double r = 0, z = 1;
        for (const DxfTag& t : e.tags)
        {
            if (t.code == 10)
                c.x = dxf_number(t, file_);
            else if (t.code == 20)
                c.y = dxf_number(t, file_);
            else if (t.code == 40)
                r = dxf_number(t, file_);
            else if (t.code == 230)
                z = dxf_number(t, file_);
        }
        if (!(r > 0))
            throw InputError(file_, e.line, "", "CIRCLE with radius " + std::to_string(r));
        if (z < 0)
            c.x = -c.x;
        return circle(c, r, tol_);
    }

    Segment line_of(const DxfEntity& e) const
    {
        Segment s;
        for (const DxfTag& t : e.tags)
        {
            if (t.code == 10)
                s.a.x = dxf_number(t, file_);
            else if (t.code == 20)
                s.a.y = dxf_number(t, file_);
            else if (t.code == 11)
                s.b.x = dxf_number(t, file_);
            else if (t.code == 21)
                s.b.y = dxf_number(t, file_);
        }
        return s;
    }

    DrawnName text_of(const DxfEntity& e) const
    {
        DrawnName n;
        n.line = e.line;
        Vec2 first, second;
        bool aligned = false, mirrored = false;
        std::string chunks, last;
        for (const DxfTag& t : e.tags)
        {
            switch (t.code)
            {
            case 10:
                first.x = dxf_number(t, file_);
                break;
            case 20:
                first.y = dxf_number(t, file_);
                break;
            case 11:
                second.x = dxf_number(t, file_);
                break;
            case 21:
                second.y = dxf_number(t, file_);
                break;
            case 72:
            case 73:
                aligned = aligned || dxf_int(t, file_) != 0;
                break;
            case 230:
                mirrored = dxf_number(t, file_) < 0;
                break;
            case 1:
                last = t.value;
                break;
            case 3:
                chunks += t.value;
                break;
            default:
                break;
            }
        }
        bool mtext = e.type == "MTEXT";
        n.at = (!mtext && aligned) ? second : first;
        if (mirrored && !mtext)
            n.at.x = -n.at.x;
        n.text = dxf_text(chunks + last, mtext);
        return n;
    }

private:
    const std::string& file_;
    double tol_;
};

double units_to_m(std::optional<int> insunits, std::string& name, const std::string& file)
{
    switch (insunits.value_or(4))
    {
    case 0: // unitless: venue drawings are in millimetres
    case 4:
        name = "mm";
        return 0.001;
    case 5:
        name = "cm";
        return 0.01;
    case 6:
        name = "m";
        return 1.0;
    case 1:
        name = "in";
        return 0.0254;
    case 2:
        name = "ft";
        return 0.3048;
    default:
        break;
    }
    throw InputError(file, 0, "$INSUNITS",
                     "unsupported drawing units " + std::to_string(*insunits) + " (use 4 mm, 5 cm or 6 m)");
}

int level_from_code(const std::string& code)
{
    // "9.2" is building 9, level 2 in the Pazhou complex's numbering.
    size_t dot = code.rfind('.');
    if (dot != std::string::npos && dot + 2 == code.size() && code[dot + 1] >= '1' && code[dot + 1] <= '9')
        return code[dot + 1] - '0';
    return 1;
}

} // namespace

std::string DxfImportSummary::to_string() const
{
    std::string s = std::to_string(halls) + " hall(s), " + std::to_string(columns) + " column(s), " +
                    std::to_string(blocked) + " blocked zone(s), " + std::to_string(doors) + " door(s); units " + units;
    if (!ignored.empty())
    {
        s += "; ignored:";
        for (size_t i = 0; i < ignored.size(); ++i)
            s += (i ? ", " : " ") + ignored[i];
    }
    for (const std::string& w : warnings)
        s += "\nwarning: " + w;
    return s;
}

Venue read_venue_dxf(const std::string& path, const DxfLayers& layers, DxfImportSummary* summary)
{
    return parse_venue_dxf(read_file(path), path, layers, summary);
}

Venue parse_venue_dxf(const std::string& bytes, const std::string& file, const DxfLayers& layers,
                      DxfImportSummary* summary)
{
    DxfDrawing drawing = read_dxf(bytes, file);
    DxfImportSummary sum;
    double unit = units_to_m(drawing.insunits, sum.units, file);
    EntityReader reader(file, kFlattenTolerance_m / unit);
    const std::string L_hall = upper(layers.hall), L_col = upper(layers.column), L_blk = upper(layers.blocked),
                      L_exit = upper(layers.exit), L_ent = upper(layers.entrance), L_fr = upper(layers.freight);

    std::vector<Problem> errors;
    std::vector<Located> outlines, columns, blocked;
    std::vector<DrawnDoor> doors;
    std::vector<DrawnName> names;
    std::map<std::string, int> ignored_layers;
    std::map<std::string, int> ignored_types;
    size_t total_points = 0;
    const DxfEntity* current = nullptr;
    auto scaled = [&](Polygon p)
    {
        total_points += p.size();
        if (p.size() > kMaxShapePoints || total_points > kMaxTotalPoints)
            throw InputError(file, current->line, current->type,
                             p.size() > kMaxShapePoints ? "shape with more than 2048 points (arcs flattened)"
                                                        : "drawing with more than 50000 points on venue layers");
        for (Vec2& v : p)
            v = v * unit;
        return p;
    };
    for (const DxfEntity& e : drawing.entities)
    {
        current = &e;
        std::string layer = upper(e.layer);
        bool poly = e.type == "LWPOLYLINE" || e.type == "POLYLINE";
        if (layer == L_hall)
        {
            if (poly)
            {
                Shape s = reader.polyline(e);
                if (!s.closed)
                    errors.push_back({file, e.line, e.type, "hall outline on layer " + layers.hall + " is not closed"});
                else
                    outlines.push_back({scaled(s.points), e.line});
            }
            else if (e.type == "TEXT" || e.type == "MTEXT")
            {
                DrawnName n = reader.text_of(e);
                n.at = scaled({n.at})[0];
                if (!n.text.empty())
                    names.push_back(n);
            }
            else
                ++ignored_types[e.type + " on layer " + e.layer];
        }
        else if (layer == L_col || layer == L_blk)
        {
            std::vector<Located>& into = layer == L_col ? columns : blocked;
            if (poly)
            {
                Shape s = reader.polyline(e);
                if (!s.closed)
                    errors.push_back({file, e.line, e.type, "open polyline on layer " + e.layer + " (must be closed)"});
                else
                    into.push_back({scaled(s.points), e.line});
            }
            else if (e.type == "CIRCLE")
                into.push_back({scaled(reader.circle_of(e)), e.line});
            else
                ++ignored_types[e.type + " on layer " + e.layer];
        }
        else if (layer == L_exit || layer == L_ent || layer == L_fr)
        {
            DoorKind kind = layer == L_exit ? DoorKind::Exit : layer == L_ent ? DoorKind::Entrance : DoorKind::Freight;
            if (e.type == "LINE")
            {
                Segment s = reader.line_of(e);
                doors.push_back({kind, {s.a * unit, s.b * unit}, e.line});
                scaled({s.a, s.b});
            }
            else if (poly)
            {
                Shape s = reader.polyline(e);
                if (s.points.size() != 2 || s.closed)
                    errors.push_back({file, e.line, e.type, "a door must be a LINE or a 2-point polyline"});
                else
                    doors.push_back({kind, {s.points[0] * unit, s.points[1] * unit}, e.line});
            }
            else
                ++ignored_types[e.type + " on layer " + e.layer];
        }
        else
            ++ignored_layers[e.layer];
    }
    if (outlines.empty())
        errors.push_back({file, 0, "", "no hall outline: expected closed polylines on layer " + layers.hall});

    // Move the venue near the origin (drawings often sit kilometres away from theirs).
    Box all;
    for (const Located& o : outlines)
        for (Vec2 p : o.poly)
            all.add(p);
    if (!all.empty())
        sum.offset = {std::floor(all.min.x), std::floor(all.min.y)};
    auto shift = [&](Polygon& p)
    {
        for (Vec2& v : p)
            v = v - sum.offset;
    };
    for (auto* list : {&outlines, &columns, &blocked})
        for (Located& l : *list)
            shift(l.poly);
    for (DrawnDoor& d : doors)
    {
        d.span.a = d.span.a - sum.offset;
        d.span.b = d.span.b - sum.offset;
    }
    for (DrawnName& n : names)
        n.at = n.at - sum.offset;

    Venue venue;
    venue.name = std::filesystem::path(file).stem().string();
    std::vector<int> name_of(outlines.size(), -1);
    for (size_t k = 0; k < names.size(); ++k)
    {
        int best = -1;
        for (size_t i = 0; i < outlines.size(); ++i)
            if (contains(outlines[i].poly, names[k].at) &&
                (best < 0 || area(outlines[i].poly) < area(outlines[static_cast<size_t>(best)].poly)))
                best = static_cast<int>(i);
        if (best < 0)
            errors.push_back(
                {file, names[k].line, "", "hall name '" + names[k].text + "' is outside every hall outline"});
        else if (name_of[static_cast<size_t>(best)] >= 0)
            errors.push_back({file, names[k].line, "",
                              "hall outline at line " + std::to_string(outlines[static_cast<size_t>(best)].line) +
                                  " has two names: '" +
                                  names[static_cast<size_t>(name_of[static_cast<size_t>(best)])].text + "' and '" +
                                  names[k].text + "'"});
        else
            name_of[static_cast<size_t>(best)] = static_cast<int>(k);
    }
    for (size_t i = 0; i < outlines.size(); ++i)
    {
        if (name_of[i] < 0)
        {
            errors.push_back({file, outlines[i].line, "",
                              "hall outline has no name (a TEXT or MTEXT on layer " + layers.hall + " inside it)"});
            continue;
        }
        Hall h;
        h.code = names[static_cast<size_t>(name_of[i])].text;
        h.name = "Hall " + h.code;
        h.level = level_from_code(h.code);
        h.outline = counter_clockwise(outlines[i].poly);
        venue.halls.push_back(std::move(h));
    }
    auto hall_containing = [&](Vec2 p) -> Hall*
    {
        for (Hall& h : venue.halls)
            if (contains(h.outline, p))
                return &h;
        return nullptr;
    };
    for (auto [list, is_column] : {std::pair{&columns, true}, std::pair{&blocked, false}})
        for (Located& l : *list)
        {
            Hall* h = hall_containing(centroid(l.poly));
            if (!h)
            {
                sum.warnings.push_back(std::string(is_column ? "column" : "blocked zone") + " at line " +
                                       std::to_string(l.line) + " is outside every hall; ignored");
                continue;
            }
            (is_column ? h->columns : h->blocked).push_back(counter_clockwise(l.poly));
            ++(is_column ? sum.columns : sum.blocked);
        }
    for (const DrawnDoor& d : doors)
    {
        Hall* on = nullptr;
        for (Hall& h : venue.halls)
        {
            bool hit = segment_on_boundary(h.outline, d.span, 0.1);
            for (const Polygon& z : h.blocked)
                hit = hit || segment_on_boundary(z, d.span, 0.1);
            if (hit)
            {
                on = &h;
                break;
            }
        }
        if (!on)
            errors.push_back(
                {file, d.line, "",
                 std::string(to_string(d.kind)) + " door is not on any hall outline or blocked zone boundary"});
        else
        {
            on->doors.push_back({d.kind, d.span});
            ++sum.doors;
        }
    }
    sum.halls = static_cast<int>(venue.halls.size());
    for (auto& [layer, count] : ignored_layers)
        sum.ignored.push_back("layer " + layer + " (" + std::to_string(count) + " entities)");
    for (auto& [what, count] : ignored_types)
        sum.ignored.push_back(what + " (" + std::to_string(count) + ")");
    if (errors.empty())
        errors = validate_venue(venue, file);
    if (!errors.empty())
        throw InputError(std::move(errors));
    if (summary)
        *summary = std::move(sum);
    return venue;
}

} // namespace bp
