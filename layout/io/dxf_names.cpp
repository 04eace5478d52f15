// Hall names from the texts inside hall outlines (see dxf_names.h).
#include "dxf_names.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

namespace bp
{

std::string utf8_prefix(const std::string& s, size_t chars)
{
    size_t n = 0;
    for (size_t i = 0; i < s.size(); ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && n++ == chars)
            return s.substr(0, i);
    return s;
}

bool is_area_label(const std::string& text)
{
    // A number, then an area unit, and nothing else.
    std::string s;
    for (char c : text)
        if (c != ' ')
            s += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    size_t i = 0;
    bool digits = false;
    while (i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == '.' || s[i] == ','))
    {
        digits = digits || std::isdigit(static_cast<unsigned char>(s[i]));
        ++i;
    }
    if (!digits)
        return false;
    std::string unit = s.substr(i);
    for (const char* u : {"m2", "m²", "m^2", "sqm", "sq.m", "sq.m.", "qm", "㎡", "sqft", "sq.ft", "ft2", "ft²", "sf"})
        if (unit == u)
            return true;
    return false;
}

HallNames name_halls(const std::vector<DxfShape>& outlines, const std::vector<DxfPlacedText>& texts)
{
    HallNames out;
    out.names.resize(outlines.size());
    std::vector<const DxfPlacedText*> best(outlines.size(), nullptr);
    std::vector<std::vector<const DxfPlacedText*>> candidates(outlines.size());
    std::vector<Box> boxes;
    std::vector<double> areas;
    for (const DxfShape& o : outlines)
    {
        boxes.push_back(bounds(o.poly));
        areas.push_back(area(o.poly));
    }
    for (const DxfPlacedText& t : texts)
    {
        int in = -1;
        for (size_t i = 0; i < outlines.size(); ++i)
        {
            const Box& b = boxes[i];
            if (t.at.x < b.min.x || t.at.x > b.max.x || t.at.y < b.min.y || t.at.y > b.max.y)
                continue;
            if (contains(outlines[i].poly, t.at) && (in < 0 || areas[i] < areas[static_cast<size_t>(in)]))
                in = static_cast<int>(i);
        }
        if (in < 0)
        {
            if (++out.outside <= 3)
                out.outside_examples.push_back("'" + utf8_prefix(t.text, 40) + "' (line " + std::to_string(t.line) +
                                               ")");
            continue;
        }
        const DxfPlacedText*& b = best[static_cast<size_t>(in)];
        if (is_area_label(t.text))
        {
            ++out.ignored_inside;
            continue;
        }
        if (b)
            ++out.ignored_inside; // one of the two is not the name
        candidates[static_cast<size_t>(in)].push_back(&t);
        bool better = !b || t.height > b->height * 1.05 ||
                      (t.height > b->height / 1.05 &&
                       (t.at.y > b->at.y + 1e-9 || (std::fabs(t.at.y - b->at.y) <= 1e-9 && t.line < b->line)));
        if (better)
            b = &t;
    }
    out.others.resize(outlines.size());
    for (size_t i = 0; i < outlines.size(); ++i)
    {
        if (!best[i])
            continue;
        out.names[i] = best[i]->text;
        for (const DxfPlacedText* t : candidates[i])
            if (t != best[i] && t->height >= 0.7 * best[i]->height)
                out.others[i].push_back(utf8_prefix(t->text, 40));
    }
    return out;
}

int texts_inside(const std::vector<const Polygon*>& outlines, const DxfLayerShapes& layer)
{
    std::vector<Box> boxes;
    Box all;
    for (const Polygon* p : outlines)
    {
        boxes.push_back(bounds(*p));
        all.add(boxes.back().min);
        all.add(boxes.back().max);
    }
    auto in = [](const Box& b, Vec2 p) { return p.x >= b.min.x && p.x <= b.max.x && p.y >= b.min.y && p.y <= b.max.y; };
    int n = 0;
    for (const DxfPlacedText& t : layer.texts)
    {
        if (!in(all, t.at))
            continue;
        for (size_t i = 0; i < outlines.size(); ++i)
            if (in(boxes[i], t.at) && contains(*outlines[i], t.at))
            {
                ++n;
                break;
            }
    }
    return n;
}

std::vector<std::string> hall_codes(const std::vector<std::string>& names, std::vector<std::string>& renamed)
{
    std::vector<std::string> codes(names.size());
    std::set<std::string> used;
    for (size_t i = 0; i < names.size(); ++i)
    {
        std::string s = names[i];
        size_t chars = 0, cut = s.size();
        for (size_t k = 0; k < s.size(); ++k)
            if ((static_cast<unsigned char>(s[k]) & 0xC0) != 0x80 && ++chars > 40)
            {
                cut = k;
                break;
            }
        if (cut < s.size())
        {
            renamed.push_back("hall name '" + s + "' cut to 40 characters");
            s.resize(cut);
        }
        codes[i] = s;
    }
    for (size_t i = 0; i < codes.size(); ++i)
    {
        if (codes[i].empty())
            continue;
        std::string base = codes[i];
        for (int k = 2; !used.insert(codes[i]).second; ++k)
            codes[i] = base + "-" + std::to_string(k);
        if (codes[i] != base)
            renamed.push_back("two halls are named '" + base + "': the second is " + codes[i]);
    }
    int next = 1;
    for (std::string& c : codes)
        if (c.empty())
        {
            while (used.count("H" + std::to_string(next)))
                ++next;
            c = "H" + std::to_string(next);
            used.insert(c);
        }
    return codes;
}

} // namespace bp
