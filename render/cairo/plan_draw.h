// The booth map drawn with Cairo: a page per hall (floor, aisles, booths coloured by the key,
// numbers and names, columns, doors, legend, scale bar, north arrow, exhibitor index) and a venue
// overview. The same drawing goes to PDF, SVG and PNG surfaces.
#pragma once

#include "layout/plan/colour_key.h"
#include "render/export.h"

#include <cairo.h>

#include <string>
#include <vector>

namespace bp
{

struct PageSpec
{
    double w = 1190.55, h = 841.89; // points, landscape
};
PageSpec page_points(PageSize size);

// One line of a hall's alphabetical exhibitor index.
struct IndexEntry
{
    std::string name, name_local, booth;
};

// Everything a page needs, computed once per export.
struct PlanContext
{
    const Project& project;
    const ExportOptions& options;
    ColourKey key;
    std::vector<std::vector<const Booth*>> hall_booths;
    std::string date;
    PlanContext(const Project& p, const ExportOptions& o);
};

// Draws a hall's map page. Returns the index entries that did not fit beside the map; draw them on
// continuation pages with draw_index_page.
std::vector<IndexEntry> draw_hall_page(cairo_t* cr, const PlanContext& ctx, HallId hall, PageSpec page);
// Draws as many entries as fit on one page, returns the rest.
std::vector<IndexEntry> draw_index_page(cairo_t* cr, const PlanContext& ctx, HallId hall,
                                        std::vector<IndexEntry> entries, PageSpec page);
// Draws every hall, grouped by level, with the venue's legend and fill rates.
void draw_overview_page(cairo_t* cr, const PlanContext& ctx, PageSpec page);

// Shared page furniture (plan_draw.cpp), used by the overview too.
void draw_page_header(cairo_t* cr, class PlanText& text, const PlanContext& ctx, PageSpec page,
                      const std::string& title, const std::string& subtitle);
double draw_legend(cairo_t* cr, class PlanText& text, const PlanContext& ctx, const std::vector<const Booth*>& booths,
                   double x, double y, double w, double unit);
void draw_scale_and_north(cairo_t* cr, class PlanText& text, double x, double y, double w, double pt_per_m,
                          double unit);

} // namespace bp
