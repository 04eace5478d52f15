// What a drawing holds, layer by layer, for a planner choosing what to map (see venue_dxf.h).
#include "dxf_collect.h"
#include "dxf_names.h"
#include "layout/model/diagnostics.h"

#include <algorithm>
#include <cmath>

namespace bp
{

namespace
{

constexpr size_t kMaxLayerPoints = 200000;

std::string area_figure(double m2)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, m2 < 10 ? "%.2f" : m2 < 1000 ? "%.1f" : "%.0f", m2);
    return buf;
}

std::string coordinate(double v)
{
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

// "4.8cm", "3.01m": as --dxf-tolerance takes it.
std::string length_figure(double m)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, m < 1 ? "%.1fcm" : "%.2fm", m < 1 ? m * 100 : m);
    return buf;
}

} // namespace

DxfInspection dxf_inspect(const DxfDrawing& d, const std::string& file, const DxfImportOptions& o)
{
    DxfInspection out;
    double unit = 0.001;
    try
    {
        unit = dxf_units(d, o, file, out.units, out.units_source);
    }
    catch (const InputError& e)
    {
        out.units = "mm";
        out.units_source = e.problems.front().message + "; areas below assume mm";
    }
    DxfCollected c;
    std::string whole_problem;
    try
    {
        c = dxf_collect(d, file, unit, {}, true, kMaxLayerPoints);
    }
    catch (const InputError& e)
    {
        whole_problem = e.problems.front().to_string();
        for (const std::string& name : d.layers)
            c.layers[dxf_upper(name)].name = name;
    }
    for (const auto& [key, l] : c.layers)
    {
        DxfLayerContent row;
        row.name = l.name;
        row.entities = l.types;
        row.total = l.total;
        row.texts = static_cast<int>(l.texts.size());
        row.problem = whole_problem.empty() ? l.problem : whole_problem;
        if (row.problem.empty() && (!l.closed.empty() || !l.chains.empty()))
        {
            try
            {
                std::vector<Vec2> names;
                for (const DxfPlacedText& t : l.texts)
                    if (!is_area_label(t.text))
                        names.push_back(t.at);
                DxfLayerOutlines found = dxf_layer_outlines(l, names, o.tolerance_m, file);
                row.outlines = static_cast<int>(found.outlines.size());
                for (const OpenChain& oc : found.traced.open)
                    if (nearly_closed(oc) && (row.open_gap_m == 0 || oc.gap < row.open_gap_m))
                    {
                        row.open_gap_m = oc.gap;
                        row.open_at = (oc.at + c.origin) * (1 / c.unit);
                    }
                for (const DxfShape& s : found.outlines)
                {
                    double a = area(s.poly);
                    row.largest_m2 = std::max(row.largest_m2, a);
                    row.smallest_m2 = row.smallest_m2 == 0 ? a : std::min(row.smallest_m2, a);
                }
            }
            catch (const InputError& e)
            {
                row.problem = e.problems.front().message;
            }
        }
        out.layers.push_back(std::move(row));
    }
    return out;
}

std::string DxfInspection::layer_table(size_t max_rows) const
{
    std::vector<const DxfLayerContent*> rows;
    for (const DxfLayerContent& l : layers)
        rows.push_back(&l);
    // Likely hall layers first: those with outlines, largest first; then by what they hold.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const DxfLayerContent* a, const DxfLayerContent* b)
                     {
                         if ((a->outlines > 0) != (b->outlines > 0))
                             return a->outlines > 0;
                         if (a->largest_m2 != b->largest_m2)
                             return a->largest_m2 > b->largest_m2;
                         return a->total > b->total;
                     });
    std::string s;
    size_t shown = std::min(rows.size(), max_rows);
    for (size_t i = 0; i < shown; ++i)
    {
        const DxfLayerContent& l = *rows[i];
        s += "  " + l.name + ": ";
        if (l.total == 0)
        {
            s += "no entities\n";
            continue;
        }
        std::vector<std::pair<int, std::string>> types;
        for (const auto& [type, n] : l.entities)
            types.push_back({-n, type});
        std::sort(types.begin(), types.end());
        for (size_t k = 0; k < types.size(); ++k)
            s += (k ? ", " : "") + std::to_string(-types[k].first) + " " + types[k].second;
        if (!l.problem.empty())
            s += "; not traced: " + l.problem;
        else if (l.outlines > 0)
            s += "; " + std::to_string(l.outlines) + (l.outlines == 1 ? " outline (" : " outlines (") +
                 (l.outlines == 1 ? area_figure(l.largest_m2)
                                  : area_figure(l.smallest_m2) + "–" + area_figure(l.largest_m2)) +
                 " m²): --dxf-layer " + shell_word("hall=" + l.name);
        else if (l.texts > 0)
            s += "; " + std::to_string(l.texts) + " text(s): --dxf-layer " + shell_word("name=" + l.name);
        else if (l.open_gap_m > 0)
            s += "; no closed outline: one is open by " + length_figure(l.open_gap_m) + " at (" +
                 coordinate(l.open_at.x) + ", " + coordinate(l.open_at.y) + "): --dxf-tolerance " +
                 length_figure(std::ceil(l.open_gap_m * 110) / 100) + " --dxf-layer " + shell_word("hall=" + l.name);
        else
            s += "; no closed outline";
        if (l.outlines > 0 && l.texts > 0)
            s += " (" + std::to_string(l.texts) + " text(s))";
        s += "\n";
    }
    if (rows.size() > shown)
        s += "  … and " + std::to_string(rows.size() - shown) + " more layers\n";
    if (!s.empty())
        s.pop_back();
    return s;
}

} // namespace bp
