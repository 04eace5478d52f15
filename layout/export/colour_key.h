// How booths are coloured on maps and in the 3D scene: one category per booth (its pavilion,
// sector, status or country) with a colour, and the legend of the categories a page shows.
#pragma once

#include "export.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace bp
{

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

    ColourBy by() const { return by_; }
    const char* title() const; // "Pavilions", "Sectors", ...
    std::string category(const Booth& booth) const;
    uint32_t colour(const Booth& booth) const;
    // Categories of the given booths, most booths first; at most `max_entries` with the rest
    // folded into "Other"; free booths last.
    std::vector<LegendEntry> legend(const std::vector<const Booth*>& booths, size_t max_entries) const;

    static constexpr uint32_t kFree = 0xFFFFFF;

private:
    const Project& project_;
    ColourBy by_;
    std::map<std::string, uint32_t> country_colours_; // by rank of booths, so frequent ones differ
    uint32_t colour_of(const std::string& category, const Booth& booth) const;
};

// The n-th of 24 distinct, print-friendly colours.
uint32_t palette_colour(size_t n);
// Black or white, whichever reads better on the fill.
bool is_dark(uint32_t colour);

} // namespace bp

namespace bp
{

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

// Today's date (UTC) as YYYY-MM-DD, or the options' date when set.
std::string export_date(const ExportOptions& options);

} // namespace bp
