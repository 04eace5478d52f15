// A drawing's entities by layer, in metres (see dxf_collect.h).
#include "dxf_collect.h"

#include "dxf_geometry.h"
#include "layout/model/diagnostics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace bp
{

namespace
{
constexpr double kFlattenTolerance_m = 0.05;
constexpr size_t kMaxTexts = 200000;
} // namespace

std::string dxf_upper(std::string s)
{
    for (char& c : s)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

double dxf_units(const DxfDrawing& d, const DxfImportOptions& o, const std::string& file, std::string& name,
                 std::string& source)
{
    if (o.units)
    {
        name = to_string(*o.units);
        source = "--units " + name;
        return metres_per_unit(*o.units);
    }
    static const std::map<int, DrawingUnits> known = {{1, DrawingUnits::Inch},
                                                      {2, DrawingUnits::Foot},
                                                      {4, DrawingUnits::Millimetre},
                                                      {5, DrawingUnits::Centimetre},
                                                      {6, DrawingUnits::Metre}};
    if (!d.insunits || *d.insunits == 0)
    {
        name = "mm";
        source = d.insunits ? "$INSUNITS 0 (unitless): millimetres, as venue drawings are"
                            : "no $INSUNITS: millimetres, as venue drawings are";
        return 0.001;
    }
    auto it = known.find(*d.insunits);
    if (it == known.end())
        throw InputError(file, 0, "$INSUNITS",
                         "drawing units " + std::to_string(*d.insunits) +
                             " are not read here (4 mm, 5 cm, 6 m, 1 in, 2 ft): pass --units mm|cm|m|in|ft");
    name = to_string(it->second);
    source = "$INSUNITS " + std::to_string(*d.insunits);
    return metres_per_unit(it->second);
}

DxfCollected dxf_collect(const DxfDrawing& d, const std::string& file, double unit, const std::set<std::string>& wanted,
                         bool all, size_t max_points)
{
    DxfCollected out;
    out.unit = unit;
    for (const std::string& name : d.layers)
    {
        DxfLayerShapes& l = out.layers[dxf_upper(name)];
        if (l.name.empty())
            l.name = name;
    }
    DxfGeometry geometry(d, file, kFlattenTolerance_m / unit);
    bool have_origin = false;
    size_t points = 0, texts = 0;
    auto metres = [&](Vec2 p)
    {
        Vec2 m = p * unit;
        if (!have_origin)
        {
            out.origin = {std::floor(m.x), std::floor(m.y)};
            have_origin = true;
        }
        return m - out.origin;
    };
    geometry.for_each(
        [&](const DxfPlaced& placed, const DxfTransform& t)
        {
            std::string key = dxf_upper(placed.layer);
            DxfLayerShapes& l = out.layers[key];
            if (l.name.empty())
                l.name = placed.layer;
            ++l.types[placed.entity.type];
            ++l.total;
            bool asked = wanted.count(key) > 0;
            try
            {
                if (DxfGeometry::has_geometry(placed.entity.type))
                {
                    if (!asked && (!all || !l.problem.empty()))
                        return;
                    for (DxfPiece& piece : geometry.pieces(placed.entity, t))
                    {
                        l.points += piece.points.size();
                        points += asked ? piece.points.size() : 0;
                        if ((asked ? points : l.points) > max_points)
                            throw InputError(file, placed.line, placed.entity.type,
                                             "more than " + std::to_string(max_points) +
                                                 " points on the layers read (arcs flattened)");
                        Polygon poly;
                        for (Vec2 p : piece.points)
                            poly.push_back(metres(p));
                        if (piece.closed && poly.size() >= 3)
                            l.closed.push_back({std::move(poly), placed.line});
                        else
                            l.chains.push_back({std::move(poly), placed.line});
                    }
                }
                else if (texts < kMaxTexts)
                    if (auto text = geometry.text(placed.entity, t))
                    {
                        ++texts;
                        l.texts.push_back({text->text, metres(text->at), text->height * unit, placed.line});
                    }
            }
            catch (const InputError& e)
            {
                if (asked)
                    throw;
                l.problem = e.problems.empty() ? "unreadable" : e.problems.front().to_string();
                l.closed.clear();
                l.chains.clear();
            }
        });
    return out;
}

Vec2 interior_point(const Polygon& poly)
{
    Vec2 c = centroid(poly);
    if (contains(poly, c, 0) && distance_to_boundary(poly, c) > 1e-6)
        return c;
    // The middle of the widest run of a horizontal line across the polygon.
    Box b = bounds(poly);
    for (double f : {0.5, 0.37, 0.63, 0.21, 0.79})
    {
        double y = b.min.y + f * b.height();
        std::vector<double> xs;
        for (size_t i = 0; i < poly.size(); ++i)
        {
            Vec2 p = poly[i], q = poly[(i + 1) % poly.size()];
            if ((p.y <= y) != (q.y <= y))
                xs.push_back(p.x + (y - p.y) / (q.y - p.y) * (q.x - p.x));
        }
        std::sort(xs.begin(), xs.end());
        double best = -1, mid = 0;
        for (size_t i = 0; i + 1 < xs.size(); i += 2)
            if (xs[i + 1] - xs[i] > best)
            {
                best = xs[i + 1] - xs[i];
                mid = (xs[i] + xs[i + 1]) / 2;
            }
        if (best > 0)
            return {mid, y};
    }
    return poly.empty() ? Vec2{} : poly[0];
}

DxfLayerOutlines dxf_layer_outlines(const DxfLayerShapes& layer, const std::vector<Vec2>& names, double tolerance_m,
                                    const std::string& file)
{
    DxfLayerOutlines out;
    TraceLimits limits;
    limits.tolerance_m = std::clamp(tolerance_m, 0.0, 10.0);
    out.traced = trace_outlines(layer.chains, names, limits, file);
    std::vector<DxfShape> all;
    // Slivers (a line drawn twice a hair apart, a door leaf against its wall) enclose nothing.
    auto sliver = [](const Polygon& p)
    {
        double perimeter = 0;
        for (size_t i = 0; i < p.size(); ++i)
            perimeter += distance(p[i], p[(i + 1) % p.size()]);
        double a = area(p);
        return a < 1e-3 || a < 5e-4 * perimeter * perimeter;
    };
    for (const DxfShape& s : layer.closed)
        if (!sliver(s.poly))
            all.push_back({counter_clockwise(s.poly), s.line});
    for (const TracedOutline& t : out.traced.outlines)
        if (!sliver(t.outline))
            all.push_back({t.outline, t.line});
    // Outlines inside a larger one (a kiosk inside a hall, a duplicate) are not halls of their own.
    std::vector<size_t> order(all.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return area(all[a].poly) > area(all[b].poly); });
    std::vector<size_t> kept;
    for (size_t i : order)
    {
        Vec2 p = interior_point(all[i].poly);
        bool inside = std::any_of(kept.begin(), kept.end(), [&](size_t k) { return contains(all[k].poly, p); });
        if (inside)
            ++out.nested;
        else
            kept.push_back(i);
    }
    std::sort(kept.begin(), kept.end(),
              [&](size_t a, size_t b) { return all[a].line < all[b].line || (all[a].line == all[b].line && a < b); });
    for (size_t i : kept)
        out.outlines.push_back(std::move(all[i]));
    return out;
}

std::string shell_word(const std::string& s)
{
    bool plain = !s.empty() && std::all_of(s.begin(), s.end(),
                                           [](char c) {
                                               return std::isalnum(static_cast<unsigned char>(c)) ||
                                                      std::string_view("_.,:=/+-@%").find(c) != std::string::npos;
                                           });
    if (plain)
        return s;
    std::string q = "'";
    for (char c : s)
        q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

} // namespace bp
