// How booths are coloured on maps and in the 3D scene: one category per booth (its pavilion,
// sector, status or country) with a colour, and the legend of the categories a page shows.
#pragma once

#include "layout/model/model.h"

#include <optional>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace bp
{

// What decides a booth's colour on maps, on screen and in the 3D scene.
enum class ColourBy
{
    Pavilion,
    Sector,
    Status,
    Country
};

std::optional<ColourBy> parse_colour_by(const std::string& s);
const char* to_string(ColourBy by); // "pavilion", "sector", "status", "country"
const char* key_title(ColourBy by); // "Pavilions", "Sectors", "Booth status", "Countries"

struct LegendEntry
{
    std::string label;
    uint32_t colour = 0; // 0xRRGGBB
    int booths = 0;
};

class ColourKey
{
public:
    ColourKey(const Project& project, ColourBy by);
    // With the country colours already ranked (see country_palette), without counting booths.
    ColourKey(const Project& project, ColourBy by, std::map<std::string, uint32_t> country_colours);

    ColourBy by() const { return by_; }
    const char* title() const; // "Pavilions", "Sectors", ...
    std::string category(const Booth& booth) const;
    uint32_t colour(const Booth& booth) const;
    // Categories of the given booths, most booths first; at most `max_entries` with the rest
    // folded into "Other"; free booths last.
    std::vector<LegendEntry> legend(const std::vector<const Booth*>& booths, size_t max_entries) const;

    // Colour of each country by rank of booths (ColourBy::Country only; empty otherwise).
    const std::map<std::string, uint32_t>& country_colours() const { return country_colours_; }

    static constexpr uint32_t kFree = 0xFFFFFF;

private:
    const Project& project_;
    ColourBy by_;
    std::map<std::string, uint32_t> country_colours_; // by rank of booths, so frequent ones differ
    uint32_t colour_of(const std::string& category, const Booth& booth) const;
};

// Let booths of each country, and the country key's colours ranked by them (most booths first,
// ties by code).
std::map<std::string, int> let_booths_by_country(const Project& project);
std::map<std::string, uint32_t> country_palette(const std::map<std::string, int>& booths_by_country);

// A legend from its categories: most booths first; at most `max_entries` with the rest folded into
// "Other"; free booths (and booths of no pavilion) last.
std::vector<LegendEntry> fold_legend(const std::map<std::string, LegendEntry>& by_label, size_t max_entries);

// The n-th of 24 distinct, print-friendly colours.
uint32_t palette_colour(size_t n);
// Black or white, whichever reads better on the fill.
bool is_dark(uint32_t colour);

// Doors on every map and in the 3D scene: exits green, entrances blue, freight orange.
uint32_t door_colour(DoorKind kind);

// Booths of each hall (indexed by HallId), in booth order.
std::vector<std::vector<const Booth*>> booths_by_hall(const Project& project);

// How much of a hall's (or pavilion's) booth space is taken.
struct BoothFill
{
    int booths = 0, assigned = 0;
    double area_m2 = 0, assigned_m2 = 0;
    double rate() const { return area_m2 > 0 ? assigned_m2 / area_m2 : 0; }
};
BoothFill hall_fill(const Project& project, const std::vector<const Booth*>& booths);

} // namespace bp
