// Booth categories and colours for maps, lists and the 3D scene.
#include "colour_key.h"

#include "layout/model/names.h"

#include <algorithm>
#include <map>

namespace bp
{

namespace
{

constexpr EnumName<ColourBy> kColourByNames[] = {{ColourBy::Pavilion, "pavilion"},
                                                 {ColourBy::Sector, "sector"},
                                                 {ColourBy::Status, "status"},
                                                 {ColourBy::Country, "country"}};
constexpr EnumName<ColourBy> kKeyTitles[] = {{ColourBy::Pavilion, "Pavilions"},
                                             {ColourBy::Sector, "Sectors"},
                                             {ColourBy::Status, "Booth status"},
                                             {ColourBy::Country, "Countries"}};

} // namespace

std::optional<ColourBy> parse_colour_by(const std::string& s)
{
    return value_in(kColourByNames, s);
}

const char* to_string(ColourBy by)
{
    return name_in(kColourByNames, by);
}

const char* key_title(ColourBy by)
{
    return name_in(kKeyTitles, by);
}

namespace
{
const char* kFreeLabel = "Free";
const char* kNoPavilion = "No pavilion";
constexpr uint32_t kNoPavilionColour = 0xE6DFCC;

uint32_t status_colour(BoothStatus s)
{
    switch (s)
    {
    case BoothStatus::Available:
        return 0xFFFFFF;
    case BoothStatus::Held:
        return 0xF6D55C;
    case BoothStatus::Reserved:
        return 0x7FB3E0;
    case BoothStatus::Sold:
        return 0x5DBB63;
    case BoothStatus::Blocked:
        return 0x9E9E9E;
    }
    return 0xFFFFFF;
}
} // namespace

uint32_t palette_colour(size_t n)
{
    static const uint32_t kPalette[] = {0x8DD3C7, 0xFFFFB3, 0xBEBADA, 0xFB8072, 0x80B1D3, 0xFDB462, 0xB3DE69, 0xFCCDE5,
                                        0xBC80BD, 0xCCEBC5, 0xFFED6F, 0xA6CEE3, 0x1F78B4, 0xB2DF8A, 0x33A02C, 0xFB9A99,
                                        0xE31A1C, 0xFDBF6F, 0xFF7F00, 0xCAB2D6, 0x6A3D9A, 0xB15928, 0x66C2A5, 0xE78AC3};
    return kPalette[n % (sizeof(kPalette) / sizeof(kPalette[0]))];
}

bool is_dark(uint32_t c)
{
    double r = (c >> 16 & 0xFF) / 255.0, g = (c >> 8 & 0xFF) / 255.0, b = (c & 0xFF) / 255.0;
    return 0.299 * r + 0.587 * g + 0.114 * b < 0.5;
}

std::map<std::string, int> let_booths_by_country(const Project& project)
{
    std::map<std::string, int> count;
    for (const Booth& b : project.booths)
        if (b.exhibitor.valid())
            ++count[project.exhibitor(b.exhibitor).country];
    return count;
}

std::map<std::string, uint32_t> country_palette(const std::map<std::string, int>& booths_by_country)
{
    std::vector<std::pair<int, std::string>> ranked;
    for (auto& [code, n] : booths_by_country)
        if (n > 0)
            ranked.push_back({-n, code});
    std::sort(ranked.begin(), ranked.end());
    std::map<std::string, uint32_t> colours;
    for (size_t i = 0; i < ranked.size(); ++i)
        colours[ranked[i].second] = palette_colour(i);
    return colours;
}

ColourKey::ColourKey(const Project& project, ColourBy by) : project_(project), by_(by)
{
    if (by == ColourBy::Country)
        country_colours_ = country_palette(let_booths_by_country(project));
}

ColourKey::ColourKey(const Project& project, ColourBy by, std::map<std::string, uint32_t> country_colours)
    : project_(project), by_(by), country_colours_(std::move(country_colours))
{
}

const char* ColourKey::title() const
{
    return key_title(by_);
}

std::string ColourKey::category(const Booth& booth) const
{
    if (by_ == ColourBy::Status)
    {
        std::string s = to_string(booth.status);
        if (!s.empty())
            s[0] = static_cast<char>(s[0] - 'a' + 'A');
        return s;
    }
    if (!booth.exhibitor.valid())
        return kFreeLabel;
    const Exhibitor& e = project_.exhibitor(booth.exhibitor);
    switch (by_)
    {
    case ColourBy::Pavilion:
        return e.pavilion.valid() ? project_.pavilion(e.pavilion).name : kNoPavilion;
    case ColourBy::Sector:
        return e.sector.valid() ? project_.sector(e.sector).name : "No sector";
    case ColourBy::Country:
        return e.country;
    case ColourBy::Status:
        break;
    }
    return kFreeLabel;
}

uint32_t ColourKey::colour_of(const std::string& category, const Booth& booth) const
{
    if (by_ == ColourBy::Status)
        return status_colour(booth.status);
    if (!booth.exhibitor.valid())
        return kFree;
    const Exhibitor& e = project_.exhibitor(booth.exhibitor);
    switch (by_)
    {
    case ColourBy::Pavilion:
        return e.pavilion.valid() ? project_.pavilion(e.pavilion).colour : kNoPavilionColour;
    case ColourBy::Sector:
        return e.sector.valid() ? project_.sector(e.sector).colour : kNoPavilionColour;
    case ColourBy::Country:
    {
        auto it = country_colours_.find(category);
        return it == country_colours_.end() ? palette_colour(0) : it->second;
    }
    case ColourBy::Status:
        break;
    }
    return kFree;
}

uint32_t ColourKey::colour(const Booth& booth) const
{
    return colour_of(category(booth), booth);
}

std::vector<LegendEntry> ColourKey::legend(const std::vector<const Booth*>& booths, size_t max_entries) const
{
    std::map<std::string, LegendEntry> by_label;
    for (const Booth* b : booths)
    {
        std::string label = category(*b);
        LegendEntry& e = by_label[label];
        if (e.booths++ == 0)
        {
            e.label = label;
            e.colour = colour_of(label, *b);
        }
    }
    return fold_legend(by_label, max_entries);
}

std::vector<LegendEntry> fold_legend(const std::map<std::string, LegendEntry>& by_label, size_t max_entries)
{
    std::vector<LegendEntry> all, tail;
    for (auto& [label, e] : by_label)
        (label == kFreeLabel || label == kNoPavilion ? tail : all).push_back(e);
    std::stable_sort(all.begin(), all.end(),
                     [](const LegendEntry& a, const LegendEntry& b) { return a.booths > b.booths; });
    if (max_entries > tail.size() + 1 && all.size() > max_entries - tail.size())
    {
        size_t keep = max_entries - tail.size() - 1;
        LegendEntry other{"Other", 0xD9D9D9, 0};
        for (size_t i = keep; i < all.size(); ++i)
            other.booths += all[i].booths;
        all.resize(keep);
        all.push_back(other);
    }
    all.insert(all.end(), tail.begin(), tail.end());
    return all;
}

uint32_t door_colour(DoorKind kind)
{
    switch (kind)
    {
    case DoorKind::Exit:
        return 0x1E9E45;
    case DoorKind::Entrance:
        return 0x1565C0;
    case DoorKind::Freight:
        return 0xE07B00;
    }
    return 0x000000;
}

std::vector<std::vector<const Booth*>> booths_by_hall(const Project& project)
{
    std::vector<std::vector<const Booth*>> out(project.venue.halls.size());
    for (const Booth& b : project.booths)
        if (b.hall.valid() && b.hall.index() < out.size())
            out[b.hall.index()].push_back(&b);
    return out;
}

BoothFill hall_fill(const Project& project, const std::vector<const Booth*>& booths)
{
    BoothFill f;
    for (const Booth* b : booths)
    {
        double a = booth_area(project.block(b->cells.block), b->cells);
        ++f.booths;
        f.area_m2 += a;
        if (b->exhibitor.valid())
        {
            ++f.assigned;
            f.assigned_m2 += a;
        }
    }
    return f;
}

} // namespace bp
