// Venue DXF import: whether the drawing's units are plausible. Halls of a believable size, and
// areas written inside halls that agree with them; otherwise a warning naming the units to try.
#include "dxf_units.h"

#include "dxf_names.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace bp
{

namespace
{

std::string area_text(double m2)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f m²", m2 < 100 ? 1 : 0, m2);
    return buf;
}

// The area a text states ("60 m2", "5,18"), if it reads as one: a number with an area unit, or
// with decimals (a bare "1002" is a room number, not an area).
std::optional<double> stated_area(const std::string& text)
{
    bool label = is_area_label(text);
    std::string num;
    for (char c : text)
    {
        if (std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == ',')
            num += c == ',' ? '.' : c;
        else if (c != ' ')
            break;
    }
    if (num.empty() || (!label && (num.find('.') == std::string::npos || num.size() != text.size())))
        return std::nullopt;
    char* end = nullptr;
    double v = std::strtod(num.c_str(), &end);
    return v > 0 && end && *end == 0 ? std::optional<double>(v) : std::nullopt;
}

// The unit, other than the one read, that brings an area nearest `target` (or into the plausible
// range when no target), if any does.
std::optional<DrawingUnits> better_unit(double area_m2, double unit, std::optional<double> target)
{
    const DrawingUnits all[] = {DrawingUnits::Millimetre, DrawingUnits::Centimetre, DrawingUnits::Metre,
                                DrawingUnits::Inch, DrawingUnits::Foot};
    std::optional<DrawingUnits> pick;
    double pick_factor = 0;
    for (DrawingUnits u : all)
    {
        double f = metres_per_unit(u) / unit, scaled = area_m2 * f * f;
        if (std::fabs(f - 1) < 1e-9)
            continue;
        bool fits = target ? std::fabs(scaled - *target) <= 0.03 * *target : scaled >= 20 && scaled <= 100000;
        if (fits && (!pick || std::fabs(std::log(f)) < std::fabs(std::log(pick_factor))))
        {
            pick = u;
            pick_factor = f;
        }
    }
    return pick;
}

} // namespace

void warn_implausible_units(const Venue& v, const DxfCollected& drawn, Vec2 shift, bool units_given,
                            DxfImportSummary& sum)
{
    std::vector<const Hall*> small, large;
    for (const Hall& h : v.halls)
    {
        double a = area(h.outline);
        if (a < 20)
            small.push_back(&h);
        else if (a > 100000)
            large.push_back(&h);
    }
    // Every hall too small (or too large): the units are likely wrong.
    bool all_off = !units_given && (small.size() == v.halls.size() || large.size() == v.halls.size());
    if (all_off)
    {
        const std::vector<const Hall*>& off = small.empty() ? large : small;
        const Hall* typical = off[off.size() / 2];
        double a = area(typical->outline);
        std::string msg = off.size() == 1 ? "hall " + typical->code + " is " + area_text(a)
                                          : "all " + std::to_string(off.size()) + " halls are " +
                                                (small.empty() ? "over 100,000 m²" : "under 20 m²") + " (" +
                                                typical->code + " is " + area_text(a) + ")";
        if (auto u = better_unit(a, drawn.unit, std::nullopt))
            msg += std::string(" — is the drawing in ") + to_string(*u) + "? try --units " + to_string(*u);
        else
            msg += " — check the drawing's units (read in " + sum.units + ", " + sum.units_source + ")";
        sum.warnings.push_back(msg);
    }
    else
    {
        int shown = 0, more = 0;
        for (const std::vector<const Hall*>* list : {&small, &large})
            for (const Hall* h : *list)
            {
                if (++shown > 3)
                {
                    ++more;
                    continue;
                }
                sum.warnings.push_back("hall " + h->code + " is " + area_text(area(h->outline)) +
                                       (list == &small ? ", small for a hall" : ", large for a hall") +
                                       (units_given ? " (read in " + sum.units + ", as --units says)" : std::string()));
            }
        if (more)
            sum.warnings.push_back("… and " + std::to_string(more) + " more halls under 20 m² or over 100,000 m²");
    }
    if (units_given)
        return;
    // An area written inside a hall that matches it only in other units says which units are meant.
    for (const Hall& h : v.halls)
    {
        double a = area(h.outline);
        for (const auto& [key, layer] : drawn.layers)
            for (const DxfPlacedText& t : layer.texts)
            {
                std::optional<double> stated = stated_area(t.text);
                if (!stated || std::fabs(a - *stated) <= 0.15 * *stated || !contains(h.outline, t.at - shift))
                    continue;
                if (auto u = better_unit(a, drawn.unit, stated))
                {
                    sum.warnings.push_back("hall " + h.code + " is " + area_text(a) + ", but the text '" + t.text +
                                           "' inside it reads like its area in " + to_string(*u) +
                                           ": is the drawing in " + to_string(*u) + "? try --units " + to_string(*u));
                    return;
                }
            }
    }
}

} // namespace bp
