// Fitting booth labels of the DXF export (see dxf_labels.h).
#include "dxf_labels.h"

#include <algorithm>
#include <cmath>

namespace bp
{

namespace
{

constexpr double kLatin = 0.9, kWide = 1.05; // character width / height, generous on purpose
constexpr double kLineGap = 1.45;            // baseline to baseline / height
constexpr double kMinName = 0.08;            // names smaller than 8 cm are left out

std::vector<std::string> words_of(const std::string& s)
{
    std::vector<std::string> out;
    std::string w;
    for (char c : s)
    {
        if (c == ' ')
        {
            if (!w.empty())
                out.push_back(w);
            w.clear();
        }
        else
            w += c;
    }
    if (!w.empty())
        out.push_back(w);
    return out;
}

// Greedy wrapping at spaces into lines no wider than `width`; empty when a word does not fit or more
// than `max_lines` are needed.
std::vector<std::string> wrap(const std::string& text, double height, double width, size_t max_lines)
{
    std::vector<std::string> lines;
    for (const std::string& w : words_of(text))
    {
        if (label_width(w, height) > width)
            return {};
        if (!lines.empty() && label_width(lines.back() + " " + w, height) <= width)
            lines.back() += " " + w;
        else
            lines.push_back(w);
        if (lines.size() > max_lines)
            return {};
    }
    return lines;
}

} // namespace

double label_width(const std::string& text, double height)
{
    double units = 0;
    for (size_t i = 0; i < text.size();)
    {
        unsigned char c = static_cast<unsigned char>(text[i]);
        size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        units += n >= 3 ? kWide : kLatin; // CJK and other three-byte scripts write wide
        i += n;
    }
    return units * height;
}

std::vector<BoothLabelLine> fit_booth_label(const std::string& number, const std::string& name,
                                            const std::string& name_local, double width, double depth)
{
    std::vector<BoothLabelLine> out;
    double usable_w = width * 0.88, usable_d = depth * 0.88;
    // The number: up to 12% of the smaller side, and narrow enough for the booth.
    double hn = std::clamp(std::min(width, depth) * 0.12, 0.12, 0.6);
    hn = std::min(hn, usable_w / std::max(label_width(number, 1.0), 1e-9));
    hn = std::min(hn, usable_d / kLineGap);
    double top = usable_d / 2; // the label block is centred in the booth
    std::vector<BoothLabelLine> names;
    double name_block = 0;
    // Names below the number: the largest height at which they wrap into the space left.
    double room = usable_d - hn * kLineGap;
    for (double h = std::clamp(depth * 0.07, kMinName, 0.4); h >= kMinName - 1e-9 && room > 0; h *= 0.85)
    {
        std::vector<std::string> lines = wrap(name, h, usable_w, 3);
        if (lines.empty() && !name.empty())
            continue;
        std::vector<std::string> local;
        if (!name_local.empty() && name_local != name)
            local = wrap(name_local, h, usable_w, 2);
        size_t count = lines.size() + local.size();
        if (count * h * kLineGap > room)
        {
            if (local.empty() || lines.size() * h * kLineGap > room)
                continue;
            local.clear(); // the local name goes first when space is short
            count = lines.size();
        }
        for (const std::string& l : lines)
            names.push_back({l, h, 0});
        for (const std::string& l : local)
            names.push_back({l, h, 0});
        name_block = static_cast<double>(count) * h * kLineGap;
        break;
    }
    // Stack: number, then name lines, centred as one block.
    double block = hn * kLineGap + name_block;
    double y = std::min(top, block / 2) - hn;
    out.push_back({number, hn, y});
    y -= (hn * (kLineGap - 1));
    for (BoothLabelLine& l : names)
    {
        y -= l.height;
        l.offset = y;
        y -= l.height * (kLineGap - 1);
        out.push_back(l);
    }
    return out;
}

} // namespace bp
